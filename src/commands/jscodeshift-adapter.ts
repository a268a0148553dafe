import * as path from "node:path";
import { leftAloneByIgnoreComments } from "./ignored-sites";
import type { SpanKind } from "../core/conventions";
import type { EngineOptions } from "../core/types";
import { loadConfig } from "../config/load";
import { engineFromSettings, engineSettings } from "../config/engine-settings";
import type { Engine } from "../engine/engine";
import { ProjectModuleLoader } from "../engine/javascript/module-loader";
import { transformJavaScript } from "../engine/javascript/transform";

/** What jscodeshift hands a transform: the file's path and source. */
export interface JscodeshiftFile {
  path: string;
  source: string;
}

/** A jscodeshift flag: strings from its command line (`--recordInputs=false`, `no`, `0`, `off`), or booleans. */
function flag(value: unknown): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string") return !/^(false|0|no|off|never)$/i.test(value);
  return Boolean(value);
}

/**
 * `--recordInputs=auto` (what the command line defaults to): recorded when the app's Sentry client allows it,
 * decided at run time; `always`, `true`, ... record regardless; `false`/`never` do not. Unset: the config's.
 */
function recording(kind: "Inputs" | "Outputs", value: unknown): Partial<EngineOptions> {
  const record = flag(value);
  if (record === undefined) return {};
  return { [`record${kind}`]: record, [`record${kind}Auto`]: record && value === "auto" };
}

/** The engine flags given to jscodeshift, camelCase or kebab-case (`--record-inputs=false`); unset ones stay undefined. */
function jscodeshiftEngineFlags(options: Record<string, unknown>): Partial<EngineOptions> {
  const conventions = options.conventions;
  return {
    conventions: conventions === "legacy" || conventions === "default" ? conventions : undefined,
    ...recording("Inputs", options.recordInputs ?? options["record-inputs"]),
    ...recording("Outputs", options.recordOutputs ?? options["record-outputs"]),
    skipAutoInstrumented: flag(options.skipAutoInstrumented ?? options["skip-auto-instrumented"]),
    aiSdkLoopsAsAgents: flag(options.aiSdkLoopsAsAgents ?? options["ai-sdk-loops-as-agents"]),
    sentryPackage: typeof options.sentryPackage === "string" ? options.sentryPackage : undefined,
  };
}

/** The config file `--config=<file>` names (else the one found from the working directory), as jscodeshift sees it. */
function configPathOf(options: Record<string, unknown>): string | undefined {
  return typeof options.config === "string" ? options.config : undefined;
}

/**
 * One engine per set of options in a jscodeshift worker: the config file is read once, and the module loader's
 * cache of resolved imports is shared by every file the worker transforms.
 */
const engines = new Map<string, { engine: Engine; loader: ProjectModuleLoader }>();

function engineFor(options: Record<string, unknown>, cwd: string): { engine: Engine; loader: ProjectModuleLoader } {
  const flags = jscodeshiftEngineFlags(options);
  const key = JSON.stringify([cwd, configPathOf(options), flags]);
  let entry = engines.get(key);
  if (!entry) {
    // The same config file, read the same way, as `instrument` and `check` (custom SDKs, agent classes, ...).
    const { config } = loadConfig(cwd, configPathOf(options));
    const engine = engineFromSettings(engineSettings(config, flags));
    entry = { engine, loader: new ProjectModuleLoader(engine.catalog) };
    engines.set(key, entry);
  }
  return entry;
}

/** The engine options a jscodeshift run uses: the config file's, with jscodeshift's options on top. */
export function engineOptionsFromJscodeshift(options: Record<string, unknown>, cwd = process.cwd()): EngineOptions {
  return engineFor(options, path.resolve(cwd)).engine.options;
}

/**
 * A jscodeshift transform over the engine: the same analysis and rewrite as `sentry-ai-codemod instrument`,
 * limited to the given kinds of span (all when unset). jscodeshift calls transforms synchronously, so this runs
 * the engine's JavaScript front end directly, with the engine's catalog, frameworks and project lookup.
 * Returns the new source, or undefined (jscodeshift's "unchanged") when there is nothing to do. A file that
 * does not parse, or a config file that is wrong, throws: jscodeshift reports it as an error for that file.
 */
export function jscodeshiftTransform(
  file: JscodeshiftFile,
  options: Record<string, unknown>,
  kinds?: readonly SpanKind[],
): string | undefined {
  const { engine, loader } = engineFor(options, process.cwd());
  const result = transformJavaScript(
    {
      path: file.path,
      text: file.source,
      project: engine.projects.forFile(file.path),
      leftAlone: leftAloneByIgnoreComments(file.path),
    },
    engine.options,
    { catalog: engine.catalog, loader, agentFrameworks: engine.agentFrameworks, kinds: kinds && new Set(kinds) },
  );
  const error = result.diagnostics.find((diagnostic) => diagnostic.severity === "error");
  if (error) {
    const where = error.range ? `${file.path}:${error.range.start.line}:${error.range.start.column}` : file.path;
    throw new Error(`${where}: ${error.message}`);
  }
  return result.output;
}
