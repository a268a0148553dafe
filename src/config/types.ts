import type { RuleId, RuleLevel } from "../rules/findings";
import type { ConventionsName } from "../core/conventions";
import type { SdkDescriptor } from "../sdks/types/calls";
import type { PySdkDescriptor } from "../sdks/types/python";
import { defaultRuleLevels } from "./rule-levels";

/** The project's settings once read and validated, and their defaults. docs/config.md documents every key. */

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
export const RECORDING_MODES = ["always", "auto", "never"] as const;

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
