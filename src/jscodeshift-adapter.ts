import { ProjectModuleLoader } from "./javascript/module-loader";
import { transformJavaScript } from "./javascript/transform";
import { ProjectLocator } from "./project";
import { builtinCatalog } from "./sdks";
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from "./types";

/** What jscodeshift hands a transform: the file's path and source. */
export interface JscodeshiftFile {
  path: string;
  source: string;
}

/** jscodeshift passes CLI flags through as strings (`--recordInputs=false`); this reads them as engine options. */
export function engineOptionsFromJscodeshift(options: Record<string, unknown>): EngineOptions {
  const flag = (name: string, fallback: boolean): boolean => {
    const value = options[name];
    if (value === undefined) return fallback;
    return value === true || value === "true";
  };
  const conventions = options.conventions === "legacy" ? "legacy" : "default";
  return {
    ...DEFAULT_ENGINE_OPTIONS,
    conventions,
    recordInputs: flag("recordInputs", true),
    recordOutputs: flag("recordOutputs", true),
    skipAutoInstrumented: flag("skipAutoInstrumented", false),
    sentryPackage: typeof options.sentryPackage === "string" ? options.sentryPackage : undefined,
  };
}

const locator = new ProjectLocator(builtinCatalog);
const loader = new ProjectModuleLoader(builtinCatalog);

/**
 * A jscodeshift transform over the engine: the same analysis and rewrite as `sentry-ai-codemod instrument`.
 * Returns the new source, or undefined (jscodeshift's "unchanged") when there is nothing to do. A file that
 * does not parse throws, which jscodeshift reports as an error for that file.
 */
export function jscodeshiftTransform(file: JscodeshiftFile, options: Record<string, unknown>): string | undefined {
  const engineOptions = engineOptionsFromJscodeshift(options);
  const project = locator.forFile(file.path);
  const result = transformJavaScript(
    { path: file.path, text: file.source, project: engineOptions.sentryPackage ? { ...project, sentryPackage: engineOptions.sentryPackage } : project },
    engineOptions,
    { catalog: builtinCatalog, loader },
  );
  const error = result.diagnostics.find((diagnostic) => diagnostic.severity === "error");
  if (error) {
    const where = error.range ? `${file.path}:${error.range.start.line}:${error.range.start.column}` : file.path;
    throw new Error(`${where}: ${error.message}`);
  }
  return result.output;
}
