import type { OperationName } from "../core/conventions";
import type { ClientKind, OperationShape, RequestShape, SdkDescriptor, SdkEntry } from "../sdks/types/calls";
import { callTarget, type CallForm } from "./call-target";
import { IDENTIFIER, METHOD_PATH, type Checker } from "./checker";
import { type CustomCall, customSdkShape } from "./custom-sdk-shape";
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
  return customSdkShape<SdkEntry, OperationShape, Pick<ClientKind, "modelAtCreation">>(check, value, key, {
    modules: (raw, rawKey) => check.stringOrStrings(raw, rawKey),
    clientKeys: ["export", "kind", "modelAtCreation"],
    call: (raw, rawKey, form) => customCall(check, raw, rawKey, form),
    client: (client, clientKey, kindId) => {
      const exportName = check.required(client, "export", clientKey, (raw, rawKey) => check.string(raw, rawKey));
      const kind = check.optional(client, "kind", clientKey, (raw, rawKey) =>
        check.oneOf(raw, rawKey, ["constructor", "instance"] as const),
      );
      const modelAtCreation = check.optional(client, "modelAtCreation", clientKey, (raw, rawKey) =>
        check.fieldPaths(raw, rawKey),
      );
      const how = kind === "instance" ? "value" : "construct";
      return {
        entries: exportName ? [{ export: exportName, how, produces: kindId }] : [],
        kind: modelAtCreation ? { modelAtCreation } : {},
      };
    },
    functionEntry: (exportName, operation) => ({ export: exportName, how: "call", operation }),
    clientHint: "name the export that creates the client",
  });
}

/** One method of a custom client (`path`) or one exported function (`export`), in the catalog's shape. */
function customCall(
  check: Checker,
  value: unknown,
  key: string,
  form: CallForm,
): CustomCall<OperationShape> | undefined {
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
  return { operation: shape, exportName };
}
