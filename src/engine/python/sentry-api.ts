import type { SpanIdentity } from "../../core/conventions";
import { pyString } from "./text";

/**
 * The one place that knows sentry-sdk's Python span API, per major: how a span starts (2.x `op=`, 3.x the
 * `sentry.op` attribute), how an attribute is set (`set_data` / `set_attribute`), how a span that outlives its
 * statement is marked failed and ended, and how the client's data-collection settings read. Everything else
 * emits through these functions, so code generation stays the same for both majors.
 */
export type SentryMajor = 2 | 3;

/** The API a file's output is written for: the project's sentry-sdk major (2 when it is not known). */
export interface SentryApi {
  major: SentryMajor;
  /** `sentry_sdk`, or the module's alias in the file. */
  module: string;
}

/** A Python literal (string, number, bool): safe to evaluate in the span's start arguments. */
const LITERAL = /^(?:"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|True|False)$/;

/** Attributes known when the span starts: on 3.x they go in `attributes={...}`, the rest are set after. */
export function startAttributes(
  api: SentryApi,
  attrs: ReadonlyArray<{ key: string; code: string; mayBeNone: boolean }>,
): Set<string> {
  const keys = new Set<string>();
  if (api.major !== 3) return keys;
  for (const attr of attrs) if (!attr.mayBeNone && LITERAL.test(attr.code)) keys.add(attr.key);
  return keys;
}

/** `start_span(...)`'s arguments. `attributes`: [key, Python literal] pairs known at start (3.x only). */
function startArguments(
  api: SentryApi,
  identity: SpanIdentity,
  nameCode: string,
  attributes: ReadonlyArray<[string, string]>,
  active: boolean,
): string {
  if (api.major === 2) return `op=${pyString(identity.op)}, name=${nameCode}`;
  const dict = [[ATTR_OP, pyString(identity.op)] as const, ...attributes]
    .map(([key, code]) => `${pyString(key)}: ${code}`)
    .join(", ");
  return `name=${nameCode}, attributes={${dict}}${active ? "" : ", active=False"}`;
}

const ATTR_OP = "sentry.op";

/** `start_span(...)`'s arguments for an op and a name that are Python expressions (a helper's parameters). */
export function dynamicStartArguments(api: SentryApi, opCode: string, nameCode: string): string {
  return api.major === 2
    ? `op=${opCode}, name=${nameCode}`
    : `name=${nameCode}, attributes={${pyString(ATTR_OP)}: ${opCode}}`;
}

/** `with sentry_sdk.start_span(...) as span:` */
export function spanHeader(
  api: SentryApi,
  identity: SpanIdentity,
  nameCode: string,
  spanVar: string,
  attributes: ReadonlyArray<[string, string]> = [],
): string {
  return `with ${api.module}.start_span(${startArguments(api, identity, nameCode, attributes, true)}) as ${spanVar}:`;
}

/** A span that outlives its statement (a stream): started here, not made current, ended by the stream helper. */
export function spanStart(
  api: SentryApi,
  identity: SpanIdentity,
  nameCode: string,
  spanVar: string,
  attributes: ReadonlyArray<[string, string]> = [],
): string {
  return `${spanVar} = ${api.module}.start_span(${startArguments(api, identity, nameCode, attributes, false)})`;
}

/** `span.set_data(key, value)` (2.x) or `span.set_attribute(key, value)` (3.x). */
export function setAttribute(api: SentryApi, spanVar: string, key: string, code: string): string {
  return `${spanVar}.${api.major === 3 ? "set_attribute" : "set_data"}(${key}, ${code})`;
}

/** Renames a started span: `span.description = name` (2.x) or `span.name = name` (3.x). */
export function renameSpan(api: SentryApi, spanVar: string, code: string): string {
  return `${spanVar}.${api.major === 3 ? "name" : "description"} = ${code}`;
}

/** The stream helper's end of a span: whether it has ended, marking it failed, ending it. */
export function spanEnding(api: SentryApi, spanVar: string): { ended: string; fail: string; end: string } {
  return api.major === 3
    ? { ended: `${spanVar}.end_timestamp is not None`, fail: `${spanVar}.status = "error"`, end: `${spanVar}.end()` }
    : {
        ended: `${spanVar}.timestamp is not None`,
        fail: `${spanVar}.set_status("internal_error")`,
        end: `${spanVar}.finish()`,
      };
}

/**
 * The body of `_sentry_records_ai_content(kind)`, inside its `try:` (the caller returns False on any error).
 * 2.x: `data_collection` has the last word when the app set it (or the client has no `send_default_pii`, as
 * on 3.x, which an unknown major gets this form for), else `send_default_pii`. 3.x resolves
 * `data_collection` for every client (its `gen_ai` inputs and outputs default to on); there is no Hub.
 */
export function recordsAiContentLines(api: SentryApi, i: string): string[] {
  const s = api.module;
  if (api.major === 3) return [`return bool(${s}.get_client().options["data_collection"]["gen_ai"][kind])`];
  return [
    `client = ${s}.get_client() if hasattr(${s}, "get_client") else ${s}.Hub.current.client`,
    `collection = client.options.get("data_collection")`,
    `if isinstance(collection, dict) and (collection.get("provided_by_user") or "send_default_pii" not in client.options):`,
    `${i}return bool((collection.get("gen_ai") or {}).get(kind, True))`,
    `return bool(client.options.get("send_default_pii"))`,
  ];
}
