import { ATTR, handoffSpanName, type SpanIdentity } from "../../core/conventions";
import { recordsAiContentLines, renameSpan, setAttribute, spanHeader, type SentryApi } from "./sentry-api";
import { pyString } from "./text";

/**
 * The module-level helpers the generated code calls, added once per file and only those it uses. Each is a
 * few lines, and none of them raises into the app.
 */

export type HelperName =
  | "_sentry_field"
  | "_sentry_each"
  | "_sentry_call"
  | "_sentry_json"
  | "_sentry_user_messages"
  | "_sentry_set"
  | "_sentry_sum"
  | "_sentry_name_from_model"
  | "_sentry_records_ai_content"
  | "_sentry_on_handoff";
export const HELPER_NAMES: HelperName[] = [
  "_sentry_field",
  "_sentry_each",
  "_sentry_call",
  "_sentry_json",
  "_sentry_user_messages",
  "_sentry_set",
  "_sentry_sum",
  "_sentry_name_from_model",
  "_sentry_records_ai_content",
  "_sentry_on_handoff",
];

/** `_sentry_name_from_model(span, operation, model)`: the response's model names a span whose request named none. */
export const NAME_FROM_MODEL = "_sentry_name_from_model";

/**
 * The ending of a stream block's recorder that also names the span from the snapshot's model
 * (`_sentry_record_openai_response_naming_span`): the block's request named no model.
 */
export const NAMING_RECORDER_SUFFIX = "_naming_span";

/** Helpers used by a piece of generated code. */
export function helpersUsedIn(code: string): Set<HelperName> {
  const used = new Set<HelperName>();
  for (const name of HELPER_NAMES) if (code.includes(`${name}(`)) used.add(name);
  return used;
}

/**
 * A helper's definition, in the file's indentation and line breaks. `jsonAvailable`: the module imports
 * `json` (else `_sentry_json` imports it itself, because the name is taken).
 */
export function helperSource(
  name: HelperName,
  unit: string,
  newline: string,
  api: SentryApi,
  jsonAvailable: boolean,
  /** The hand-off callback: its span, its parameters, and what it is (`openai-agents on_handoff`). */
  handoff: { identity: SpanIdentity; parameters: string[]; callbackOf: string },
): string {
  const i1 = unit;
  const i2 = unit + unit;
  const i3 = unit + unit + unit;
  let lines: string[];
  switch (name) {
    case "_sentry_field":
      lines = [
        "def _sentry_field(value, *steps):",
        `${i1}"""value.a.b, value["a"]["b"] for dicts, value[0] for an int step; None when a step is missing."""`,
        `${i1}try:`,
        `${i2}for step in steps:`,
        `${i3}if isinstance(step, int):`,
        `${i3}${i1}value = value[step]`,
        `${i3}else:`,
        `${i3}${i1}value = value.get(step) if isinstance(value, dict) else getattr(value, step, None)`,
        `${i2}return value`,
        `${i1}except Exception:`,
        `${i2}return None`,
      ];
      break;
    case "_sentry_each":
      lines = [
        "def _sentry_each(value):",
        `${i1}"""The items of a list or tuple; none for anything else (None, a missing field)."""`,
        `${i1}return value if isinstance(value, (list, tuple)) else ()`,
      ];
      break;
    case "_sentry_call":
      lines = [
        "def _sentry_call(value, method, *args):",
        `${i1}"""value.method(*args), or None when it is missing or raises."""`,
        `${i1}try:`,
        `${i2}return getattr(value, method)(*args)`,
        `${i1}except Exception:`,
        `${i2}return None`,
      ];
      break;
    case "_sentry_json":
      lines = [
        "def _sentry_json(value, as_list=False, text_as_is=False):",
        `${i1}"""Span data as JSON; None for None, an empty or all-None list, or what cannot be serialised."""`,
        ...(jsonAvailable ? [] : [`${i1}import json`]),
        `${i1}if text_as_is and isinstance(value, str):`,
        `${i2}return value`,
        `${i1}items = value if isinstance(value, (list, tuple)) else [value]`,
        `${i1}if all(item is None for item in items):`,
        `${i2}return None`,
        `${i1}try:`,
        `${i2}return json.dumps(items if as_list else value, default=lambda item: item.model_dump() if hasattr(item, "model_dump") else str(item))`,
        `${i1}except Exception:`,
        `${i2}return None`,
      ];
      break;
    case "_sentry_user_messages":
      lines = [
        "def _sentry_user_messages(value):",
        `${i1}"""A run's input as messages: a str is the user's one message, a list the messages as given."""`,
        `${i1}return [{"role": "user", "content": value}] if isinstance(value, str) else value`,
      ];
      break;
    case "_sentry_set":
      lines = [
        "def _sentry_set(span, key, value):",
        `${i1}"""span.${api.major === 3 ? "set_attribute" : "set_data"} for a value read at run time; skipped when it is None."""`,
        `${i1}if value is not None:`,
        `${i2}${setAttribute(api, "span", "key", "value")}`,
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
    case "_sentry_name_from_model":
      lines = [
        "def _sentry_name_from_model(span, operation, model):",
        `${i1}"""The request named no model: the response's model is recorded as the requested one and names the span."""`,
        `${i1}if model:`,
        `${i2}${setAttribute(api, "span", pyString(ATTR.requestModel), "model")}`,
        `${i2}${renameSpan(api, "span", 'f"{operation} {model}"')}`,
      ];
      break;
    case "_sentry_records_ai_content":
      // As sentry-sdk's AI integrations decide (sentry-api.ts). No client, or a client this does not know: nothing is recorded.
      lines = [
        "def _sentry_records_ai_content(kind):",
        `${i1}"""Whether the app's Sentry settings allow AI prompts ("inputs") or responses ("outputs") in spans."""`,
        `${i1}try:`,
        ...recordsAiContentLines(api, i1).map((line) => i2 + line),
        `${i1}except Exception:`,
        `${i2}return False`,
      ];
      break;
    case "_sentry_on_handoff": {
      const spanName = spanNameTemplate(handoffSpanName("\u0000from\u0000", "\u0000to\u0000"));
      const { identity } = handoff;
      lines = [
        "def _sentry_on_handoff(from_agent, to_agent):",
        `${i1}"""An ${handoff.callbackOf} callback that records a ${identity.op} span."""`,
        `${i1}def on_handoff(${handoff.parameters.join(", ")}):`,
        `${i2}${spanHeader(api, identity, spanName, "span")}`,
        `${i3}${setAttribute(api, "span", pyString(ATTR.operationName), '"handoff"')}`,
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
