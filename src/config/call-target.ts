import type { Checker } from "./checker";

/** How a custom call is reached: a method of the client (`path`) or a function the module exports (`export`). */
export type CallForm = "method" | "function";

/** What a `path` or an `export` must look like in one language, and what its message asks for. */
export interface NameRule {
  pattern: RegExp;
  what: string;
}

/**
 * A custom call's object and its target, the same for JavaScript and Python custom SDKs: a method names its
 * `path`, a function its `export` (and may not have `path`). Each language keeps its own name rules and
 * messages; the other keys are the caller's to read.
 */
export function callTarget(
  check: Checker,
  value: unknown,
  key: string,
  form: CallForm,
  callKeys: readonly string[],
  rules: { path: NameRule; export: NameRule },
): { call: Record<string, unknown>; path: string; exportName?: string } | undefined {
  const call = check.object(
    value,
    key,
    form === "method" ? callKeys : ["export", ...callKeys.filter((name) => name !== "path")],
  );
  if (!call) return undefined;
  const name = (field: "path" | "export"): string | undefined =>
    check.required(call, field, key, (raw, rawKey) =>
      check.matching(raw, rawKey, rules[field].pattern, rules[field].what),
    );
  return form === "method" ? { call, path: name("path") ?? "" } : { call, path: "", exportName: name("export") };
}
