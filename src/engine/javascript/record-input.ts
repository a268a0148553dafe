import ts from "typescript";
import { ATTR, RECORD_INPUT_HELPER } from "../../core/conventions";
import type { TextEdit } from "../../core/text/edits";
import { appendedHelper, hasTopLevelFunction } from "./appended-helper";
import { type CodeStyle, quoteString } from "./code-style";
import { CONTENT_GATE_NAME } from "./content-gate";
import { JSON_HELPER_NAME } from "./json-helper";
import type { Replacement } from "./move-code";

/**
 * A request's input (messages, prompt, system instructions, embeddings input) is recorded where the app passes it:
 * `messages: sentryRecordInput(span, "gen_ai.request.messages", [...])`. The helper returns its argument unchanged,
 * so the value is evaluated once, in the app's order, and a generic identity keeps the SDK's contextual typing
 * (`role: "user"` stays a literal); nothing is copied into the span's options or hoisted out of the call.
 */

/** What the wrapping needs: the file's style, and flags the helpers are appended on. */
export interface RecordInputContext {
  style: CodeStyle;
  usesRecordInput?: boolean;
  usesJsonHelper: boolean;
  usesContentGate?: boolean;
}

/** Wrappers around an expression, nested (type wrappers, parentheses) up to the one the app's code holds. */
function outermost(node: ts.Expression): ts.Expression {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (
      (ts.isParenthesizedExpression(parent) ||
        ts.isAsExpression(parent) ||
        ts.isSatisfiesExpression(parent) ||
        ts.isNonNullExpression(parent) ||
        ts.isTypeAssertionExpression(parent)) &&
      parent.expression === current
    )
      current = parent;
    else return current;
  }
}

/**
 * The edits that record `node` under `key` where it is written: `helper(span, key, ` before it and `)` after it
 * (a shorthand property `{ messages }` becomes `messages: helper(span, key, messages)`).
 */
export function recordInputAt(
  node: ts.Expression,
  key: string,
  spanName: string,
  context: RecordInputContext,
  gated: boolean,
): Replacement[] {
  context.usesRecordInput = true;
  context.usesJsonHelper = true;
  if (gated) context.usesContentGate = true;
  const sourceFile = node.getSourceFile();
  const target = outermost(node);
  const open = `${RECORD_INPUT_HELPER}(${spanName}, ${quoteString(key, context.style)}, `;
  const parent = target.parent;
  if (ts.isShorthandPropertyAssignment(parent) && parent.name === target) {
    const name = parent.name.text;
    return [{ start: target.getStart(sourceFile), end: target.end, text: `${name}: ${open}${name})` }];
  }
  const start = target.getStart(sourceFile);
  return [
    { start, end: start, text: open },
    { start: target.end, end: target.end, text: ")" },
  ];
}

/** True when the file already has the helper (a second run must not add it again). */
export function hasRecordInputHelper(sourceFile: ts.SourceFile): boolean {
  return hasTopLevelFunction(sourceFile, RECORD_INPUT_HELPER);
}

/**
 * The helper, appended to the file: a text recorded as the request's messages is one user message (an AI SDK
 * `prompt`, an agent's string input), another text as it is, anything else as JSON. `gated`: recorded only when
 * the app's Sentry settings allow inputs (content-gate.ts). Never throws into the app.
 */
export function recordInputHelperEdit(
  sourceFile: ts.SourceFile,
  sentry: string,
  style: CodeStyle,
  typescript: boolean,
  gated: boolean,
): TextEdit {
  const semicolon = style.semicolons ? ";" : "";
  const unit = style.indentUnit;
  const q = (text: string): string => quoteString(text, style);
  const messages = q(ATTR.requestMessages);
  const body = [
    `const recorded =`,
    `${unit}typeof value === ${q("string")} && key !== ${messages}`,
    `${unit}${unit}? value`,
    `${unit}${unit}: ${JSON_HELPER_NAME}(typeof value === ${q("string")} ? [{ role: ${q("user")}, content: value }] : value)${semicolon}`,
    `if (recorded !== undefined) span.setAttribute(key, recorded)${semicolon}`,
  ];
  const recording = gated
    ? [`if (${CONTENT_GATE_NAME}(${q("inputs")})) {`, ...body.map((line) => `${unit}${line}`), "}"]
    : body;
  const lines = [
    "",
    "/** Records an AI request's input on its span and returns it unchanged; never throws into the app. */",
    typescript
      ? `function ${RECORD_INPUT_HELPER}<T>(span: ${sentry}.Span, key: string, value: T): T {`
      : `function ${RECORD_INPUT_HELPER}(span, key, value) {`,
    `${unit}try {`,
    ...recording.map((line) => `${unit}${unit}${line}`),
    `${unit}} catch {`,
    `${unit}${unit}// Recording must not change what the app sends.`,
    `${unit}}`,
    `${unit}return value${semicolon}`,
    "}",
  ];
  return appendedHelper(sourceFile, lines, style.eol);
}
