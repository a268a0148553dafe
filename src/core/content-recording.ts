import { INPUT_CONTENT_ATTRIBUTES, OUTPUT_CONTENT_ATTRIBUTES } from "./conventions";
import type { EngineOptions } from "./types";

/**
 * Which content attributes (prompts, responses, tool input and output) a span records, for every language:
 * `--record-inputs` / `--record-outputs` `never` leave them out, `auto` records them when the app's Sentry
 * settings allow it at run time, `always` records them.
 */

/** False for a prompt attribute when inputs are not recorded, or an output attribute when outputs are not. */
export function isRecorded(key: string, options: Pick<EngineOptions, "recordInputs" | "recordOutputs">): boolean {
  if (!options.recordInputs && INPUT_CONTENT_ATTRIBUTES.has(key)) return false;
  if (!options.recordOutputs && OUTPUT_CONTENT_ATTRIBUTES.has(key)) return false;
  return true;
}

/**
 * `--record-inputs auto` / `--record-outputs auto`: the kind of content whose attribute is recorded only when
 * the app's Sentry client allows it, decided at run time (content-gate.ts); undefined for other attributes.
 */
export function runTimeContentKind(
  key: string,
  options: Pick<EngineOptions, "recordInputsAuto" | "recordOutputsAuto">,
): "inputs" | "outputs" | undefined {
  if (options.recordInputsAuto && INPUT_CONTENT_ATTRIBUTES.has(key)) return "inputs";
  if (options.recordOutputsAuto && OUTPUT_CONTENT_ATTRIBUTES.has(key)) return "outputs";
  return undefined;
}
