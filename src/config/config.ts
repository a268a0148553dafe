import * as fs from "node:fs";
import * as path from "node:path";
import type { RuleId, RuleLevel } from "../rules/findings";
import { isRuleId, RULE_IDS, RULES } from "../rules";
import type { ConventionsName, OperationName } from "../core/conventions";
import type {
  ClientKind,
  OperationShape,
  RequestShape,
  ResponseShape,
  SdkDescriptor,
  SdkEntry,
  UsageShape,
} from "../sdks/types/calls";
import type { EngineOptions } from "../core/types";
import type { PySdkDescriptor } from "../sdks/types/python";
import { customSdkEntry } from "./custom-python-sdk";

/**
 * The project's settings: `sentry-ai-codemod.config.json`, or a `sentryAiCodemod` key in package.json, found by
 * walking up from the working directory (the nearest one wins). Validated by hand so every error names the key
 * path that is wrong (`rules.missing-span: expected "off" | "warn" | "error", got "loud"`). docs/config.md
 * documents every key.
 */

export const CONFIG_FILE_NAME = "sentry-ai-codemod.config.json";
export const PACKAGE_JSON_KEY = "sentryAiCodemod";

/** A custom agent class: `new Agent({ name })` then `agent.run(...)` is an agent run. */
export interface AgentClassConfig {
  module: string;
  export: string;
  /** Methods that run the agent (default `["run"]`). */
  runMethods: string[];
  /** Constructor option holding the agent's name (default `name`). */
  nameOption: string;
  /** Constructor option holding the agent's model, when it has one. */
  modelOption?: string;
}

/** A custom tool factory: `tool({ name, execute })` defines a tool whose `execute` is a tool run. */
export interface ToolFactoryConfig {
  module: string;
  export: string;
  /** Option holding the tool's name (default `name`). */
  nameOption: string;
  /** Option holding the tool's description (default `description`). */
  descriptionOption: string;
  /** Option holding the function that runs the tool (default `execute`). */
  executeOption: string;
}

export interface ResolvedConfig {
  /** Directory include/exclude globs are relative to: the config file's, or the working directory. */
  baseDir: string;
  include: string[];
  exclude: string[];
  rules: Record<RuleId, RuleLevel>;
  conventions: ConventionsName;
  sentryPackage?: string;
  /** `always`, `auto` (the app's Sentry settings decide at run time) or `never`, as `--record-inputs`. */
  recordInputs: RecordingMode;
  recordOutputs: RecordingMode;
  skipAutoInstrumented: boolean;
  /** AI SDK `generateText` with tools and a step limit is an agent run (`gen_ai.invoke_agent`), not an LLM call. */
  aiSdkLoopsAsAgents: boolean;
  /** Custom SDKs, already in the catalog's own shape: the engine treats them like the built-in ones. */
  customSdks: SdkDescriptor[];
  /** The `customSdks` entries with `"language": "python"`, in the Python catalog's shape (custom-python-sdk.ts). */
  customPythonSdks: PySdkDescriptor[];
  agentClasses: AgentClassConfig[];
  toolFactories: ToolFactoryConfig[];
}

export type RecordingMode = "always" | "auto" | "never";
const RECORDING_MODES = ["always", "auto", "never"] as const;

export class ConfigError extends Error {
  constructor(
    /** The file at fault, or the command-line flag (`--severity`). */
    readonly source: string,
    /** Each problem as `key.path: what is wrong`. */
    readonly problems: string[],
  ) {
    super(problems.map((problem) => `${source}: ${problem}`).join("\n"));
    this.name = "ConfigError";
  }
}

export function defaultRuleLevels(): Record<RuleId, RuleLevel> {
  return Object.fromEntries(RULES.map((rule) => [rule.id, rule.defaultSeverity])) as Record<RuleId, RuleLevel>;
}

export function defaultConfig(baseDir: string): ResolvedConfig {
  return {
    baseDir,
    include: [],
    exclude: [],
    rules: defaultRuleLevels(),
    conventions: "default",
    recordInputs: "auto",
    recordOutputs: "auto",
    skipAutoInstrumented: false,
    aiSdkLoopsAsAgents: false,
    customSdks: [],
    customPythonSdks: [],
    agentClasses: [],
    toolFactories: [],
  };
}

/** The engine settings the config file holds (command-line flags go on top). */
export function configEngineOptions(config: ResolvedConfig): EngineOptions {
  return {
    conventions: config.conventions,
    recordInputs: config.recordInputs !== "never",
    recordOutputs: config.recordOutputs !== "never",
    recordInputsAuto: config.recordInputs === "auto",
    recordOutputsAuto: config.recordOutputs === "auto",
    skipAutoInstrumented: config.skipAutoInstrumented,
    aiSdkLoopsAsAgents: config.aiSdkLoopsAsAgents,
    ...(config.sentryPackage ? { sentryPackage: config.sentryPackage } : {}),
  };
}

/**
 * Finds and validates the configuration for `cwd`. `explicitPath` (a `--config` flag) skips the search.
 * path is undefined when no configuration exists (the defaults apply).
 */
export function loadConfig(cwd: string, explicitPath?: string): { config: ResolvedConfig; path?: string } {
  const found = explicitPath ? readExplicit(path.resolve(cwd, explicitPath)) : findConfig(path.resolve(cwd));
  if (!found) return { config: defaultConfig(path.resolve(cwd)) };
  const config = validateConfig(found.raw, path.dirname(found.file), found.keyPrefix, found.file);
  return { config, path: found.file };
}

interface FoundConfig {
  file: string;
  raw: unknown;
  /** `sentryAiCodemod.` when the settings sit inside package.json. */
  keyPrefix: string;
}

function findConfig(start: string): FoundConfig | undefined {
  for (let directory = start; ; directory = path.dirname(directory)) {
    const configFile = path.join(directory, CONFIG_FILE_NAME);
    if (fs.existsSync(configFile)) return { file: configFile, raw: readJson(configFile), keyPrefix: "" };
    const manifestFile = path.join(directory, "package.json");
    if (fs.existsSync(manifestFile)) {
      const manifest = readJson(manifestFile);
      if (isPlainObject(manifest) && PACKAGE_JSON_KEY in manifest) {
        return { file: manifestFile, raw: manifest[PACKAGE_JSON_KEY], keyPrefix: `${PACKAGE_JSON_KEY}.` };
      }
    }
    if (path.dirname(directory) === directory) return undefined;
  }
}

function readExplicit(file: string): FoundConfig {
  if (!fs.existsSync(file)) throw new ConfigError(file, ["file not found"]);
  const raw = readJson(file);
  if (path.basename(file) === "package.json") {
    if (!isPlainObject(raw) || !(PACKAGE_JSON_KEY in raw))
      throw new ConfigError(file, [`no "${PACKAGE_JSON_KEY}" key`]);
    return { file, raw: raw[PACKAGE_JSON_KEY], keyPrefix: `${PACKAGE_JSON_KEY}.` };
  }
  return { file, raw, keyPrefix: "" };
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as unknown;
  } catch (error) {
    throw new ConfigError(file, [`not valid JSON (${(error as Error).message})`]);
  }
}

/**
 * `--severity rule=level` flags, on top of the configured levels. Unknown rules and levels are usage errors.
 */
export function applySeverityOverrides(
  rules: Record<RuleId, RuleLevel>,
  overrides: readonly string[],
): Record<RuleId, RuleLevel> {
  const merged = { ...rules };
  const problems: string[] = [];
  for (const override of overrides) {
    const [rule, level, extra] = override.split("=").map((part) => part.trim());
    if (level === undefined || extra !== undefined) {
      problems.push(`expected rule=off|warn|error, got ${JSON.stringify(override)}`);
    } else if (!isRuleId(rule)) {
      problems.push(`unknown rule ${JSON.stringify(rule)} (rules: ${RULE_IDS.join(", ")})`);
    } else if (!isRuleLevel(level)) {
      problems.push(`${rule}: expected "off" | "warn" | "error", got ${JSON.stringify(level)}`);
    } else {
      merged[rule] = level;
    }
  }
  if (problems.length > 0) throw new ConfigError("--severity", problems);
  return merged;
}

const RULE_LEVELS: readonly RuleLevel[] = ["off", "warn", "error"];

function isRuleLevel(value: unknown): value is RuleLevel {
  return (RULE_LEVELS as readonly unknown[]).includes(value);
}

const AI_REQUEST_OPERATIONS: readonly OperationName[] = ["chat", "embeddings", "text_completion", "generate_content"];

/** Validates a raw configuration object; every problem found is reported at once. */
export function validateConfig(
  raw: unknown,
  baseDir: string,
  keyPrefix = "",
  source = CONFIG_FILE_NAME,
): ResolvedConfig {
  const check = new Checker(keyPrefix);
  const config = defaultConfig(baseDir);
  const root = check.object(raw, "", [
    "$schema",
    "include",
    "exclude",
    "rules",
    "conventions",
    "sentryPackage",
    "recordInputs",
    "recordOutputs",
    "skipAutoInstrumented",
    "aiSdkLoopsAsAgents",
    "customSdks",
    "agentClasses",
    "toolFactories",
  ]);
  if (root) {
    config.include = check.optional(root, "include", "", (value, key) => check.stringArray(value, key)) ?? [];
    config.exclude = check.optional(root, "exclude", "", (value, key) => check.stringArray(value, key)) ?? [];
    const rules = check.optional(root, "rules", "", (value, key) => check.object(value, key, RULE_IDS));
    for (const [rule, level] of Object.entries(rules ?? {})) {
      if (!isRuleId(rule)) continue;
      if (isRuleLevel(level)) config.rules[rule] = level;
      else check.fail(`rules.${rule}`, `expected "off" | "warn" | "error", got ${describe(level)}`);
    }
    config.conventions =
      check.optional(root, "conventions", "", (value, key) =>
        check.oneOf(value, key, ["default", "legacy"] as const),
      ) ?? "default";
    config.sentryPackage = check.optional(root, "sentryPackage", "", (value, key) => check.string(value, key));
    config.recordInputs =
      check.optional(root, "recordInputs", "", (value, key) => recordingMode(check, value, key)) ?? "auto";
    config.recordOutputs =
      check.optional(root, "recordOutputs", "", (value, key) => recordingMode(check, value, key)) ?? "auto";
    config.skipAutoInstrumented =
      check.optional(root, "skipAutoInstrumented", "", (value, key) => check.boolean(value, key)) ?? false;
    config.aiSdkLoopsAsAgents =
      check.optional(root, "aiSdkLoopsAsAgents", "", (value, key) => check.boolean(value, key)) ?? false;
    const sdks = check.optionalList(root, "customSdks", (value, key) =>
      customSdkEntry(check, value, key, (entry) => customSdk(check, entry, key)),
    );
    config.customSdks = sdks.flatMap((entry) => (entry.language === "javascript" ? [entry.sdk] : []));
    config.customPythonSdks = sdks.flatMap((entry) => (entry.language === "python" ? [entry.sdk] : []));
    config.agentClasses = check.optionalList(root, "agentClasses", (value, key) => agentClass(check, value, key));
    config.toolFactories = check.optionalList(root, "toolFactories", (value, key) => toolFactory(check, value, key));
  }
  if (check.problems.length > 0) throw new ConfigError(source, check.problems);
  return config;
}

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

/** `recordInputs` / `recordOutputs`: a mode, or a boolean (`true` is `auto`, `false` is `never`). */
function recordingMode(check: Checker, value: unknown, key: string): RecordingMode | undefined {
  if (typeof value === "boolean") return value ? "auto" : "never";
  if (typeof value === "string" && (RECORDING_MODES as readonly string[]).includes(value))
    return value as RecordingMode;
  check.fail(key, `expected "always" | "auto" | "never" (or true / false), got ${describe(value)}`);
  return undefined;
}

function customSdk(check: Checker, value: unknown, key: string): SdkDescriptor | undefined {
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
  form: "method" | "function",
): { shape: OperationShape; exportName?: string } | undefined {
  const call = check.object(
    value,
    key,
    form === "method" ? CALL_KEYS : ["export", ...CALL_KEYS.filter((name) => name !== "path")],
  );
  if (!call) return undefined;
  let methodPath = "";
  let exportName: string | undefined;
  if (form === "method") {
    methodPath =
      check.required(call, "path", key, (raw, rawKey) =>
        check.matching(raw, rawKey, METHOD_PATH, "a method path such as chat.send"),
      ) ?? "";
  } else {
    exportName = check.required(call, "export", key, (raw, rawKey) =>
      check.matching(raw, rawKey, IDENTIFIER, "an export name"),
    );
  }
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
  const response: ResponseShape = {};
  const responseFields: Array<[string, keyof ResponseShape]> = [
    ["text", "text"],
    ["toolCalls", "toolCalls"],
    ["responseModel", "model"],
    ["responseId", "id"],
    ["finishReasons", "finishReasons"],
  ];
  for (const [name, field] of responseFields) {
    const found = fieldPath(name);
    if (found !== undefined) (response as Record<string, string>)[field] = found;
  }
  const usage = check.optional(call, "usage", key, (raw, rawKey) =>
    check.object(raw, rawKey, ["input", "output", "total"]),
  );
  if (usage) {
    const shape: UsageShape = {};
    for (const name of ["input", "output", "total"] as const) {
      const found = check.optional(usage, name, `${key}.usage`, (raw, rawKey) => check.fieldPath(raw, rawKey));
      if (found !== undefined) shape[name] = found;
    }
    if (shape.total === undefined && shape.input !== undefined && shape.output !== undefined) shape.totalIsSum = true;
    response.usage = shape;
  }
  const operation =
    check.optional(call, "operation", key, (raw, rawKey) => check.oneOf(raw, rawKey, AI_REQUEST_OPERATIONS)) ?? "chat";
  const streaming = check.optional(call, "streaming", key, (raw, rawKey) => check.boolean(raw, rawKey));
  const shape: OperationShape = { path: methodPath, operation, request, response, ...(streaming ? { streaming } : {}) };
  return { shape, exportName };
}

function agentClass(check: Checker, value: unknown, key: string): AgentClassConfig | undefined {
  const agent = check.object(value, key, ["module", "export", "runMethods", "nameOption", "modelOption"]);
  if (!agent) return undefined;
  const module = check.required(agent, "module", key, (raw, rawKey) => check.string(raw, rawKey));
  const exportName = check.required(agent, "export", key, (raw, rawKey) =>
    check.matching(raw, rawKey, EXPORT_NAME, "an export name"),
  );
  const runMethods = check.optional(agent, "runMethods", key, (raw, rawKey) =>
    check.stringArray(raw, rawKey, true),
  ) ?? ["run"];
  const nameOption = check.optional(agent, "nameOption", key, (raw, rawKey) => check.string(raw, rawKey)) ?? "name";
  const modelOption = check.optional(agent, "modelOption", key, (raw, rawKey) => check.string(raw, rawKey));
  if (module === undefined || exportName === undefined) return undefined;
  return { module, export: exportName, runMethods, nameOption, ...(modelOption !== undefined ? { modelOption } : {}) };
}

function toolFactory(check: Checker, value: unknown, key: string): ToolFactoryConfig | undefined {
  const factory = check.object(value, key, ["module", "export", "nameOption", "descriptionOption", "executeOption"]);
  if (!factory) return undefined;
  const module = check.required(factory, "module", key, (raw, rawKey) => check.string(raw, rawKey));
  const exportName = check.required(factory, "export", key, (raw, rawKey) =>
    check.matching(raw, rawKey, EXPORT_NAME, "an export name"),
  );
  const option = (name: string, fallback: string): string =>
    check.optional(factory, name, key, (raw, rawKey) => check.string(raw, rawKey)) ?? fallback;
  if (module === undefined || exportName === undefined) return undefined;
  return {
    module,
    export: exportName,
    nameOption: option("nameOption", "name"),
    descriptionOption: option("descriptionOption", "description"),
    executeOption: option("executeOption", "execute"),
  };
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const EXPORT_NAME = /^(?:default|[A-Za-z_$][\w$]*)$/;
const METHOD_PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;
/** The catalog's FieldPath language (src/sdks/types.ts): `choices[].message.content`, `content[type=text].text`. */
const FIELD_PATH =
  /^(?:[A-Za-z_$][\w$]*|\[(?:\d*|\?[A-Za-z_$][\w$]*|[A-Za-z_$][\w$]*=[^\]]+)\])(?:\.[A-Za-z_$][\w$]*|\[(?:\d*|\?[A-Za-z_$][\w$]*|[A-Za-z_$][\w$]*=[^\]]+)\])*$/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  return JSON.stringify(value);
}

/** Collects problems as `key.path: what` while reading values; each reader returns undefined for a bad value. */
class Checker {
  readonly problems: string[] = [];

  constructor(private readonly keyPrefix: string) {}

  fail(key: string, what: string): void {
    const full = key ? `${this.keyPrefix}${key}` : this.keyPrefix.replace(/\.$/, "");
    this.problems.push(full ? `${full}: ${what}` : what);
  }

  object<K extends string>(value: unknown, key: string, allowed: readonly K[]): Record<string, unknown> | undefined {
    if (!isPlainObject(value)) {
      this.fail(key, `expected an object, got ${describe(value)}`);
      return undefined;
    }
    for (const name of Object.keys(value)) {
      if (!(allowed as readonly string[]).includes(name)) {
        this.fail(join(key, name), `unknown key (expected one of ${allowed.join(", ")})`);
      }
    }
    return value;
  }

  optional<T>(
    object: Record<string, unknown>,
    name: string,
    parent: string,
    read: (value: unknown, key: string) => T | undefined,
  ): T | undefined {
    return name in object ? read(object[name], join(parent, name)) : undefined;
  }

  required<T>(
    object: Record<string, unknown>,
    name: string,
    parent: string,
    read: (value: unknown, key: string) => T | undefined,
  ): T | undefined {
    if (!(name in object)) {
      this.fail(join(parent, name), "required");
      return undefined;
    }
    return read(object[name], join(parent, name));
  }

  optionalList<T>(
    object: Record<string, unknown>,
    name: string,
    read: (value: unknown, key: string) => T | undefined,
    parent = "",
  ): T[] {
    if (!(name in object)) return [];
    const key = join(parent, name);
    const list = object[name];
    if (!Array.isArray(list)) {
      this.fail(key, `expected an array, got ${describe(list)}`);
      return [];
    }
    return list.map((item, index) => read(item, `${key}[${index}]`)).filter((item): item is T => item !== undefined);
  }

  string(value: unknown, key: string): string | undefined {
    if (typeof value === "string" && value.length > 0) return value;
    this.fail(key, `expected a non-empty string, got ${describe(value)}`);
    return undefined;
  }

  matching(value: unknown, key: string, pattern: RegExp, what: string): string | undefined {
    const text = this.string(value, key);
    if (text === undefined) return undefined;
    if (pattern.test(text)) return text;
    this.fail(key, `expected ${what}, got ${describe(text)}`);
    return undefined;
  }

  fieldPath(value: unknown, key: string): string | undefined {
    return this.matching(
      value,
      key,
      FIELD_PATH,
      "a field path such as usage.input_tokens or choices[].message.content",
    );
  }

  fieldPaths(value: unknown, key: string): string[] | undefined {
    const list = this.stringArray(value, key);
    return list?.every((item, index) => this.fieldPath(item, `${key}[${index}]`) !== undefined) ? list : undefined;
  }

  stringArray(value: unknown, key: string, nonEmpty = false): string[] | undefined {
    if (!Array.isArray(value) || value.some((item) => typeof item !== "string" || item.length === 0)) {
      this.fail(key, `expected an array of non-empty strings, got ${describe(value)}`);
      return undefined;
    }
    if (nonEmpty && value.length === 0) {
      this.fail(key, "expected at least one entry");
      return undefined;
    }
    return value as string[];
  }

  /** A module name, or several (`["@acme/llm", "@acme/llm/edge"]`). */
  stringOrStrings(value: unknown, key: string): string[] | undefined {
    if (typeof value === "string" && value.length > 0) return [value];
    if (
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((item) => typeof item === "string" && item.length > 0)
    ) {
      return value as string[];
    }
    this.fail(key, `expected a module name or a non-empty array of them, got ${describe(value)}`);
    return undefined;
  }

  boolean(value: unknown, key: string): boolean | undefined {
    if (typeof value === "boolean") return value;
    this.fail(key, `expected true or false, got ${describe(value)}`);
    return undefined;
  }

  integer(value: unknown, key: string, minimum: number): number | undefined {
    if (Number.isInteger(value) && (value as number) >= minimum) return value as number;
    this.fail(key, `expected an integer >= ${minimum}, got ${describe(value)}`);
    return undefined;
  }

  oneOf<T extends string>(value: unknown, key: string, values: readonly T[]): T | undefined {
    if ((values as readonly unknown[]).includes(value)) return value as T;
    this.fail(key, `expected ${values.map((item) => JSON.stringify(item)).join(" | ")}, got ${describe(value)}`);
    return undefined;
  }
}

function join(parent: string, name: string): string {
  return parent ? `${parent}.${name}` : name;
}
