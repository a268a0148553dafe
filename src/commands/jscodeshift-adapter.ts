import type { SpanKind } from "../core/conventions";
import { ProjectModuleLoader } from "../engine/javascript/module-loader";
import { transformJavaScript } from "../engine/javascript/transform";
import { ProjectLocator } from "../engine/project";
import { builtinCatalog } from "../sdks/registry";
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from "../core/types";

/** What jscodeshift hands a transform: the file's path and source. */
export interface JscodeshiftFile {
  path: string;
  source: string;
}

/** A jscodeshift flag: strings from its command line (`--recordInputs=false`, `no`, `0`, `off`), or booleans. */
function flag(value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value === "string") return !/^(false|0|no|off|never)$/i.test(value);
  return Boolean(value);
}

/** `auto` or unset; `always`, `true`, ... record regardless of the app's Sentry settings. */
function decidedAtRunTime(value: unknown): boolean {
  return value === undefined || value === "auto";
}

/** Engine options from jscodeshift's options, camelCase or kebab-case (`--record-inputs=false`). */
export function engineOptionsFromJscodeshift(options: Record<string, unknown>): EngineOptions {
  return {
    ...DEFAULT_ENGINE_OPTIONS,
    conventions: options.conventions === "legacy" ? "legacy" : "default",
    recordInputs: flag(options.recordInputs ?? options["record-inputs"], true),
    recordOutputs: flag(options.recordOutputs ?? options["record-outputs"], true),
    // `--recordInputs=auto` (the default): recorded when the app's Sentry client allows it, decided at run time.
    recordInputsAuto: decidedAtRunTime(options.recordInputs ?? options["record-inputs"]),
    recordOutputsAuto: decidedAtRunTime(options.recordOutputs ?? options["record-outputs"]),
    skipAutoInstrumented: flag(options.skipAutoInstrumented ?? options["skip-auto-instrumented"], false),
    aiSdkLoopsAsAgents: flag(options.aiSdkLoopsAsAgents ?? options["ai-sdk-loops-as-agents"], false),
    sentryPackage: typeof options.sentryPackage === "string" ? options.sentryPackage : undefined,
  };
}

const locator = new ProjectLocator(builtinCatalog);
const loader = new ProjectModuleLoader(builtinCatalog);

/**
 * A jscodeshift transform over the engine: the same analysis and rewrite as `sentry-ai-codemod instrument`,
 * limited to the given kinds of span (all when unset).
 * Returns the new source, or undefined (jscodeshift's "unchanged") when there is nothing to do. A file that
 * does not parse throws, which jscodeshift reports as an error for that file.
 */
export function jscodeshiftTransform(
  file: JscodeshiftFile,
  options: Record<string, unknown>,
  kinds?: readonly SpanKind[],
): string | undefined {
  const engineOptions = engineOptionsFromJscodeshift(options);
  const project = locator.forFile(file.path);
  const result = transformJavaScript(
    { path: file.path, text: file.source, project: engineOptions.sentryPackage ? { ...project, sentryPackage: engineOptions.sentryPackage } : project },
    engineOptions,
    { catalog: builtinCatalog, loader, kinds: kinds && new Set(kinds) },
  );
  const error = result.diagnostics.find((diagnostic) => diagnostic.severity === "error");
  if (error) {
    const where = error.range ? `${file.path}:${error.range.start.line}:${error.range.start.column}` : file.path;
    throw new Error(`${where}: ${error.message}`);
  }
  return result.output;
}
