import { ATTR } from "../../core/conventions";
import type { FieldPath, UsageShape } from "../../sdks/types/calls";
import { readPath } from "./read-path";

/**
 * Attribute rules both span writers (LLM requests, agents and tools) follow: how token usage is read from a
 * result. Which attributes a span may record is decided in core/content-recording.ts, for both languages.
 */

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
