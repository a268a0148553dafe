import type { CallForm } from "./call-target";
import type { Checker } from "./checker";

/**
 * What a `customSdks` entry is in either language: `module`, `id`, `name`, `system`, a `client` with its `calls`,
 * and/or `functions`, with the "required with" checks between them. Each language reads its own client, calls
 * and entries (custom-sdks.ts for JavaScript, custom-python-sdk.ts for Python).
 */

const SDK_KEYS = ["module", "id", "name", "system", "client", "calls", "functions"];

/** One call read from `calls` (a client method) or `functions` (a module-level function). */
export interface CustomCall<Operation> {
  operation: Operation;
  exportName?: string;
}

/** How one language reads the parts of an entry that differ between languages. */
export interface CustomSdkReader<Entry, Operation, KindExtras> {
  /** The `module` value: one module name or a list of them. */
  modules: (value: unknown, key: string) => string[] | undefined;
  clientKeys: readonly string[];
  call: (value: unknown, key: string, form: CallForm) => CustomCall<Operation> | undefined;
  /** The client's entries (producing `kindId`), and what its kind has beside its operations (`modelAtCreation`). */
  client: (client: Record<string, unknown>, key: string, kindId: string) => { entries: Entry[]; kind: KindExtras };
  functionEntry: (exportName: string, operation: Operation) => Entry;
  /** What `client` must name, in the problem reported when `calls` come without it. */
  clientHint: string;
}

export interface CustomSdkShape<Entry, Operation, KindExtras> {
  id: string;
  displayName: string;
  modules: string[];
  system: string;
  entries: Entry[];
  kinds: Array<{ id: string; operations: Operation[] } & KindExtras>;
}

export function customSdkShape<Entry, Operation, KindExtras extends object>(
  check: Checker,
  value: unknown,
  key: string,
  reader: CustomSdkReader<Entry, Operation, KindExtras>,
): CustomSdkShape<Entry, Operation, KindExtras> | undefined {
  const sdk = check.object(value, key, SDK_KEYS);
  if (!sdk) return undefined;
  const modules = check.required(sdk, "module", key, reader.modules) ?? [];
  const id = check.optional(sdk, "id", key, (raw, rawKey) => check.string(raw, rawKey)) ?? modules[0] ?? "custom";
  const kindId = `${id}.client`;
  const entries: Entry[] = [];
  const kinds: CustomSdkShape<Entry, Operation, KindExtras>["kinds"] = [];
  const client = check.optional(sdk, "client", key, (raw, rawKey) => check.object(raw, rawKey, reader.clientKeys));
  const calls = check.optionalList(sdk, "calls", (raw, rawKey) => reader.call(raw, rawKey, "method"), key);
  const functions = check.optionalList(sdk, "functions", (raw, rawKey) => reader.call(raw, rawKey, "function"), key);
  if (client) {
    const read = reader.client(client, `${key}.client`, kindId);
    entries.push(...read.entries);
    kinds.push({ id: kindId, operations: calls.map((call) => call.operation), ...read.kind });
    if (calls.length === 0)
      check.fail(`${key}.calls`, 'required with "client": list the client methods that call the model');
  } else if (calls.length > 0) {
    check.fail(`${key}.client`, `required with "calls": ${reader.clientHint}`);
  }
  for (const fn of functions) if (fn.exportName) entries.push(reader.functionEntry(fn.exportName, fn.operation));
  if (!client && functions.length === 0) check.fail(key, 'expected "client" with "calls", or "functions"');
  return {
    id,
    displayName: check.optional(sdk, "name", key, (raw, rawKey) => check.string(raw, rawKey)) ?? id,
    modules,
    system: check.optional(sdk, "system", key, (raw, rawKey) => check.string(raw, rawKey)) ?? id,
    entries,
    kinds,
  };
}
