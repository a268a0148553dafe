import type { SpanKind } from "../../conventions";
import { ProjectLocator } from "../../project";
import { builtinCatalog } from "../../sdks";
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from "../../types";
import { ProjectModuleLoader } from "../module-loader";
import { transformJavaScript } from "../transform";

export interface JscodeshiftFile {
  path: string;
  source: string;
}

const loader = new ProjectModuleLoader(builtinCatalog);
const projects = new Map<string, ProjectLocator>();

function flag(value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value === "string") return !/^(false|0|no|off)$/i.test(value);
  return Boolean(value);
}

/** Engine options from jscodeshift's `--recordInputs=false --recordOutputs=false --conventions=legacy --sentryPackage=...`. */
export function engineOptionsFrom(options: Record<string, unknown>): EngineOptions {
  return {
    ...DEFAULT_ENGINE_OPTIONS,
    conventions: options.conventions === "legacy" ? "legacy" : "default",
    recordInputs: flag(options.recordInputs ?? options["record-inputs"], true),
    recordOutputs: flag(options.recordOutputs ?? options["record-outputs"], true),
    skipAutoInstrumented: flag(options.skipAutoInstrumented ?? options["skip-auto-instrumented"], false),
    sentryPackage: typeof options.sentryPackage === "string" ? options.sentryPackage : undefined,
  };
}

/**
 * One jscodeshift-compatible run of the engine over a file, writing only the given span kinds. Synchronous, as
 * jscodeshift expects; returns the source unchanged when there is nothing to write (or the file does not parse).
 */
export function runKindTransform(file: JscodeshiftFile, options: Record<string, unknown>, kinds: readonly SpanKind[]): string {
  const engineOptions = engineOptionsFrom(options ?? {});
  const key = engineOptions.sentryPackage ?? "";
  let locator = projects.get(key);
  if (!locator) projects.set(key, (locator = new ProjectLocator(builtinCatalog, engineOptions.sentryPackage)));
  const result = transformJavaScript(
    { path: file.path, text: file.source, project: locator.forFile(file.path) },
    engineOptions,
    { catalog: builtinCatalog, loader, kinds: new Set(kinds) },
  );
  return result.output ?? file.source;
}
