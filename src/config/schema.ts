import { isRuleId, RULE_IDS } from "../rules";
import { Checker, describe, EXPORT_NAME } from "./checker";
import { customSdk } from "./custom-sdks";
import { customSdkEntry } from "./custom-python-sdk";
import { ConfigError } from "./errors";
import { isRuleLevel } from "./rule-levels";
import {
  CONFIG_FILE_NAME,
  defaultConfig,
  RECORDING_MODES,
  type AgentClassConfig,
  type RecordingMode,
  type ResolvedConfig,
  type ToolFactoryConfig,
} from "./types";

/**
 * Validation of a raw configuration object, by hand so every error names the key path that is wrong
 * (`rules.missing-span: expected "off" | "warn" | "error", got "loud"`), all problems at once.
 */

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

/** `recordInputs` / `recordOutputs`: a mode, or a boolean (`true` is `auto`, `false` is `never`). */
function recordingMode(check: Checker, value: unknown, key: string): RecordingMode | undefined {
  if (typeof value === "boolean") return value ? "auto" : "never";
  if (typeof value === "string" && (RECORDING_MODES as readonly string[]).includes(value))
    return value as RecordingMode;
  check.fail(key, `expected "always" | "auto" | "never" (or true / false), got ${describe(value)}`);
  return undefined;
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
