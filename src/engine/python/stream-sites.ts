import type { PyOperation } from "../../sdks/types/python";
import { field, named, stringValue, type CallArguments, type Node } from "./ast";
import { pyString } from "./text";
import type { Context, StatementPlan } from "./plans";
import type { Placement } from "./placement";
import { isArgumentOfHelper } from "./existing-spans";

/** How an LLM call streams, and whether the tool can see the stream's end: the stream spans' site checks. */

export interface StreamForm {
  /** The call returns a stream: it always does, or its stream flag is not a literal False. */
  streams: boolean;
  /**
   * A stream the SDK data knows how to observe: one that always streams, or a literal `stream=True`, with the
   * keyword that selects the stream's form absent or one the data knows (`version="v2"`).
   */
  observable: boolean;
  /** The form-selecting keyword's value when the data does not know it (`version="v1"`). */
  unknownForm?: Node;
  /** `with client.messages.stream(...) as stream:` (one manager, `with` or `async with`): the block is the stream's life. */
  streamBlock?: Node;
  /** A run that goes on in the background after the call returns (`Runner.run_streamed`). */
  runStream?: PyOperation["runStream"];
}

export function streamForm(op: PyOperation, call: Node, args: CallArguments): StreamForm {
  const streamFlag = op.request.streamFlag ? args.keywords.get(op.request.streamFlag)?.value : undefined;
  const streams = !!op.streaming || (!!streamFlag && streamFlag.type !== "false");
  const onlyWith = op.stream?.onlyWith;
  const form = onlyWith && args.keywords.get(onlyWith.keyword)?.value;
  const unknownForm = form && !onlyWith.values.includes(stringValue(form) ?? "") ? form : undefined;
  return {
    streams,
    observable: streams && !!op.stream && !unknownForm && (!!op.streaming || streamFlag?.type === "true"),
    unknownForm,
    streamBlock: op.streaming && op.streamBlock ? streamBlockStatement(call) : undefined,
    runStream: op.streaming ? op.runStream : undefined,
  };
}

/** The call is already handed to a generated stream span's helper. */
export function isObservedAlready(op: PyOperation, form: StreamForm, call: Node): boolean {
  return (
    (form.observable && isObservedStream(call)) ||
    (!!op.streamBlock && isArgumentOfHelper(call, /^_sentry_stream_block(_async)?$/)) ||
    (!!form.runStream && isObservedStream(call))
  );
}

/** Why a call that streams is left to the user (its stream cannot be observed), if it is. */
export function unobservableReason(op: PyOperation, form: StreamForm): string | undefined {
  if (!form.streams || form.observable || form.streamBlock || form.runStream) return undefined;
  if (op.stream && !op.streaming)
    return "the stream flag is not a literal True, so whether it streams is known only at run time";
  const onlyWith = op.stream?.onlyWith;
  if (onlyWith && form.unknownForm)
    return `only \`${onlyWith.keyword}=${onlyWith.values.map((value) => pyString(value)).join(" | ")}\` (or none) is read: \`${form.unknownForm.text}\` streams events the tool has no reader for`;
  return op.streamBlock
    ? "only a stream manager in a plain `with <call> as stream:` is wrapped"
    : "the tool has no reader for this stream's chunks";
}

/**
 * Why the end of a stream is out of sight where it is placed, if it is. A stream outlives its statement: it is
 * assigned to a name (`stream = client...create(...)`) or is what a `for` reads (`for chunk in llm.stream(...)`,
 * evaluated once before the loop starts); a background run (`Runner.run_streamed`) must be assigned to a name.
 */
export function streamEndOutOfSight(
  ctx: Context,
  form: StreamForm,
  placement: Exclude<Placement, { reason: string }>,
  value: Node,
): string | undefined {
  const assigned = placement.mode === "wrap" && !!placement.resultTarget;
  if (form.observable && !assigned && !isLoopIterable(ctx, value))
    return "the stream is neither assigned to a name nor read by a `for` here (returned or passed on), so its end is out of sight";
  if (form.runStream && !assigned)
    return "the run outlives this statement and is not assigned to a name (`result = <call>`), so its end is out of sight";
  return undefined;
}

/** A plain `with` stream manager wraps its whole statement. */
export function streamBlockPlacement(ctx: Context, statement: Node): Placement {
  if (!ctx.lines.startsLine(statement.startIndex) || !ctx.lines.endsLine(statement.endIndex)) {
    return { reason: "the statement shares its line with other code (`;` or a one-line block)" };
  }
  const scopeNode = ctx.resolver.scopeOf(statement).node;
  return { mode: "wrap", statement: { start: statement.startIndex, end: statement.endIndex }, scopeNode };
}

/** The plan's stream parts: the helper that ends the span with the stream, the manager or the run. */
export function streamPlan(
  op: PyOperation,
  form: StreamForm,
  call: Node,
  awaited: boolean,
  namesSpan?: string,
): Pick<StatementPlan, "stream" | "streamBlock" | "runStream"> {
  const range = { start: call.startIndex, end: call.endIndex };
  return {
    stream: form.observable && op.stream ? { shape: op.stream, call: range, awaited } : undefined,
    streamBlock:
      form.streamBlock && op.streamBlock
        ? { shape: op.streamBlock, call: range, async: /^async\b/.test(form.streamBlock.text), namesSpan }
        : undefined,
    runStream: form.runStream ? { shape: form.runStream, call: range } : undefined,
  };
}

/** The `with` (or `async with`) statement whose only item is `<call>` or `<call> as name`. */
function streamBlockStatement(call: Node): Node | undefined {
  const item = call.parent?.type === "as_pattern" ? call.parent.parent : call.parent;
  const clause = item?.type === "with_item" ? item.parent : undefined;
  const statement = clause?.type === "with_clause" ? clause.parent : undefined;
  if (!clause || statement?.type !== "with_statement" || named(clause).length !== 1) return undefined;
  return statement;
}

/** The call (or its `await`) is the iterable of a `for` / `async for` statement that starts its line. */
function isLoopIterable(ctx: Context, value: Node): boolean {
  const loop = value.parent;
  return (
    loop?.type === "for_statement" && field(loop, "right")?.id === value.id && ctx.lines.startsLine(loop.startIndex)
  );
}

/** `_sentry_stream(span, lambda: <call>, ...)`, `_sentry_run_stream(...)`: the call is already observed by a generated stream span. */
function isObservedStream(call: Node): boolean {
  return isArgumentOfHelper(call, /^_sentry_(stream|stream_async|run_stream)$/, true);
}
