import { spanIdentity } from "../../core/conventions";
import type { PyHandoffs } from "../../sdks/types/python";
import type { Site } from "../../core/types";
import { argumentNode, callArguments, collect, field, isPure, named, type Node } from "./ast";
import { pyString } from "./text";
import { type Context, type Found, type HandoffPlan, calleeText, skipped } from "./plans";

/** Hand-offs between agents, from the data of a kind's `handoffs` (openai-agents `Agent(handoffs=[...])`). */
export function handoffSites(ctx: Context): Found<HandoffPlan>[] {
  const found: Found<HandoffPlan>[] = [];
  for (const call of collect(ctx.root, new Set(["call"]))) {
    const fn = field(call, "function");
    if (!fn || (fn.type !== "identifier" && fn.type !== "attribute")) continue;
    const callee = ctx.resolver.resolve(fn);
    if (callee?.t !== "entry" || callee.entry.how !== "construct" || !callee.entry.produces) continue;
    const known = ctx.catalog.kind(callee.entry.produces);
    const handoffs = known?.kind.handoffs;
    if (!known || !handoffs) continue;
    const { kind } = known;
    const framework = kind.framework ?? known.sdk.id;
    const args = callArguments(call);
    const list = args.keywords.get(handoffs.keyword)?.value;
    if (!list) continue;
    const agent = ctx.resolver.asInstance(ctx.resolver.resolve(call));
    const nameNode = kind.nameAtCreation ? argumentNode(args, kind.nameAtCreation[0]) : undefined;
    const from =
      agent?.info.name !== undefined
        ? { static: agent.info.name }
        : nameNode && isPure(nameNode) && !nameNode.text.includes("\n")
          ? { expr: nameNode.text }
          : undefined;
    if (list.type !== "list") {
      found.push({
        site: {
          kind: "handoff",
          sdk: framework,
          operation: "handoff",
          callee: `${handoffs.keyword}=${calleeText(list)}`,
          range: ctx.lines.range(list.startIndex, list.endIndex),
          status: "unsupported",
          reason: "the hand-off list is not written out in the `Agent(...)` call",
        },
      });
      continue;
    }
    for (const element of named(list)) found.push(handoffSite(ctx, element, from, framework, handoffs));
  }
  found.push(...laterHandoffSites(ctx));
  return found;
}

/**
 * Hand-offs written after the agent is made, on the attribute its kind names: `agent.handoffs = [billing]`,
 * `agent.handoffs.append(billing)`, `agent.handoffs.extend([billing])`. Each target is wrapped in place.
 */
function laterHandoffSites(ctx: Context): Found<HandoffPlan>[] {
  const found: Found<HandoffPlan>[] = [];
  /** The agent whose hand-off list `node` is (`agent.handoffs`), with the data of its kind. */
  const listOwner = (node: Node | undefined) => {
    if (node?.type !== "attribute") return undefined;
    const object = field(node, "object");
    const attribute = field(node, "attribute");
    if (!object || !attribute || (object.type !== "identifier" && object.type !== "attribute")) return undefined;
    const agent = ctx.resolver.asInstance(ctx.resolver.resolve(object));
    const handoffs = agent?.kind.handoffs;
    if (!agent || !handoffs?.attribute || attribute.text !== handoffs.attribute.name) return undefined;
    const from = agent.info.name !== undefined ? { static: agent.info.name } : { expr: `${object.text}.name` };
    return { handoffs, from, framework: agent.kind.framework ?? agent.sdk.id };
  };
  for (const node of collect(ctx.root, new Set(["assignment", "call"]))) {
    let targets: Node[] = [];
    let owner: ReturnType<typeof listOwner>;
    if (node.type === "assignment") {
      owner = listOwner(field(node, "left"));
      const right = field(node, "right");
      if (owner && right?.type === "list") targets = named(right);
    } else {
      const fn = field(node, "function");
      const method = fn?.type === "attribute" ? field(fn, "attribute")?.text : undefined;
      owner = fn?.type === "attribute" ? listOwner(field(fn, "object")) : undefined;
      const attribute = owner?.handoffs.attribute;
      const args = callArguments(node);
      if (!owner || !attribute || !method || args.splat) continue;
      if (attribute.addMethods.includes(method) && args.positional.length > 0)
        targets = [args.positional[args.positional.length - 1]];
      else if (attribute.listMethods.includes(method) && args.positional[0]?.type === "list")
        targets = named(args.positional[0]);
    }
    if (!owner) continue;
    for (const element of targets) found.push(handoffSite(ctx, element, owner.from, owner.framework, owner.handoffs));
  }
  return found;
}

export function handoffSite(
  ctx: Context,
  element: Node,
  from: { static?: string; expr?: string } | undefined,
  framework: string,
  handoffs: PyHandoffs,
): Found<HandoffPlan> {
  const identity = spanIdentity("handoff", ctx.options.conventions);
  let target: Node | undefined = element;
  let form: HandoffPlan["form"] = "wrap";
  let insertAt = element.endIndex;
  const site: Site = {
    kind: "handoff",
    sdk: framework,
    operation: "handoff",
    callee: calleeText(element),
    range: ctx.lines.range(element.startIndex, element.endIndex),
    status: "instrumentable",
  };
  if (element.type === "call") {
    const fn = field(element, "function");
    const callee = fn && ctx.resolver.resolve(fn);
    if (callee?.t === "entry" && callee.entry.how === "handoff") {
      const args = callArguments(element);
      const onHandoff = args.keywords.get(handoffs.callbackKeyword);
      if (onHandoff) {
        const instrumented = /_sentry_on_handoff\s*\(/.test(onHandoff.value.text);
        return {
          site: instrumented
            ? { ...site, status: "instrumented" }
            : {
                ...site,
                status: "unsupported",
                reason: `the hand-off has its own \`${handoffs.callbackKeyword}\` callback; add the span inside it`,
              },
        };
      }
      const changes = handoffs.changesCallback?.find((keyword) => args.keywords.has(keyword));
      if (changes)
        return {
          site: {
            ...site,
            status: "unsupported",
            reason: `the hand-off declares \`${changes}\` without \`${handoffs.callbackKeyword}\``,
          },
        };
      target = argumentNode(args, handoffs.wrapper.target);
      const all = args.list ? named(args.list) : [];
      if (!target || !all.length)
        return { site: { ...site, status: "unsupported", reason: "the hand-off target could not be read" } };
      form = "keyword";
      insertAt = all[all.length - 1].endIndex;
    }
  }
  const resolved = target ? ctx.resolver.asInstance(ctx.resolver.resolve(target)) : undefined;
  const to =
    resolved?.info.name !== undefined
      ? { static: resolved.info.name }
      : target && (target.type === "identifier" || target.type === "attribute")
        ? { expr: `${target.text}.name` }
        : undefined;
  if (!from || !to) {
    return { site: { ...site, status: "unsupported", reason: "the names of the agents could not be read" } };
  }
  const display = (side: { static?: string; expr?: string }) => side.static ?? `{${side.expr}}`;
  site.spanName = `${identity.namePrefix} from ${display(from)} to ${display(to)}`;
  site.autoInstrumentedBy = handoffs.autoInstrumentedBy;
  if (ctx.options.skipAutoInstrumented && site.autoInstrumentedBy)
    return { site: skipped(site, site.autoInstrumentedBy) };
  const code = (side: { static?: string; expr?: string }) =>
    side.static !== undefined ? pyString(side.static) : side.expr!;
  return {
    site,
    plan: {
      type: "handoff",
      site,
      handoffs,
      element: { start: element.startIndex, end: element.endIndex },
      form,
      insertAt,
      fromCode: code(from),
      toCode: code(to),
    },
  };
}
