import ts from "typescript";
import type { TextEdit } from "../../core/text/edits";
import { appendedHelper, hasTopLevelFunction } from "./appended-helper";
import type { CodeStyle } from "./code-style";

export const JSON_HELPER_NAME = "toSpanJson";

/** True when the file already has the helper (a second run must not add it again). */
export function hasJsonHelper(sourceFile: ts.SourceFile): boolean {
  return hasTopLevelFunction(sourceFile, JSON_HELPER_NAME);
}

/**
 * The one helper the spans need, appended to the file: span attributes take strings, and serialising an
 * app's value must never throw into the app (cycles, BigInt), nor record an empty list as a value.
 */
export function jsonHelperEdit(sourceFile: ts.SourceFile, style: CodeStyle, typescript: boolean): TextEdit {
  const { eol, semicolons } = style;
  const unit = style.indentUnit;
  const semicolon = semicolons ? ";" : "";
  const signature = typescript
    ? `function ${JSON_HELPER_NAME}(value: unknown): string | undefined {`
    : `function ${JSON_HELPER_NAME}(value) {`;
  const lines = [
    "",
    "/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */",
    signature,
    `${unit}try {`,
    `${unit}${unit}if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined${semicolon}`,
    `${unit}${unit}return JSON.stringify(value)${semicolon}`,
    `${unit}} catch {`,
    `${unit}${unit}return undefined${semicolon}`,
    `${unit}}`,
    "}",
  ];
  return appendedHelper(sourceFile, lines, eol);
}
