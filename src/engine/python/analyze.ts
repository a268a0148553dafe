import { type OperationName } from "../../core/conventions";
import type { PyCatalog } from "../../sdks/registry-python";
import type { EngineOptions, Site } from "../../core/types";
import { collect, type Node } from "./ast";
import { Resolver } from "./resolve";
import { Lines } from "./text";
import { type Analysis, type Context, type Plan } from "./plans";
import { callSite } from "./call-sites";
import { toolSite, customAgentSite } from "./tool-sites";
import { handoffSites } from "./handoff-sites";
export type { Analysis, BodyPlan, HandoffPlan, Plan, StatementPlan } from "./plans";
export { genAiSpanOp } from "./existing-spans";

export function analyze(text: string, root: Node, catalog: PyCatalog, options: EngineOptions): Analysis {
  const resolver = new Resolver(root, catalog);
  const ctx: Context = { text, lines: new Lines(text), root, catalog, options, resolver };
  const plans: Plan[] = [];
  const sites: Site[] = [];
  const add = (site: Site, plan?: Plan) => {
    sites.push(site);
    if (plan && site.status === "instrumentable") plans.push(plan);
  };
  for (const call of collect(root, new Set(["call"]))) {
    const found = callSite(ctx, call);
    if (found) add(found.site, found.plan);
  }
  for (const definition of collect(root, new Set(["function_definition"]))) {
    const found = toolSite(ctx, definition) ?? customAgentSite(ctx, definition);
    if (found) add(found.site, found.plan);
  }
  for (const found of handoffSites(ctx)) add(found.site, found.plan);
  sites.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  return { sites, plans, resolver };
}

export type { OperationName };
