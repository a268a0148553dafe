import { ATTR } from "../../core/conventions";
import type { FieldPath, ResponseShape } from "../../sdks/types/calls";
import type { EngineOptions } from "../../core/types";
import { isRecorded, runTimeContentKind } from "../../core/content-recording";
import { fieldRead, isScalarPath } from "./field-reads";
import { setAttribute, startAttributes, type SentryApi } from "./sentry-api";
import { pyString } from "./text";

/**
 * Python code generation: the attribute lines (the span API itself is in sentry-api.ts). A result field is read by the
 * expression `fieldRead` compiles at the site (never raises, attributes or dict keys), and everything
 * serialised goes through `_sentry_json` (never raises, cycles and non-JSON values included); the helpers
 * themselves are in helpers.ts.
 */

/** One attribute: a Python expression, and whether it may be None at run time (then `_sentry_set`). */
export interface Attr {
  key: string;
  code: string;
  mayBeNone: boolean;
  /**
   * The request named no model: this is the response's model, recorded as the requested one, and the span is
   * renamed `<namesSpan> <model>` (`_sentry_name_from_model`) when it is there.
   */
  namesSpan?: string;
}

export const staticAttr = (key: string, code: string): Attr => ({ key, code, mayBeNone: false });
export const dynamicAttr = (key: string, code: string): Attr => ({ key, code, mayBeNone: true });

/** The helper that asks the app's Sentry client whether prompts ("inputs") or responses ("outputs") may be recorded. */
export const CONTENT_GATE = "_sentry_records_ai_content";

/** Leave out content attributes the user did not want recorded; gate the rest on the app's Sentry settings (auto). */
export function keep(attrs: Attr[], options: EngineOptions): Attr[] {
  return attrs.filter((attr) => isRecorded(attr.key, options)).map((attr) => gated(attr, options));
}

/**
 * `--record-inputs auto` / `--record-outputs auto`: a content attribute's value is computed and recorded only
 * when `_sentry_records_ai_content(kind)` says so at run time (else it is None, which `_sentry_set` skips).
 * Any other attribute, and content with `always`, is returned as it is.
 */
export function gated(attr: Attr, options: EngineOptions): Attr {
  const kind = contentKind(attr.key, options);
  if (!kind) return attr;
  const value = bindsLooserThanConditional(attr.code) ? `(${attr.code})` : attr.code;
  return dynamicAttr(attr.key, `${value} if ${CONTENT_GATE}(${pyString(kind)}) else None`);
}

/** A conditional expression, a lambda or `:=` outside brackets and strings: it needs parentheses before ` if `. */
function bindsLooserThanConditional(code: string): boolean {
  let depth = 0;
  let top = "";
  for (let index = 0; index < code.length; index++) {
    const char = code[index]!;
    if (char === '"' || char === "'") {
      let end = index + 1;
      while (end < code.length && code[end] !== char) end += code[end] === "\\" ? 2 : 1;
      if (end >= code.length) return true;
      index = end;
      top += " ";
    } else if ("([{".includes(char)) depth++;
    else if (")]}".includes(char)) depth--;
    else if (depth === 0) top += char;
  }
  return /\bif\b|\blambda\b|:=/.test(top);
}

/** "inputs" / "outputs" when an attribute with this key is recorded only if the app's Sentry settings allow it. */
export function contentKind(key: string, options: EngineOptions): "inputs" | "outputs" | undefined {
  return isRecorded(key, options) ? runTimeContentKind(key, options) : undefined;
}

export function attrLine(attr: Attr, spanVar: string, api: SentryApi): string {
  if (attr.namesSpan !== undefined)
    return `_sentry_name_from_model(${spanVar}, ${pyString(attr.namesSpan)}, ${attr.code})`;
  return attr.mayBeNone
    ? `_sentry_set(${spanVar}, ${pyString(attr.key)}, ${attr.code})`
    : setAttribute(api, spanVar, pyString(attr.key), attr.code);
}

/** The span's start attributes (3.x: the literal ones, in `start_span(attributes=...)`) and the lines set after it. */
export function splitStart(
  attrs: Attr[],
  spanVar: string,
  api: SentryApi,
): { start: Array<[string, string]>; lines: string[] } {
  const atStart = startAttributes(api, attrs);
  return {
    start: attrs.filter((attr) => atStart.has(attr.key)).map((attr) => [attr.key, attr.code]),
    lines: attrs.filter((attr) => !atStart.has(attr.key)).map((attr) => attrLine(attr, spanVar, api)),
  };
}

/**
 * The span name as Python: a literal when the subject is known, an f-string reading the same expression
 * the code already has (`f"chat {model}"`) when it is a simple expression, else just the prefix.
 */
export function spanNameCode(
  prefix: string,
  subject: { static?: string; expr?: string } | undefined,
): { code: string; display: string } {
  if (subject?.static !== undefined)
    return { code: pyString(`${prefix} ${subject.static}`), display: `${prefix} ${subject.static}` };
  if (subject?.expr !== undefined) {
    const expr = subject.expr;
    const escapedPrefix = prefix.replace(/[{}]/g, (brace) => brace + brace);
    if (/^[\w.]+$/.test(expr))
      return { code: `f${pyString(`${escapedPrefix} {${expr}}`)}`, display: `${prefix} {${expr}}` };
    return { code: `${pyString(`${prefix} `)} + str(${expr})`, display: `${prefix} {${expr}}` };
  }
  return { code: pyString(prefix), display: prefix };
}

const get = fieldRead;

function jsonList(code: string, path: FieldPath): string {
  return isScalarPath(path) ? `_sentry_json(${code}, as_list=True)` : `_sentry_json(${code})`;
}

/**
 * Attributes read from what an LLM call or an agent run returned. `namesSpan`: the request named no model, so
 * the response's model stands for it and renames the span, whose name is this prefix alone until then.
 */
export function responseAttrs(shape: ResponseShape, result: string, namesSpan?: string): Attr[] {
  const attrs: Attr[] = [];
  if (namesSpan !== undefined && shape.model)
    attrs.push({ ...dynamicAttr(ATTR.requestModel, get(result, shape.model)), namesSpan });
  if (shape.text) attrs.push(dynamicAttr(ATTR.responseText, jsonList(get(result, shape.text), shape.text)));
  if (shape.toolCalls) attrs.push(dynamicAttr(ATTR.responseToolCalls, `_sentry_json(${get(result, shape.toolCalls)})`));
  if (shape.model) attrs.push(dynamicAttr(ATTR.responseModel, get(result, shape.model)));
  if (shape.id) attrs.push(dynamicAttr(ATTR.responseId, get(result, shape.id)));
  if (shape.finishReasons)
    attrs.push(dynamicAttr(ATTR.finishReasons, jsonList(get(result, shape.finishReasons), shape.finishReasons)));
  const usage = shape.usage;
  if (usage) {
    const inputParts = usage.input ? [usage.input, ...(usage.inputAlsoCounts ?? [])] : [];
    const input =
      inputParts.length > 1
        ? `_sentry_sum(${inputParts.map((part) => get(result, part)).join(", ")})`
        : inputParts.length
          ? get(result, inputParts[0])
          : undefined;
    if (input) attrs.push(dynamicAttr(ATTR.inputTokens, input));
    if (usage.output) attrs.push(dynamicAttr(ATTR.outputTokens, get(result, usage.output)));
    if (usage.total) attrs.push(dynamicAttr(ATTR.totalTokens, get(result, usage.total)));
    else if (usage.totalIsSum && usage.output) {
      attrs.push(
        dynamicAttr(
          ATTR.totalTokens,
          `_sentry_sum(${[...inputParts, usage.output].map((part) => get(result, part)).join(", ")})`,
        ),
      );
    }
  }
  return attrs;
}
