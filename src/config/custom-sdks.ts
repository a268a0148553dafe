import type { OperationName } from "../core/conventions";
import type { ClientKind, OperationShape, RequestShape, SdkDescriptor, SdkEntry } from "../sdks/types/calls";
import { callTarget, type CallForm } from "./call-target";
import { IDENTIFIER, METHOD_PATH, type Checker } from "./checker";
import { responseShape } from "./response-shape";

/** The config's `customSdks`: each entry read into an `SdkDescriptor`, the catalog's own shape. */

const AI_REQUEST_OPERATIONS: readonly OperationName[] = ["chat", "embeddings", "text_completion", "generate_content"];

const CALL_REQUEST_KEYS = ["model", "messages", "prompt", "system", "tools", "embeddingsInput", "streamFlag"] as const;
const CALL_KEYS = [
  "path",
  "operation",
  "argument",
  "argumentIsInput",
  ...CALL_REQUEST_KEYS,
  "text",
  "toolCalls",
  "responseModel",
  "responseId",
  "finishReasons",
  "usage",
  "streaming",
];

export function customSdk(check: Checker, value: unknown, key: string): SdkDescriptor | undefined {
  const sdk = check.object(value, key, ["module", "id", "name", "system", "client", "calls", "functions"]);
  if (!sdk) return undefined;
  const modules = check.required(sdk, "module", key, (raw, rawKey) => check.stringOrStrings(raw, rawKey)) ?? [];
  const id = check.optional(sdk, "id", key, (raw, rawKey) => check.string(raw, rawKey)) ?? modules[0] ?? "custom";
  const kindId = `${id}.client`;
  const entries: SdkEntry[] = [];
  const kinds: ClientKind[] = [];

  const client = check.optional(sdk, "client", key, (raw, rawKey) =>
    check.object(raw, rawKey, ["export", "kind", "modelAtCreation"]),
  );
  const calls = check.optionalList(sdk, "calls", (raw, rawKey) => customCall(check, raw, rawKey, "method"), key);
  const functions = check.optionalList(
    sdk,
    "functions",
    (raw, rawKey) => customCall(check, raw, rawKey, "function"),
    key,
  );
  if (client) {
    const exportName = check.required(client, "export", `${key}.client`, (raw, rawKey) => check.string(raw, rawKey));
    const kind = check.optional(client, "kind", `${key}.client`, (raw, rawKey) =>
      check.oneOf(raw, rawKey, ["constructor", "instance"] as const),
    );
    const modelAtCreation = check.optional(client, "modelAtCreation", `${key}.client`, (raw, rawKey) =>
      check.fieldPaths(raw, rawKey),
    );
    if (exportName)
      entries.push({ export: exportName, how: kind === "instance" ? "value" : "construct", produces: kindId });
    kinds.push({
      id: kindId,
      operations: calls.map((call) => call.shape),
      ...(modelAtCreation ? { modelAtCreation } : {}),
    });
    if (calls.length === 0)
      check.fail(`${key}.calls`, 'required with "client": list the client methods that call the model');
  } else if (calls.length > 0) {
    check.fail(`${key}.client`, 'required with "calls": name the export that creates the client');
  }
  for (const fn of functions) {
    if (fn.exportName) entries.push({ export: fn.exportName, how: "call", operation: fn.shape });
  }
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

/** One method of a custom client (`path`) or one exported function (`export`), in the catalog's shape. */
function customCall(
  check: Checker,
  value: unknown,
  key: string,
  form: CallForm,
): { shape: OperationShape; exportName?: string } | undefined {
  const target = callTarget(check, value, key, form, CALL_KEYS, {
    path: { pattern: METHOD_PATH, what: "a method path such as chat.send" },
    export: { pattern: IDENTIFIER, what: "an export name" },
  });
  if (!target) return undefined;
  const { call, path: methodPath, exportName } = target;
  const fieldPath = (name: string): string | undefined =>
    check.optional(call, name, key, (raw, rawKey) => check.fieldPath(raw, rawKey));
  const request: RequestShape = {};
  const argument = check.optional(call, "argument", key, (raw, rawKey) => check.integer(raw, rawKey, 0));
  if (argument !== undefined) request.argument = argument;
  const argumentIsInput = check.optional(call, "argumentIsInput", key, (raw, rawKey) => check.boolean(raw, rawKey));
  if (argumentIsInput !== undefined) request.argumentIsInput = argumentIsInput;
  for (const name of CALL_REQUEST_KEYS) {
    const found = fieldPath(name);
    if (found !== undefined) request[name] = found;
  }
  const response = responseShape(check, call, key);
  const operation =
    check.optional(call, "operation", key, (raw, rawKey) => check.oneOf(raw, rawKey, AI_REQUEST_OPERATIONS)) ?? "chat";
  const streaming = check.optional(call, "streaming", key, (raw, rawKey) => check.boolean(raw, rawKey));
  const shape: OperationShape = { path: methodPath, operation, request, response, ...(streaming ? { streaming } : {}) };
  return { shape, exportName };
}
