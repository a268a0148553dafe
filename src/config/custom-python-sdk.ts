import type { OperationName } from "../core/conventions";
import type { PyArgument, PyEntry, PyOperation, PyRequestShape, PySdkDescriptor } from "../sdks/types/python";
import { callTarget, type CallForm } from "./call-target";
import type { Checker } from "./checker";
import { type CustomCall, customSdkShape } from "./custom-sdk-shape";
import { responseShape } from "./response-shape";

/**
 * A `customSdks` entry with `"language": "python"`: an in-house Python LLM client described in the config file,
 * turned into the Python catalog's own descriptor (`PySdkDescriptor`), so the Python engine treats it like the
 * built-in SDKs. docs/config.md ("Custom SDKs in Python") documents every key. The checks report each problem as
 * `key.path: what is wrong, what to write`, through the config file's checker (checker.ts).
 */

export type CustomSdkEntry<Js> = { language: "javascript"; sdk: Js } | { language: "python"; sdk: PySdkDescriptor };

const LANGUAGES = ["javascript", "python"] as const;

/**
 * One `customSdks` entry: its `language` (default `javascript`) decides which reader gets the rest of it. The
 * JavaScript reader (config.ts) is handed the entry without the `language` key.
 */
export function customSdkEntry<Js>(
  check: Checker,
  value: unknown,
  key: string,
  readJavaScript: (value: unknown, key: string) => Js | undefined,
): CustomSdkEntry<Js> | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value) || !("language" in value)) {
    const sdk = readJavaScript(value, key);
    return sdk === undefined ? undefined : { language: "javascript", sdk };
  }
  const { language: rawLanguage, ...rest } = value as Record<string, unknown>;
  const language = check.oneOf(rawLanguage, `${key}.language`, LANGUAGES);
  if (language === "python") {
    const sdk = customPythonSdk(check, rest, key);
    return sdk && { language, sdk };
  }
  if (language === undefined) return undefined;
  const sdk = readJavaScript(rest, key);
  return sdk === undefined ? undefined : { language, sdk };
}

const CLIENT_KEYS = ["export", "asyncExport", "kind", "modelAtCreation"];
const REQUEST_KEYS = ["model", "messages", "prompt", "system", "tools", "embeddingsInput"] as const;
const CALL_KEYS = [
  "path",
  "operation",
  ...REQUEST_KEYS,
  "streamFlag",
  "params",
  "async",
  "text",
  "toolCalls",
  "responseModel",
  "responseId",
  "finishReasons",
  "usage",
  "streaming",
];
/** The keyword each request key's messages suggest. */
const EXAMPLES: Record<(typeof REQUEST_KEYS)[number], string> = {
  model: "model",
  messages: "messages",
  prompt: "prompt",
  system: "system",
  tools: "tools",
  embeddingsInput: "input",
};
const OPERATIONS: readonly OperationName[] = ["chat", "embeddings", "text_completion", "generate_content"];

const MODULE_PATH = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/;
const IDENTIFIER = /^[A-Za-z_]\w*$/;
const METHOD_PATH = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/;

/** A Python client: `module`, a `client` with `calls`, and/or module-level `functions`. */
export function customPythonSdk(check: Checker, value: unknown, key: string): PySdkDescriptor | undefined {
  return customSdkShape<PyEntry, PyOperation, Pick<PySdkDescriptor["kinds"][number], "modelAtCreation">>(
    check,
    value,
    key,
    {
      modules: (raw, rawKey) => modulePaths(check, raw, rawKey),
      clientKeys: CLIENT_KEYS,
      call: (raw, rawKey, form) => customPythonCall(check, raw, rawKey, form),
      client: (client, clientKey, kindId) => {
        const identifier = (raw: unknown, rawKey: string): string | undefined =>
          check.matching(raw, rawKey, IDENTIFIER, "the name the module exports, such as AcmeClient");
        const exportName = check.required(client, "export", clientKey, identifier);
        const asyncExport = check.optional(client, "asyncExport", clientKey, identifier);
        const kind = check.optional(client, "kind", clientKey, (raw, rawKey) =>
          check.oneOf(raw, rawKey, ["constructor", "factory", "instance"] as const),
        );
        const modelAtCreation = check.optional(client, "modelAtCreation", clientKey, (raw, rawKey) =>
          argumentList(check, raw, rawKey),
        );
        const how = kind === "instance" ? "value" : "construct";
        const entries: PyEntry[] = [];
        if (exportName) entries.push({ export: exportName, how, produces: kindId });
        if (asyncExport) entries.push({ export: asyncExport, how, produces: kindId, async: true });
        return { entries, kind: modelAtCreation ? { modelAtCreation } : {} };
      },
      functionEntry: (exportName, operation) => ({ export: exportName, how: "call", operation }),
      clientHint: "name the class or factory that makes the client",
    },
  );
}

/** One method of the client (`path`) or one module-level function (`export`), as a catalog operation. */
function customPythonCall(
  check: Checker,
  value: unknown,
  key: string,
  form: CallForm,
): CustomCall<PyOperation> | undefined {
  const target = callTarget(check, value, key, form, CALL_KEYS, {
    path: { pattern: METHOD_PATH, what: "a method path from the client, such as chat.send" },
    export: { pattern: IDENTIFIER, what: "the function's name in the module, such as complete" },
  });
  if (!target) return undefined;
  const { call, path, exportName } = target;
  const request: PyRequestShape = {};
  for (const name of REQUEST_KEYS) {
    const found = check.optional(call, name, key, (raw, rawKey) => argument(check, raw, rawKey, EXAMPLES[name]));
    if (found) request[name] = found;
  }
  const streamFlag = check.optional(call, "streamFlag", key, (raw, rawKey) =>
    check.matching(raw, rawKey, IDENTIFIER, "the keyword that makes the call stream, such as stream"),
  );
  if (streamFlag) request.streamFlag = streamFlag;
  if (check.optional(call, "params", key, (raw, rawKey) => check.boolean(raw, rawKey))) request.params = true;
  const operation =
    check.optional(call, "operation", key, (raw, rawKey) => check.oneOf(raw, rawKey, OPERATIONS)) ?? "chat";
  const isAsync = check.optional(call, "async", key, (raw, rawKey) => check.boolean(raw, rawKey));
  const streaming = check.optional(call, "streaming", key, (raw, rawKey) => check.boolean(raw, rawKey));
  const op: PyOperation = {
    path,
    operation,
    request,
    response: responseShape(check, call, key),
    ...(isAsync ? { async: true } : {}),
    ...(streaming ? { streaming: true } : {}),
  };
  return { operation: op, exportName };
}

/**
 * Where a call takes a value: a keyword (`"history"`), or `{ "keyword": "history", "position": 1 }` when it may
 * also be passed by position, with `path` for a field inside the argument's value (`{ "keyword": "config",
 * "path": "system" }`).
 */
function argument(check: Checker, value: unknown, key: string, example: string): PyArgument | undefined {
  const what = `a keyword such as "${example}", or { "keyword": "${example}", "position": 0 }`;
  if (typeof value === "string") return keyword(check, value, key, what);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    check.fail(key, `expected ${what}, got ${shown(value)}`);
    return undefined;
  }
  const spec = check.object(value, key, ["keyword", "position", "path"]);
  if (!spec) return undefined;
  if (!("keyword" in spec)) {
    check.fail(
      `${key}.keyword`,
      `required: the parameter's name, such as "${example}" ("position" alone is not enough)`,
    );
    return undefined;
  }
  const name = check.required(spec, "keyword", key, (raw, rawKey) =>
    check.matching(raw, rawKey, IDENTIFIER, `the parameter's name, such as ${example}`),
  );
  const position = check.optional(spec, "position", key, (raw, rawKey) => check.integer(raw, rawKey, 0));
  const path = check.optional(spec, "path", key, (raw, rawKey) => check.fieldPath(raw, rawKey));
  if (name === undefined) return undefined;
  return { keyword: name, ...(position !== undefined ? { position } : {}), ...(path !== undefined ? { path } : {}) };
}

function keyword(check: Checker, value: string, key: string, what: string): PyArgument | undefined {
  const name = check.matching(value, key, IDENTIFIER, what);
  return name === undefined ? undefined : { keyword: name };
}

/** `modelAtCreation`: one argument or a list of them, each as in a call. */
function argumentList(check: Checker, value: unknown, key: string): PyArgument[] | undefined {
  const items = Array.isArray(value) ? value : [value];
  const found = items.map((item, index) =>
    argument(check, item, Array.isArray(value) ? `${key}[${index}]` : key, "model"),
  );
  return found.every((item): item is PyArgument => item !== undefined) && found.length > 0 ? found : undefined;
}

/** A Python module path (`acme_llm`, `acme.llm`), or a list of them. */
function modulePaths(check: Checker, value: unknown, key: string): string[] | undefined {
  const items = typeof value === "string" ? [value] : Array.isArray(value) && value.length > 0 ? value : undefined;
  const what = "a Python module path such as acme_llm or acme.llm, or a non-empty list of them";
  if (!items || !items.every((item): item is string => typeof item === "string" && MODULE_PATH.test(item))) {
    check.fail(key, `expected ${what}, got ${shown(value)}`);
    return undefined;
  }
  return items;
}

function shown(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" && value !== null ? "an object" : JSON.stringify(value);
}
