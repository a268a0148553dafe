import type { PyCatalog } from "../../sdks/registry-python";
import type { EngineOptions } from "../../core/types";
import type { Node } from "./ast";
import { type Analysis, type HandoffPlan, type Plan, planRange } from "./plans";
import { type SentryMajor } from "./sentry-api";
import { moduleImports } from "./module-imports";
import { Lines } from "./text";
import { applyPrioritizedEdits } from "../../core/text/edits";
import { SourceLayout } from "./source-layout";
import { WrapRegions } from "./wrap-regions";
import type { Edit, RewriteContext } from "./rewrite-context";
import { statementEdits } from "./statement-edits";
import { streamSpanEdits } from "./stream-edits";
import { coroutineEdits } from "./coroutine-edits";
import { bodyEdits } from "./body-edits";
import { handoffEdits } from "./handoff-edits";
import { spanHelperBlocks } from "./span-helper-blocks";
import { streamHelperUpgrades } from "./stream-helper-upgrades";
import { moduleTopEdits } from "./module-top-edits";

/**
 * Turns the plans into text splices on the original source. Every change is an insertion or a replacement
 * of a small range; moving a statement into a `with` block inserts one indentation unit at the start of each
 * of its lines (never inside a multi-line string), so untouched bytes stay identical, CRLF stays CRLF and
 * nested rewrites (an LLM call inside a tool body) compose: each wrap adds its own unit to the lines it
 * covers, and generated lines are indented for every wrap around them.
 */

export interface RewriteResult {
  output?: string;
}

/** `major`: the sentry-sdk major the project installs, which the span API calls are written for. */
export function rewrite(
  text: string,
  root: Node,
  analysis: Analysis,
  catalog: PyCatalog,
  options: EngineOptions,
  major: SentryMajor = 2,
): RewriteResult {
  const lines = new Lines(text);
  const plans = acceptPlans(analysis.plans, lines);
  if (!plans.length) return {};
  const imports = moduleImports(root);
  const layout = new SourceLayout(lines, root);
  const ctx: RewriteContext = {
    layout,
    regions: new WrapRegions(plans, layout),
    plans,
    api: { major, module: imports.sentryAlias ?? "sentry_sdk" },
    options,
    generated: [],
    uses: {
      streamShapes: new Map(),
      blockShapes: new Map(),
      blockHelpers: new Set(),
      runShapes: new Map(),
      awaitedStream: false,
      coroutine: false,
    },
  };
  const edits = plans.flatMap((plan) => planEdits(ctx, plan));
  const handoffs = plans.filter((plan): plan is HandoffPlan => plan.type === "handoff");
  const handoff = handoffEdits(ctx, handoffs, imports, analysis, catalog);
  const blocks = spanHelperBlocks(ctx, imports.definedHelpers);
  if (ctx.uses.streamShapes.size && !imports.definedHelpers.has("_SentryStream"))
    edits.push(...streamHelperUpgrades(ctx, imports.helperDefinitions));
  edits.push(...handoff.edits, ...moduleTopEdits(ctx, imports, handoffs, blocks, handoff.newImport));
  return { output: applyPrioritizedEdits(text, edits, 0, text.length) };
}

/** One plan's span; hand-offs are written together, as they share the wrapper's import. */
function planEdits(ctx: RewriteContext, plan: Plan): Edit[] {
  if (plan.type === "body") return bodyEdits(ctx, plan);
  if (plan.type === "handoff") return [];
  if (plan.coroutine) return coroutineEdits(ctx, plan, plan.coroutine);
  if (plan.stream || plan.runStream) return streamSpanEdits(ctx, plan);
  return statementEdits(ctx, plan);
}

const startOf = (plan: Plan) => planRange(plan)[0];

/** Keep one rewrite per statement; a call nested in another rewritten call is reported instead. */
function acceptPlans(plans: Plan[], lines: Lines): Plan[] {
  const accepted: Plan[] = [];
  const sorted = [...plans].sort((a, b) => startOf(a) - startOf(b));
  for (const plan of sorted) {
    if (plan.type === "statement") {
      const clash = accepted.find(
        (other) =>
          other.type === "statement" &&
          (other.statement.start === plan.statement.start ||
            (other.value.start <= plan.value.start && plan.value.end <= other.value.end) ||
            (plan.value.start <= other.value.start && other.value.end <= plan.value.end) ||
            other.hoists.some((hoist) => hoist.start <= plan.value.start && plan.value.end <= hoist.end)),
      );
      if (clash) {
        plan.site.status = "unsupported";
        plan.site.reason = `another AI call in the same statement (line ${lines.position(startOf(clash)).line}) is rewritten; split the statement`;
        continue;
      }
    }
    accepted.push(plan);
  }
  return accepted;
}
