import * as fs from "node:fs";
import * as path from "node:path";
import { applySeverityOverrides } from "../config/rule-levels";
import { ConfigError } from "../config/errors";
import { loadConfig } from "../config/load";
import { engineFromSettings, engineSettings } from "../config/engine-settings";
import { configFileFilter } from "../config/file-filter";
import { DEFAULT_EXTENSIONS, languageOf } from "../engine/engine";
import type { EngineOptions } from "../core/types";
import { BUILTIN_PYTHON_SDKS } from "../sdks/registry-python";
import { EXIT_CLEAN, EXIT_ERROR, type ExitCode } from "./exit-codes";

export interface PrintConfigOptions {
  /** The file whose configuration is printed (it need not pass any filter, but it must exist). */
  file: string;
  cwd: string;
  configPath?: string;
  severity: string[];
  /** Engine flags typed on the command line. */
  engine: Partial<EngineOptions>;
  extensions?: string[];
  ignore: string[];
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * `check --print-config <file>`: the settings a run would use for that file, as JSON: the config file found (or
 * given), with the flags on top and the defaults under them, whether the file is read at all (and if not, what
 * leaves it out), its language and the SDKs that apply. Nothing is checked. Exit 0, or 2 for a missing file or a
 * bad config.
 */
export function printConfig(options: PrintConfigOptions): ExitCode {
  const absolutePath = path.resolve(options.cwd, options.file);
  const fail = (message: string): ExitCode => {
    options.stderr.write(`sentry-ai-codemod: --print-config: ${message}\n`);
    return EXIT_ERROR;
  };
  const stat = fs.statSync(absolutePath, { throwIfNoEntry: false });
  if (!stat) return fail(`${options.file}: no such file (name a file to print the configuration for)`);
  if (!stat.isFile()) return fail(`${options.file}: not a file (name a file to print the configuration for)`);
  let loaded: ReturnType<typeof loadConfig>;
  let rules: ReturnType<typeof applySeverityOverrides>;
  try {
    loaded = loadConfig(options.cwd, options.configPath);
    rules = applySeverityOverrides(loaded.config.rules, options.severity);
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  const { config } = loaded;
  const settings = engineSettings(config, options.engine);
  const engine = engineFromSettings(settings);
  const extensions = options.extensions ?? DEFAULT_EXTENSIONS;
  const language = languageOf(absolutePath) ?? null;
  const text = fs.readFileSync(absolutePath, "utf8");
  const project = engine.projects.forFile(absolutePath);
  const available =
    language === "python"
      ? BUILTIN_PYTHON_SDKS.map((sdk) => ({ id: sdk.id, modules: sdk.modules }))
      : language === "javascript"
        ? [...engine.catalog.sdks, ...engine.agentFrameworks].map((sdk) => ({ id: sdk.id, modules: sdk.modules }))
        : [];
  const imported = available
    .filter((sdk) => sdk.modules.some((module) => importsModule(text, module, language)))
    .map((sdk) => sdk.id);
  const leftOutBy = whyLeftOut(absolutePath, extensions, options, config);
  const document = {
    file: toPosix(path.relative(options.cwd, absolutePath)) || path.basename(absolutePath),
    configFile: loaded.path ?? null,
    included: leftOutBy === undefined,
    ...(leftOutBy ? { leftOutBy } : {}),
    language,
    rules,
    include: config.include,
    exclude: config.exclude,
    ignore: options.ignore,
    extensions,
    conventions: settings.engineOptions.conventions,
    recordInputs: recordingMode(settings.engineOptions.recordInputs, settings.engineOptions.recordInputsAuto),
    recordOutputs: recordingMode(settings.engineOptions.recordOutputs, settings.engineOptions.recordOutputsAuto),
    skipAutoInstrumented: !!settings.engineOptions.skipAutoInstrumented,
    aiSdkLoopsAsAgents: !!settings.engineOptions.aiSdkLoopsAsAgents,
    sentryPackage: project.sentryPackage,
    project: {
      root: project.root,
      sentryPackageDeclared: project.sentryPackageDeclared ?? false,
      sentryVersion: project.sentryVersion ?? null,
      sdkVersions: project.sdkVersions ?? {},
    },
    sdks: { imported: [...new Set(imported)], available: [...new Set(available.map((sdk) => sdk.id))] },
    customSdks: config.customSdks.map((sdk) => sdk.id),
    agentClasses: config.agentClasses.map((entry) => `${entry.module}#${entry.export}`),
    toolFactories: config.toolFactories.map((entry) => `${entry.module}#${entry.export}`),
  };
  options.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  return EXIT_CLEAN;
}

/** What leaves the file out of a run, in the order a run tests it; undefined when it is read. */
function whyLeftOut(
  absolutePath: string,
  extensions: string[],
  options: PrintConfigOptions,
  config: ReturnType<typeof loadConfig>["config"],
): string | undefined {
  if (!extensions.includes(path.extname(absolutePath).toLowerCase())) return "extensions";
  const fromBase = { ...config, exclude: [] };
  if (!configFileFilter(fromBase, options.cwd, [])(absolutePath)) return "include";
  if (!configFileFilter({ ...config, include: [] }, options.cwd, [])(absolutePath)) return "exclude";
  if (!configFileFilter({ ...config, include: [], exclude: [] }, options.cwd, options.ignore)(absolutePath))
    return "--ignore";
  return undefined;
}

function importsModule(text: string, module: string, language: string | null): boolean {
  const name = module.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const pattern =
    language === "python"
      ? new RegExp(`^\\s*(?:from|import)\\s+${name}(?![\\w])`, "m")
      : new RegExp(`(?:\\bfrom\\s*|\\brequire\\s*\\(\\s*|\\bimport\\s*\\(?\\s*)["'\`]${name}(?:["'\`]|/)`);
  return pattern.test(text);
}

function recordingMode(record: boolean, auto: boolean | undefined): "always" | "auto" | "never" {
  return !record ? "never" : auto ? "auto" : "always";
}

function toPosix(file: string): string {
  return file.split(path.sep).join("/");
}
