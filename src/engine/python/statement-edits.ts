import type { StatementPlan } from "./plans";
import { attrLine, splitStart } from "./emit";
import { spanHeader } from "./sentry-api";
import { type Edit, hoistReplacements, linesBefore, placing, type RewriteContext } from "./rewrite-context";
import { streamBlockEdits } from "./stream-edits";

/** A call statement in a `with` span: the statement moved inside it (wrap), or the call moved into it (hoist). */

/** The `with` line, the arguments hoisted before the call, and the attributes known at the start. */
interface Opening {
  header: string;
  before: string[];
  indent: string;
  /** The indentation inside the `with`. */
  inner: string;
  depth: number;
}

export function statementEdits(ctx: RewriteContext, plan: StatementPlan): Edit[] {
  const { layout, api } = ctx;
  const at = plan.statement.start;
  const { indent, depth } = placing(ctx, plan, at);
  const inner = indent + layout.unitFor(layout.lines.indentAt(at));
  const initial = splitStart(plan.before, plan.spanVar, api);
  const header = spanHeader(api, plan.identity, plan.nameCode, plan.spanVar, initial.start);
  const hoisted = plan.hoists.map((hoist) => `${hoist.name} = ${layout.moved(hoist.start, hoist.end, inner, [])}`);
  const opening: Opening = { header, before: [...hoisted, ...initial.lines], indent, inner, depth };
  return plan.mode === "wrap" ? wrapEdits(ctx, plan, opening) : hoistEdits(ctx, plan, opening);
}

/** The statement moves one unit in, under the `with`; the result's attributes are set after it. */
function wrapEdits(ctx: RewriteContext, plan: StatementPlan, opening: Opening): Edit[] {
  const { lines, newline } = ctx.layout;
  const { header, before, indent, inner, depth } = opening;
  const resultVar = plan.resultTarget ?? plan.resultName;
  const after = plan.after(resultVar).map((attr) => attrLine(attr, plan.spanVar, ctx.api));
  const region = ctx.regions.of(plan);
  const out: Edit[] = [
    linesBefore(ctx, plan.statement.start, [header, ...before], indent, inner, depth),
    ...ctx.layout.shiftLines(region.first, region.last, region.unit),
    ...hoistReplacements(plan),
  ];
  if (plan.streamBlock) out.push(...streamBlockEdits(ctx, plan, plan.streamBlock));
  if (plan.prefixAt !== undefined && after.length)
    out.push({ start: plan.prefixAt, end: plan.prefixAt, text: `${plan.resultName} = `, priority: 60 });
  if (after.length) {
    const end = lines.lineEnd(plan.statement.end);
    out.push({ start: end, end, text: after.map((line) => newline + inner + line).join(""), priority: 100 - depth });
  }
  ctx.generated.push(header, ...before, ...after);
  return out;
}

/** The call moves into `<result> = <call>` inside the `with`, before its statement, which reads the result. */
function hoistEdits(ctx: RewriteContext, plan: StatementPlan, opening: Opening): Edit[] {
  const { header, before, indent, inner, depth } = opening;
  const after = plan.after(plan.resultName).map((attr) => attrLine(attr, plan.spanVar, ctx.api));
  const replacements = plan.hoists.map((hoist) => ({ start: hoist.start, end: hoist.end, text: hoist.name }));
  const call = `${plan.resultName} = ${ctx.layout.moved(plan.value.start, plan.value.end, inner, replacements)}`;
  ctx.generated.push(header, ...before, ...after);
  return [
    linesBefore(ctx, plan.statement.start, [header, ...before, call, ...after], indent, inner, depth),
    { start: plan.value.start, end: plan.value.end, text: plan.resultName, priority: 60 },
  ];
}
