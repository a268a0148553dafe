import type { ResponseShape, UsageShape } from "../sdks/types/calls";
import type { Checker } from "./checker";

/** A custom call's keys that say where its response data is, and the ResponseShape field each one sets. */
const RESPONSE_FIELDS: ReadonlyArray<[string, "text" | "toolCalls" | "model" | "id" | "finishReasons"]> = [
  ["text", "text"],
  ["toolCalls", "toolCalls"],
  ["responseModel", "model"],
  ["responseId", "id"],
  ["finishReasons", "finishReasons"],
];

/**
 * Where a custom call's response data is (`text`, `toolCalls`, `responseModel`, `responseId`, `finishReasons`,
 * `usage: { input, output, total }`), the same keys for JavaScript and Python custom SDKs. Without `total`,
 * the total is the sum of input and output.
 */
export function responseShape(check: Checker, call: Record<string, unknown>, key: string): ResponseShape {
  const response: ResponseShape = {};
  for (const [name, field] of RESPONSE_FIELDS) {
    const found = check.optional(call, name, key, (raw, rawKey) => check.fieldPath(raw, rawKey));
    if (found !== undefined) response[field] = found;
  }
  const usage = check.optional(call, "usage", key, (raw, rawKey) =>
    check.object(raw, rawKey, ["input", "output", "total"]),
  );
  if (usage) {
    const shape: UsageShape = {};
    for (const name of ["input", "output", "total"] as const) {
      const found = check.optional(usage, name, `${key}.usage`, (raw, rawKey) => check.fieldPath(raw, rawKey));
      if (found !== undefined) shape[name] = found;
    }
    if (shape.total === undefined && shape.input !== undefined && shape.output !== undefined) shape.totalIsSum = true;
    response.usage = shape;
  }
  return response;
}
