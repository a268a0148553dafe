import { ATTR, handoffSpanName, INPUT_CONTENT_ATTRIBUTES, OUTPUT_CONTENT_ATTRIBUTES, type SpanIdentity } from "../../core/conventions";
import type { FieldPath, ResponseShape } from "../../sdks/types/calls";
import type { EngineOptions } from "../../core/types";
import { pyString } from "./text";

/**
 * Python code generation: the span header, `set_data` lines and the small module-level helpers the
 * generated code calls. Everything that reads a result at run time goes through `_sentry_get` (never
 * raises, attributes or dict keys) and everything serialised goes through `_sentry_json` (never raises,
 * cycles and non-JSON values included).
 */

/** One attribute: a Python expression, and whether it may be None at run time (then `_sentry_set`). */
export interface Attr {
  key: string;
  code: string;
  mayBeNone: boolean;
}

export const staticAttr = (key: string, code: string): Attr => ({ key, code, mayBeNone: false });
export const dynamicAttr = (key: string, code: string): Attr => ({ key, code, mayBeNone: true });

/** Leave out content attributes the user did not want recorded. */
export function keep(attrs: Attr[], options: EngineOptions): Attr[] {
  return attrs.filter(
    (attr) => !(INPUT_CONTENT_ATTRIBUTES.has(attr.key) && !options.recordInputs) && !(OUTPUT_CONTENT_ATTRIBUTES.has(attr.key) && !options.recordOutputs),
  );
}

export function attrLine(attr: Attr, spanVar: string): string {
  return attr.mayBeNone ? `_sentry_set(${spanVar}, ${pyString(attr.key)}, ${attr.code})` : `${spanVar}.set_data(${pyString(attr.key)}, ${attr.code})`;
}

export function spanHeader(sentry: string, identity: SpanIdentity, nameCode: string, spanVar: string): string {
  return `with ${sentry}.start_span(op=${pyString(identity.op)}, name=${nameCode}) as ${spanVar}:`;
}

/**
 * The span name as Python: a literal when the subject is known, an f-string reading the same expression
 * the code already has (`f"chat {model}"`) when it is a simple expression, else just the prefix.
 */
export function spanNameCode(prefix: string, subject: { static?: string; expr?: string } | undefined): { code: string; display: string } {
  if (subject?.static !== undefined) return { code: pyString(`${prefix} ${subject.static}`), display: `${prefix} ${subject.static}` };
  if (subject?.expr !== undefined) {
    const expr = subject.expr;
    const escapedPrefix = prefix.replace(/[{}]/g, (brace) => brace + brace);
    if (/^[\w.]+$/.test(expr)) return { code: `f${pyString(`${escapedPrefix} {${expr}}`)}`, display: `${prefix} {${expr}}` };
    return { code: `${pyString(`${prefix} `)} + str(${expr})`, display: `${prefix} {${expr}}` };
  }
  return { code: pyString(prefix), display: prefix };
}

function get(result: string, path: FieldPath): string {
  return `_sentry_get(${result}, ${pyString(path)})`;
}

/** A path that ends up as one value (no `[]` and no filter) is wrapped in a list for list-valued attributes. */
function isScalarPath(path: FieldPath): boolean {
  return !/\[(\]|[^\]\d-][^\]]*\])/.test(path);
}

function jsonList(code: string, path: FieldPath): string {
  return isScalarPath(path) ? `_sentry_json(${code}, as_list=True)` : `_sentry_json(${code})`;
}

/** Attributes read from what an LLM call or an agent run returned. */
export function responseAttrs(shape: ResponseShape, result: string): Attr[] {
  const attrs: Attr[] = [];
  if (shape.text) attrs.push(dynamicAttr(ATTR.responseText, jsonList(get(result, shape.text), shape.text)));
  if (shape.toolCalls) attrs.push(dynamicAttr(ATTR.responseToolCalls, `_sentry_json(${get(result, shape.toolCalls)})`));
  if (shape.model) attrs.push(dynamicAttr(ATTR.responseModel, get(result, shape.model)));
  if (shape.id) attrs.push(dynamicAttr(ATTR.responseId, get(result, shape.id)));
  if (shape.finishReasons) attrs.push(dynamicAttr(ATTR.finishReasons, jsonList(get(result, shape.finishReasons), shape.finishReasons)));
  const usage = shape.usage;
  if (usage) {
    const inputParts = usage.input ? [usage.input, ...(usage.inputAlsoCounts ?? [])] : [];
    const input = inputParts.length > 1 ? `_sentry_sum(${inputParts.map((part) => get(result, part)).join(", ")})` : inputParts.length ? get(result, inputParts[0]) : undefined;
    if (input) attrs.push(dynamicAttr(ATTR.inputTokens, input));
    if (usage.output) attrs.push(dynamicAttr(ATTR.outputTokens, get(result, usage.output)));
    if (usage.total) attrs.push(dynamicAttr(ATTR.totalTokens, get(result, usage.total)));
    else if (usage.totalIsSum && usage.output) {
      attrs.push(dynamicAttr(ATTR.totalTokens, `_sentry_sum(${[...inputParts, usage.output].map((part) => get(result, part)).join(", ")})`));
    }
  }
  return attrs;
}

// ------------------------------------------------------------------ helpers

export type HelperName = "_sentry_get" | "_sentry_json" | "_sentry_set" | "_sentry_sum" | "_sentry_on_handoff";
export const HELPER_NAMES: HelperName[] = ["_sentry_get", "_sentry_json", "_sentry_set", "_sentry_sum", "_sentry_on_handoff"];

/** Helpers used by a piece of generated code. */
export function helpersUsedIn(code: string): Set<HelperName> {
  const used = new Set<HelperName>();
  for (const name of HELPER_NAMES) if (code.includes(`${name}(`)) used.add(name);
  return used;
}

/**
 * The helper definitions, in the file's indentation and line breaks. `jsonModule` is how `json` is reached
 * from module level (undefined: the helper imports it locally because the name is taken).
 */
export function helperSource(
  name: HelperName,
  unit: string,
  newline: string,
  sentry: string,
  jsonAvailable: boolean,
  /** The hand-off callback: its span, its parameters, and what it is (`openai-agents on_handoff`). */
  handoff: { identity: SpanIdentity; parameters: string[]; callbackOf: string },
): string {
  const i1 = unit;
  const i2 = unit + unit;
  const i3 = unit + unit + unit;
  let lines: string[];
  switch (name) {
    case "_sentry_get":
      lines = [
        "def _sentry_get(value, path):",
        `${i1}"""Read a path such as "choices[].message.content" from an SDK result: attributes or keys, [0] an`,
        `${i1}index, [] every item, [type=text] / [?text] the items that match, name() a call. None when missing or`,
        `${i1}empty; never raises."""`,
        `${i1}def field(item, name):`,
        `${i2}if name.endswith("()"):`,
        `${i3}method = getattr(item, name[:-2], None)`,
        `${i3}return method() if callable(method) else None`,
        `${i2}return item.get(name) if isinstance(item, dict) else getattr(item, name, None)`,
        "",
        `${i1}try:`,
        `${i2}items, many = [value], False`,
        `${i2}for step in path.replace("[", ".[").split("."):`,
        `${i3}if step == "[]":`,
        `${i3}${i1}items, many = [e for item in items for e in (item or [])], True`,
        `${i3}elif step.startswith("[?"):`,
        `${i3}${i1}items, many = [e for item in items for e in (item or []) if field(e, step[2:-1]) is not None], True`,
        `${i3}elif step.startswith("[") and "=" in step:`,
        `${i3}${i1}key, _, wanted = step[1:-1].partition("=")`,
        `${i3}${i1}items, many = [e for item in items for e in (item or []) if field(e, key) == wanted], True`,
        `${i3}elif step.startswith("["):`,
        `${i3}${i1}items = [item[int(step[1:-1])] for item in items]`,
        `${i3}elif step:`,
        `${i3}${i1}items = [field(item, step) for item in items]`,
        `${i3}items = [item for item in items if item is not None]`,
        `${i2}return (items or None) if many else (items[0] if items else None)`,
        `${i1}except Exception:`,
        `${i2}return None`,
      ];
      break;
    case "_sentry_json":
      lines = [
        "def _sentry_json(value, as_list=False, text_as_is=False):",
        `${i1}"""Span data as a JSON string; None for None, an empty or all-None list, or anything that cannot be`,
        `${i1}serialised. text_as_is keeps a str as it is. Never raises."""`,
        ...(jsonAvailable ? [] : [`${i1}import json`, ""]),
        `${i1}def default(item):`,
        `${i2}dump = getattr(item, "model_dump", None)`,
        `${i2}return dump() if callable(dump) else str(item)`,
        "",
        `${i1}if value is None:`,
        `${i2}return None`,
        `${i1}if text_as_is and isinstance(value, str):`,
        `${i2}return value`,
        `${i1}if as_list and not isinstance(value, (list, tuple)):`,
        `${i2}value = [value]`,
        `${i1}if isinstance(value, (list, tuple)) and all(item is None for item in value):`,
        `${i2}return None`,
        `${i1}try:`,
        `${i2}return json.dumps(value, default=default)`,
        `${i1}except Exception:`,
        `${i2}return None`,
      ];
      break;
    case "_sentry_set":
      lines = [
        "def _sentry_set(span, key, value):",
        `${i1}"""span.set_data for a value read at run time; skipped when it is None."""`,
        `${i1}if value is not None:`,
        `${i2}span.set_data(key, value)`,
      ];
      break;
    case "_sentry_sum":
      lines = [
        "def _sentry_sum(*values):",
        `${i1}"""Add token counts, ignoring missing ones; None when all are missing."""`,
        `${i1}numbers = [value for value in values if isinstance(value, (int, float))]`,
        `${i1}return sum(numbers) if numbers else None`,
      ];
      break;
    case "_sentry_on_handoff": {
      const name = spanNameTemplate(handoffSpanName("\u0000from\u0000", "\u0000to\u0000"));
      const { identity } = handoff;
      lines = [
        "def _sentry_on_handoff(from_agent, to_agent):",
        `${i1}"""An ${handoff.callbackOf} callback that records a ${identity.op} span."""`,
        `${i1}def on_handoff(${handoff.parameters.join(", ")}):`,
        `${i2}with ${sentry}.start_span(op=${pyString(identity.op)}, name=${name}) as span:`,
        `${i3}span.set_data(${pyString(ATTR.operationName)}, "handoff")`,
        "",
        `${i1}return on_handoff`,
      ];
      break;
    }
  }
  return lines.map((line) => (line.trim() ? line : "")).join(newline);
}

/** `handoff from \0from\0 to \0to\0` -> `f"handoff from {from_agent} to {to_agent}"`. */
function spanNameTemplate(template: string): string {
  const escaped = pyString(template.replace(/[{}]/g, (brace) => brace + brace));
  return `f${escaped.replace("\\u0000from\\u0000", "{from_agent}").replace("\\u0000to\\u0000", "{to_agent}")}`;
}
