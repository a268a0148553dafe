// The AI SDK callbacks (`onFinish`, `onError`, `onAbort`) a stream's span ends with, written into the call's options.
import ts from "typescript";
import type { StreamSpan } from "../../../sdks/types/calls";
import type { BlockLayout, RenderedAttribute } from "../render-span";
import { propertyNameText } from "../resolve";
import { readPath } from "../read-path";
import { renameFromResponse } from "../model-value";
import type { StreamSpanParts } from "./stream-span-parts";

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
