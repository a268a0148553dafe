import { createEngine, type Engine } from "../engine/engine";
import type { AgentFramework } from "../sdks/types/agents";
import type { SdkDescriptor } from "../sdks/types/calls";
import type { PySdkDescriptor } from "../sdks/types/python";
import type { FileSource } from "../core/file-source";
import type { EngineOptions } from "../core/types";
import type { ResolvedConfig } from "./types";
import { configAgentFrameworks } from "./frameworks";

/**
 * Everything the engine takes from the config file and the command line, as plain data (it is posted to
 * `check`'s worker threads as is). `instrument`, `check`, `check --fix` and the jscodeshift transforms all build
 * their engine from this, so the same project is read the same way through every front door.
 */
export interface EngineSettings {
  engineOptions: EngineOptions;
  /** Custom SDKs from the config, added to the built-in catalog. */
  customSdks: SdkDescriptor[];
  /** Custom Python SDKs from the config (`"language": "python"`), added to the built-in Python catalog. */
  customPythonSdks: PySdkDescriptor[];
  /** Agent classes and tool factories from the config, as frameworks added to the built-in ones. */
  agentFrameworks: AgentFramework[];
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

/** The config file's settings, with the engine flags given on the command line on top (undefined: not given). */
export function engineSettings(config: ResolvedConfig, flags: Partial<EngineOptions> = {}): EngineSettings {
  const given = Object.fromEntries(
    Object.entries(flags).filter(([, value]) => value !== undefined),
  ) as Partial<EngineOptions>;
  return {
    engineOptions: { ...configEngineOptions(config), ...given },
    customSdks: config.customSdks,
    customPythonSdks: config.customPythonSdks,
    agentFrameworks: configAgentFrameworks(config),
  };
}

/** `files`: where the engine reads the project's other files (default: the working tree). */
export function engineFromSettings(settings: EngineSettings, files?: FileSource): Engine {
  return createEngine(settings.engineOptions, settings, files);
}
