import ts from "typescript";
import type { FieldPath, StreamSpan } from "../../../sdks/types/calls";
import type { RequestSite } from "../find-request-sites";
import type { NameAllocator } from "../names";
import { skipTypeWrappers } from "../purity";
import { propertyNameText } from "../resolve";
import { type BlockLayout, type RenderedAttribute, spanOptionsLines } from "../render-span";
import { awaitsInside } from "../node-search";
import { usageAttributes } from "../span-attributes";
import { readPath } from "../read-path";
import { renameFromResponse } from "../model-value";

/** What emitRequestSpan has planned for the span, handed to the streaming layouts. */
export interface StreamSpanParts {
  sentry: string;
  op: string;
  name: string;
  /** Start attributes, already including `gen_ai.response.streaming`. */
  attributes: RenderedAttribute[];
  spanName: string;
  /** Request values with side effects, evaluated once at the top of the callback (inside a `try`). */
  hoists: Array<{ name: string; node: ts.Expression }>;
  /** Attributes and a name template that read those values. */
  lateAttributes: RenderedAttribute[];
  lateName?: string;
  /** The source text of `node` at indentation `indent`, the hoisted values replaced, `splices` (absolute offsets) made on the way. */
  move: (node: ts.Node, indent: string, splices?: Array<{ start: number; end: number; text: string }>) => string;
  /** Response attributes read from `root` with the operation's response paths (quoted keys). */
  readResponse: (root: string) => RenderedAttribute[];
  /**
   * The request does not name the model (an app function makes it): where the finished stream's response does,
   * read for the request model and the span name, as a non-streamed span reads it from its result.
   */
  modelFromResponse?: { path: FieldPath; namePrefix: string };
  /** The name the callback gives the SDK's stream. */
  resultName: string;
  names: NameAllocator;
  /** The helper names the file must now declare (added to). */
  usedHelpers: Set<string>;
  recordOutputs: boolean;
  /** Under `--record-outputs auto`: the run-time decision's code (the file gets its helper when called). */
  outputsGate?: () => string;
  quote: '"' | "'";
}

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
  if (parts.hoists.length > 0 || awaits) {
    // A value evaluated ahead of the call may throw before a helper can end the span: the catch marks and
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
 * `endSpanWithReturnedStream(span, () => <call>, ...)` for a call that returns its stream synchronously, at the
 * callback body's indentation.
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
  const field = plan.field === undefined ? [] : [`${parts.quote}${plan.field}${parts.quote}`];
  const resultLines = plan.field === undefined ? [] : resultReader(parts, three, layout.unit);
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

/** What `callbackOptions` needs of the span being written. */
export type CallbackParts = Pick<
  StreamSpanParts,
  "move" | "readResponse" | "spanName" | "names" | "usedHelpers" | "quote" | "modelFromResponse"
>;

/** The AI SDK callbacks of a stream's span: where they go, and whether they are added in a spread of their own. */
export interface CallbackTarget {
  /** The call moved into the span. */
  call: ts.Node;
  /** Its options object. */
  options: ts.ObjectLiteralExpression;
  /**
   * The options' declared type leaves the callbacks out though the SDK hands them on (AI SDK agents' `.stream()`):
   * the added callbacks go in `...{ }`, which TypeScript does not check for unknown properties.
   */
  spread?: boolean;
}

/**
 * The AI SDK call with the span's callbacks in its options: each wraps the app's own callback of the same
 * name (moved into it as its last argument) or is added after the last option.
 */
export function callbackOptions(
  target: CallbackTarget,
  plan: Extract<StreamSpan, { endsWith: "callbacks" }>,
  layout: BlockLayout,
  parts: CallbackParts,
): string {
  const { unit, eol } = layout;
  const { call, options } = target;
  const three = layout.base + unit.repeat(3);
  const sourceFile = call.getSourceFile();
  const span = parts.spanName;
  const parameter = parts.names.allocate(plan.parameter, [`${plan.parameter}Value`, "finished"]);

  const nameOf = (property: ts.ObjectLiteralElementLike): string | undefined =>
    property.name && propertyNameText(property.name);
  const appCallback = (name: string): ts.ObjectLiteralElementLike | undefined =>
    options.properties.find((property) => nameOf(property) === name);
  const appValue = (property: ts.ObjectLiteralElementLike, indent: string): string =>
    ts.isShorthandPropertyAssignment(property)
      ? property.name.text
      : parts.move((property as ts.PropertyAssignment).initializer, indent);

  // Each callback's text, written as a property at `indent`.
  const callbacks: Array<{
    name: string;
    text: (app: ts.ObjectLiteralElementLike | undefined, indent: string) => string;
  }> = [];
  callbacks.push({
    name: plan.onFinish,
    text: (app, indent) => {
      const four = indent + unit;
      parts.usedHelpers.add("endSpanOnFinish");
      const attributes = readUndeclared(parts.readResponse(parameter), parameter, plan.undeclared ?? [], parts.quote);
      const model = parts.modelFromResponse;
      // The attributes as the arrow's body at `at`: an object, or, renaming the span first, a block returning one.
      const body = (at: string): { head: string; lines: string[]; tail: string } => {
        if (!model)
          return { head: "({", lines: attributes.map(({ key, code }) => `${at}${unit}${key}: ${code},`), tail: "})" };
        const modelCode = readPath(parameter, model.path, parts.quote);
        const rename = renameFromResponse(span, model.namePrefix, modelCode);
        const quotedKey = `${parts.quote}gen_ai.request.model${parts.quote}`;
        return {
          head: "{",
          lines: [
            `${at}${unit}${rename}${layout.semicolon}`,
            `${at}${unit}return {`,
            ...[{ key: quotedKey, code: modelCode }, ...attributes].map(
              ({ key, code }) => `${at}${unit}${unit}${key}: ${code},`,
            ),
            `${at}${unit}}${layout.semicolon}`,
          ],
          tail: "}",
        };
      };
      if (!app) {
        const { head, lines, tail } = body(indent);
        return [
          `${plan.onFinish}: endSpanOnFinish(${span}, (${parameter}) => ${head}`,
          ...lines,
          `${indent}${tail}),`,
        ].join(eol);
      }
      const { head, lines, tail } = body(four);
      return [
        `${plan.onFinish}: endSpanOnFinish(`,
        `${four}${span},`,
        `${four}(${parameter}) => ${head}`,
        ...lines,
        `${four}${tail},`,
        `${four}${appValue(app, four)},`,
        `${indent}),`,
      ].join(eol);
    },
  });
  for (const [name, helper] of [
    [plan.onError, "endSpanOnError"],
    [plan.onAbort, "endSpanOnAbort"],
  ] as const) {
    if (!name) continue;
    callbacks.push({
      name,
      text: (app, indent) => {
        parts.usedHelpers.add(helper);
        return `${name}: ${helper}(${span}${app ? `, ${appValue(app, indent)}` : ""}),`;
      },
    });
  }
  /** The callbacks the app does not have, as lines at `three` (in their spread when the target asks for one). */
  const addedLines = (missing: typeof callbacks): string[] => {
    if (missing.length === 0) return [];
    if (!target.spread) return missing.map((callback) => `${three}${callback.text(undefined, three)}`);
    const four = three + unit;
    return [`${three}...{`, ...missing.map((callback) => `${four}${callback.text(undefined, four)}`), `${three}},`];
  };

  const multiline = options.getText(sourceFile).includes("\n");
  if (!multiline) {
    // A one-line options object becomes one option per line, as prettier lays out an object it cannot fit.
    const kept = options.properties.filter(
      (property) => !callbacks.some((callback) => callback.name === nameOf(property)),
    );
    const lines = kept.map((property) => `${three}${parts.move(property, three)},`);
    // In the callbacks' order; added ones that need a spread come together after the app's own.
    for (const callback of callbacks) {
      const app = appCallback(callback.name);
      if (app || !target.spread) lines.push(`${three}${callback.text(app, three)}`);
    }
    if (target.spread) lines.push(...addedLines(callbacks.filter((callback) => !appCallback(callback.name))));
    const before = sourceFile.text.slice(call.getStart(sourceFile), options.getStart(sourceFile));
    const after = sourceFile.text.slice(options.end, call.end);
    const two = layout.base + unit.repeat(2);
    return [`${before}{`, ...lines, `${two}}${after}`].join(eol);
  }
  // A written-out options object keeps its text and comments: callbacks replace the app's in place, the rest
  // are added after the last option.
  const splices: Array<{ start: number; end: number; text: string }> = [];
  const missing: typeof callbacks = [];
  for (const callback of callbacks) {
    const app = appCallback(callback.name);
    if (app)
      splices.push({
        start: app.getStart(sourceFile),
        end: endWithComma(app, sourceFile),
        text: callback.text(app, three),
      });
    else missing.push(callback);
  }
  const added = addedLines(missing)
    .map((line) => `${eol}${line}`)
    .join("");
  const last = options.properties[options.properties.length - 1];
  if (added) {
    const at = last ? endWithComma(last, sourceFile) : options.getStart(sourceFile) + 1;
    const comma = last && sourceFile.text[at - 1] !== "," ? "," : "";
    splices.push({ start: at, end: at, text: `${comma}${added}` });
  }
  return parts.move(call, layout.base + unit.repeat(2), splices);
}

/** The end of a property including the comma after it, when there is one. */
function endWithComma(property: ts.Node, sourceFile: ts.SourceFile): number {
  const rest = /^\s*,/.exec(sourceFile.text.slice(property.end));
  return rest ? property.end + rest[0].length : property.end;
}

/**
 * Fields the helpers' event type leaves out (the AI SDK's `object`, whose type `streamObject` would infer
 * from the helper) are read with `"field" in event`, which type-checks without the declaration.
 */
function readUndeclared(
  attributes: RenderedAttribute[],
  root: string,
  undeclared: readonly string[],
  quote: '"' | "'",
): RenderedAttribute[] {
  if (undeclared.length === 0) return attributes;
  return attributes.map(({ key, code }) => {
    let rewritten = code;
    for (const field of undeclared) {
      rewritten = rewritten.replace(
        new RegExp(`${escape(root)}\\?\\.${escape(field)}(?![\\w$?.])`, "g"),
        `${quote}${field}${quote} in ${root} ? ${root}.${field} : undefined`,
      );
    }
    return { key, code: rewritten };
  });
}

function escape(text: string): string {
  return text.replace(/[$.]/g, "\\$&");
}
