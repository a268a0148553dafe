import { ATTR, INPUT_CONTENT_ATTRIBUTES, OUTPUT_CONTENT_ATTRIBUTES } from "../../core/conventions";
import type { EngineOptions } from "../../core/types";
import type { FieldPath, UsageShape } from "../../sdks/types/calls";
import { readPath } from "./read-path";

/**
 * Attribute rules both span writers (LLM requests, agents and tools) follow: which attributes the Sentry
 * settings let a span record, and how token usage is read from a result.
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

/** The usage field names of the project's installed major: an older major's when it is below `older.major`. */
export function usageForMajor(
  usage: UsageShape | undefined,
  older: { major: number; usage: UsageShape } | undefined,
  installedMajor: number | undefined,
): UsageShape | undefined {
  return older && installedMajor !== undefined && installedMajor < older.major ? older.usage : usage;
}

/** `gen_ai.usage.*` attributes (unquoted keys) read from the result named `root`. */
export function usageAttributes(root: string, usage: UsageShape, quote: string): Array<{ key: string; code: string }> {
  const read = (path: FieldPath): string => readPath(root, path, quote);
  const attributes: Array<{ key: string; code: string }> = [];
  const input =
    usage.input &&
    (usage.inputAlsoCounts ? tokenSum(root, usage.input, usage.inputAlsoCounts, quote) : read(usage.input));
  if (input) attributes.push({ key: ATTR.inputTokens, code: input });
  const output =
    usage.output &&
    (usage.outputAlsoCounts ? tokenSum(root, usage.output, usage.outputAlsoCounts, quote) : read(usage.output));
  if (output) attributes.push({ key: ATTR.outputTokens, code: output });
  if (usage.total) attributes.push({ key: ATTR.totalTokens, code: read(usage.total) });
  else if (usage.totalIsSum && usage.input && usage.output) {
    const parts = [...(usage.inputAlsoCounts ?? []), usage.output, ...(usage.outputAlsoCounts ?? [])];
    attributes.push({ key: ATTR.totalTokens, code: tokenSum(root, usage.input, parts, quote) });
  }
  return attributes;
}

/** `base + extra1 + extra2`, undefined when `base` is missing: a missing count is no count, never NaN or 0. */
function tokenSum(root: string, base: FieldPath, extras: FieldPath[], quote: string): string {
  const baseRead = readPath(root, base, quote);
  const parts = [baseRead, ...extras.map((path) => `(${readPath(root, path, quote)} ?? 0)`)];
  return `${baseRead} == null ? undefined : ${parts.join(" + ")}`;
}
