import type { StatementPlan } from "./plans";
import { splitStart } from "./emit";
import { spanEnding, spanStart } from "./sentry-api";
import { pyString } from "./text";
import { NAMING_RECORDER_SUFFIX } from "./helpers";
import { type Edit, hoistReplacements, linesBefore, placing, type RewriteContext } from "./rewrite-context";

/** Spans that live as long as a stream or a background run: the call handed to the helper that ends the span. */

/**
 * A stream assigned to a name or read by a `for`, and a background run: the span starts before the statement
 * (no `with`) and the call becomes `_sentry_stream(span, lambda: <call>, <collector>())` or `_sentry_run_stream(...)`.
 */
export function streamSpanEdits(ctx: RewriteContext, plan: StatementPlan): Edit[] {
  const { api } = ctx;
  const at = plan.statement.start;
  const { indent, depth } = placing(ctx, plan, at);
  const initial = splitStart(plan.before, plan.spanVar, api);
  const start = spanStart(api, plan.identity, plan.nameCode, plan.spanVar, initial.start);
  // what needs no hoisted value is set first, so that a span a raising argument ends still says what it was
  const usesHoist = (code: string) => plan.hoists.some((hoist) => new RegExp(`\\b${hoist.name}\\b`).test(code));
  const before = [
    start,
    ...initial.lines.filter((line) => !usesHoist(line)),
    ...hoistedInTry(ctx, plan, indent),
    ...initial.lines.filter(usesHoist),
  ];
  const out = [linesBefore(ctx, at, before, indent, indent, depth), ...hoistReplacements(plan)];
  if (plan.stream) out.push(...streamEdits(ctx, plan, plan.stream));
  else if (plan.runStream) out.push(...runStreamEdits(ctx, plan, plan.runStream));
  ctx.generated.push(...before);
  return out;
}

/**
 * A started stream span's hoisted arguments, evaluated inside `try:` so that one that raises ends the span
 * with an error before the exception goes on (nothing else would end it).
 */
function hoistedInTry(ctx: RewriteContext, plan: StatementPlan, indent: string): string[] {
  if (!plan.hoists.length) return [];
  const { layout } = ctx;
  const unit = layout.unitFor(layout.lines.indentAt(plan.statement.start));
  const ending = spanEnding(ctx.api, plan.spanVar);
  const hoisted = plan.hoists.map(
    (hoist) => `${unit}${hoist.name} = ${layout.moved(hoist.start, hoist.end, indent + unit, [])}`,
  );
  return ["try:", ...hoisted, "except BaseException:", `${unit}${ending.fail}`, `${unit}${ending.end}`, `${unit}raise`];
}

/** The call of a stream becomes `_sentry_stream(span, lambda: <call>, <collector>())` (`_sentry_stream_async` awaited). */
function streamEdits(ctx: RewriteContext, plan: StatementPlan, stream: NonNullable<StatementPlan["stream"]>): Edit[] {
  const { call, shape } = stream;
  const helper = stream.awaited ? "_sentry_stream_async" : "_sentry_stream";
  ctx.uses.streamShapes.set(shape.collector.name, shape);
  ctx.uses.awaitedStream ||= stream.awaited;
  return [
    { start: call.start, end: call.start, text: `${helper}(${plan.spanVar}, lambda: `, priority: 55 },
    { start: call.end, end: call.end, text: `, ${shape.collector.name}())`, priority: 65 },
  ];
}

/** The call of a background run becomes `_sentry_run_stream(span, lambda: <call>, <recorder>, <task attributes>)`. */
function runStreamEdits(
  ctx: RewriteContext,
  plan: StatementPlan,
  runStream: NonNullable<StatementPlan["runStream"]>,
): Edit[] {
  const { shape, call } = runStream;
  const tasks = shape.taskAttributes.map((name) => pyString(name)).join(", ");
  ctx.uses.runShapes.set(shape.recorder, shape);
  return [
    { start: call.start, end: call.start, text: `_sentry_run_stream(${plan.spanVar}, lambda: `, priority: 55 },
    { start: call.end, end: call.end, text: `, ${shape.recorder}, ${tasks})`, priority: 65 },
  ];
}

/**
 * A wrapped `with <stream manager call> as stream:`: the call becomes `_sentry_stream_block(span, <call>, <recorder>)`
 * (`_sentry_stream_block_async` in an `async with`).
 */
export function streamBlockEdits(
  ctx: RewriteContext,
  plan: StatementPlan,
  streamBlock: NonNullable<StatementPlan["streamBlock"]>,
): Edit[] {
  const { call, shape, namesSpan } = streamBlock;
  const helper = streamBlock.async ? "_sentry_stream_block_async" : "_sentry_stream_block";
  const recorder = namesSpan === undefined ? shape.recorder : `${shape.recorder}${NAMING_RECORDER_SUFFIX}`;
  ctx.uses.blockShapes.set(recorder, { ...shape, namesSpan });
  ctx.uses.blockHelpers.add(helper);
  return [
    { start: call.start, end: call.start, text: `${helper}(${plan.spanVar}, `, priority: 55 },
    { start: call.end, end: call.end, text: `, ${recorder})`, priority: 65 },
  ];
}
