import type ts from "typescript";
import type { StreamSpan } from "../../../sdks/types/calls";
import type { RequestSite } from "../find-request-sites";
import { skipTypeWrappers } from "../purity";
import { type BlockLayout, spanOptionsLines } from "../render-span";
import { awaitsInside } from "../node-search";
import { usageAttributes } from "../span-attributes";
import { type CallbackTarget, callbackOptions } from "./stream-callbacks";
import type { StreamSpanParts } from "./stream-span-parts";

/** The streamed call a span is written around: an LLM request, or an agent run (whose plan is a raw stream). */
type StreamedSite = Pick<RequestSite, "node"> & { request?: RequestSite["request"] };

/** A raw stream on one line when it fits (prettier's width for these files). */
const LINE_WIDTH = 140;

/**
 * `Sentry.startSpanManual(options, (span) => ...)` for a streamed call: the callback returns what the call
 * returns (the stream, the AI SDK result), with the span ended by the helper `plan` names.
 */
export function renderStreamSpan(
  site: StreamedSite,
  plan: StreamSpan,
  layout: BlockLayout,
  parts: StreamSpanParts,
): string {
  const { base, unit, eol } = layout;
  const one = base + unit;
  const two = one + unit;
  const three = two + unit;
  const lines = spanOptionsLines("startSpanManual", layout, parts);

  // An awaited argument makes the callback async (a raw stream's call is awaited anyway).
  const awaits = awaitsInside(site.node);
  if (parts.hoists.length > 0 || parts.argumentsMayThrow || awaits) {
    // A value evaluated ahead of the call (or in its arguments) may throw before a helper can end the span: the catch marks and
    // ends it (startSpanManual's own error mark would come after the end, and be lost) and rethrows.
    const inner = { ...layout, base: one };
    const error = parts.names.allocate("error", ["spanError"]);
    lines.push(
      `${one}${awaits ? "async " : ""}(${parts.spanName}) => {`,
      `${two}try {`,
      ...preludeLines(parts, layout, three),
    );
    lines.push(...bodyLines(site, plan, inner, parts));
    const semicolon = layout.semicolon;
    lines.push(
      `${two}} catch (${error}) {`,
      `${three}${parts.spanName}.setStatus({ code: 2, message: ${parts.quote}internal_error${parts.quote} })${semicolon}`,
    );
    lines.push(
      `${three}${parts.spanName}.end()${semicolon}`,
      `${three}throw ${error}${semicolon}`,
      `${two}}`,
      `${one}},`,
    );
  } else if (plan.endsWith === "event") {
    lines.push(`${one}(${parts.spanName}) => {`, ...eventStream(site, plan, layout, parts), `${one}},`);
  } else {
    const body =
      plan.endsWith === "chunks"
        ? rawStream(site, plan, layout, parts)
        : callbackOptions(callbackTarget(site), plan, layout, parts);
    const oneLine = `${one}(${parts.spanName}) => ${body},`;
    if (!body.includes("\n") && oneLine.length <= LINE_WIDTH) lines.push(oneLine);
    else lines.push(`${one}(${parts.spanName}) =>`, `${two}${body},`);
  }
  lines.push(`${base})`);
  return lines.join(eol);
}

function callbackTarget(site: StreamedSite): CallbackTarget {
  const options = skipTypeWrappers((site.request as { node: ts.Expression }).node) as ts.ObjectLiteralExpression;
  return { call: site.node, options };
}

/** The callback's statements at `layout.base` plus two units: the event stream's, or `return <body>`. */
function bodyLines(site: StreamedSite, plan: StreamSpan, layout: BlockLayout, parts: StreamSpanParts): string[] {
  if (plan.endsWith === "event") return eventStream(site, plan, layout, parts);
  const body =
    plan.endsWith === "chunks"
      ? rawStream(site, plan, layout, parts)
      : callbackOptions(callbackTarget(site), plan, layout, parts);
  return [`${layout.base}${layout.unit}${layout.unit}return ${body}${layout.semicolon}`];
}

/** The hoisted values and what reads them, at `indent`. */
function preludeLines(parts: StreamSpanParts, layout: BlockLayout, indent: string): string[] {
  const lines = parts.hoists.map(
    ({ name, node }) => `${indent}const ${name} = ${parts.move(node, indent)}${layout.semicolon}`,
  );
  if (parts.lateAttributes.length > 0) {
    lines.push(
      `${indent}${parts.spanName}.setAttributes({`,
      ...parts.lateAttributes.map(({ key, code }) => `${indent}${layout.unit}${key}: ${code},`),
    );
    lines.push(`${indent}})${layout.semicolon}`);
  }
  if (parts.lateName) lines.push(`${indent}${parts.spanName}.updateName(${parts.lateName})${layout.semicolon}`);
  return lines;
}

/**
 * `endSpanWithStream(span, <call>, <collector>())` (`endSpanWithReadableStream` for a web ReadableStream), or
 * `endSpanWithReturnedStream(span, () => <call>, ...)` for a call that returns its stream synchronously
 * (`endSpanWithStreamField` / `endSpanWithTeedStream` name the result's fields after the call), at the callback
 * body's indentation.
 */
function rawStream(
  site: StreamedSite,
  plan: Extract<StreamSpan, { endsWith: "chunks" }>,
  layout: BlockLayout,
  parts: StreamSpanParts,
): string {
  const { collector } = plan;
  const helper = plan.returnsStream
    ? "endSpanWithReturnedStream"
    : plan.readableStream
      ? "endSpanWithReadableStream"
      : plan.aggregateField !== undefined
        ? "endSpanWithTeedStream"
        : plan.field
          ? "endSpanWithStreamField"
          : "endSpanWithStream";
  parts.usedHelpers.add(helper);
  parts.usedHelpers.add(collector);
  let reader = `${collector}()`;
  if (!parts.recordOutputs) {
    parts.usedHelpers.add("withoutOutputs");
    reader = `withoutOutputs(${reader})`;
  } else if (parts.outputsGate) {
    parts.usedHelpers.add("outputsRecordedIf");
    reader = `outputsRecordedIf(${parts.outputsGate()}, ${reader})`;
  }
  const three = layout.base + layout.unit.repeat(3);
  const moved = parts.move(site.node, three);
  const call = plan.returnsStream ? `() => ${moved}` : moved;
  const quoted = (text: string): string => `${parts.quote}${text}${parts.quote}`;
  const field = [plan.field, plan.aggregateField].filter((name) => name !== undefined).map(quoted);
  // A teed stream's aggregate carries the whole response: nothing else of the result is read.
  const resultLines =
    plan.field === undefined || plan.aggregateField !== undefined ? [] : resultReader(parts, three, layout.unit);
  const flat = `${helper}(${[parts.spanName, call, ...field, reader].join(", ")})`;
  const fits = layout.base.length + layout.unit.length * 2 + flat.length <= LINE_WIDTH;
  if (!call.includes("\n") && resultLines.length === 0 && fits) return flat;
  const two = layout.base + layout.unit.repeat(2);
  const args = [parts.spanName, call, ...field, reader].map((argument) => `${three}${argument},`);
  return [`${helper}(`, ...args, ...resultLines, `${two})`].join(layout.eol);
}

/**
 * The last argument of `endSpanWithStreamField`: `(result) => ({ ... })`, reading the result's own fields (the
 * request id) with the operation's response paths, at `indent`; none when the paths read nothing.
 */
function resultReader(parts: StreamSpanParts, indent: string, unit: string): string[] {
  const result = parts.names.allocate("result", ["output", "reply"]);
  const attributes = parts.readResponse(result);
  if (attributes.length === 0) return [];
  return [
    `${indent}(${result}) => ({`,
    ...attributes.map(({ key, code }) => `${indent}${unit}${key}: ${code},`),
    `${indent}}),`,
  ];
}

/** The SDK's helper stream: the final object's event sets the response attributes, `end` ends the span. */
function eventStream(
  site: StreamedSite,
  plan: Extract<StreamSpan, { endsWith: "event" }>,
  layout: BlockLayout,
  parts: StreamSpanParts,
): string[] {
  const { unit, semicolon } = layout;
  const two = layout.base + unit.repeat(2);
  const three = two + unit;
  const four = three + unit;
  parts.usedHelpers.add("endSpanWithEventStream");
  const stream = parts.resultName;
  const parameter = parts.names.allocate(plan.parameter, [`${plan.parameter}Value`, "final"]);
  const lines = [`${two}const ${stream} = ${parts.move(site.node, two)}${semicolon}`];
  const attributes = parts.readResponse(parameter);
  if (attributes.length > 0) {
    const event = `${parts.quote}${plan.event}${parts.quote}`;
    const argument = plan.payload ? `({ ${plan.payload}: ${parameter} })` : `(${parameter})`;
    lines.push(`${two}${stream}.on(${event}, ${argument} => {`, `${three}${parts.spanName}.setAttributes({`);
    for (const { key, code } of attributes) lines.push(`${four}${key}: ${code},`);
    lines.push(`${three}})${semicolon}`, `${two}})${semicolon}`);
  }
  if (plan.usageEvent) {
    // The run's own total, on an event of its own (the final object's usage is one call's).
    const { event, usage } = plan.usageEvent;
    const total = parts.names.allocate(plan.usageEvent.parameter, [`${plan.usageEvent.parameter}Total`, "tokens"]);
    const quoted = (text: string): string => `${parts.quote}${text}${parts.quote}`;
    lines.push(`${two}${stream}.on(${quoted(event)}, (${total}) => {`, `${three}${parts.spanName}.setAttributes({`);
    for (const { key, code } of usageAttributes(total, usage, parts.quote))
      lines.push(`${four}${quoted(key)}: ${code},`);
    lines.push(`${three}})${semicolon}`, `${two}})${semicolon}`);
  }
  lines.push(`${two}return endSpanWithEventStream(${parts.spanName}, ${stream})${semicolon}`);
  return lines;
}
