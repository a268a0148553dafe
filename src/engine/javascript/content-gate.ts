import ts from "typescript";
import { appendedHelper, hasTopLevelFunction } from "./appended-helper";
import type { TextEdit } from "../../core/text/edits";
import type { EngineOptions } from "../../core/types";
import { type CodeStyle, quoteString } from "./code-style";
import { runTimeContentKind } from "../../core/content-recording";

/**
 * `--record-inputs auto` / `--record-outputs auto`: a content attribute's value is computed only when the app's
 * Sentry client allows it, as Sentry's own AI integrations decide: `dataCollection.genAI.inputs` / `outputs`
 * (on by default from SDK 11), else, before 11, `sendDefaultPii`. An attribute set to `undefined` is not recorded.
 */
export const CONTENT_GATE_NAME = "sentryRecordsAiContent";

/** What a span writer needs to gate a value: the settings, the file's style, and a flag the helper is appended on. */
export interface ContentGateContext {
  options: EngineOptions;
  style: CodeStyle;
  usesContentGate?: boolean;
}

/** The run-time decision itself, `sentryRecordsAiContent("outputs")`; the file gets the helper. */
export function contentGateCall(kind: "inputs" | "outputs", context: ContentGateContext): string {
  context.usesContentGate = true;
  return `${CONTENT_GATE_NAME}(${quoteString(kind, context.style)})`;
}

/** `code` for the attribute `key`: gated when its content is decided at run time, else as it is. */
export function recordedValue(key: string, code: string, context: ContentGateContext): string {
  const kind = runTimeContentKind(key, context.options);
  return kind ? `${contentGateCall(kind, context)} ? ${code} : undefined` : code;
}

/** True when the file already has the helper (a second run must not add it again). */
export function hasContentGate(sourceFile: ts.SourceFile): boolean {
  return hasTopLevelFunction(sourceFile, CONTENT_GATE_NAME);
}

/** The helper, appended to the file like the JSON helper. `sentry` is the file's Sentry namespace. */
export function contentGateEdit(
  sourceFile: ts.SourceFile,
  sentry: string,
  style: CodeStyle,
  typescript: boolean,
): TextEdit {
  const semicolon = style.semicolons ? ";" : "";
  const unit = style.indentUnit;
  const q = (text: string): string => quoteString(text, style);
  const optionsType =
    ": { sendDefaultPii?: boolean; dataCollection?: { genAI?: { inputs?: boolean; outputs?: boolean } } } | undefined";
  const lines = [
    "",
    "/** Whether Sentry may record AI prompts (inputs) or responses (outputs), as its own AI integrations decide. */",
    typescript
      ? `function ${CONTENT_GATE_NAME}(kind: ${q("inputs")} | ${q("outputs")}): boolean {`
      : `function ${CONTENT_GATE_NAME}(kind) {`,
    ...(typescript
      ? [
          `${unit}// SDK 11 has dataCollection and no sendDefaultPii; older SDKs may have no dataCollection.`,
          `${unit}const options${optionsType} =`,
          `${unit}${unit}${sentry}.getClient()?.getOptions()${semicolon}`,
        ]
      : [`${unit}const options = ${sentry}.getClient()?.getOptions()${semicolon}`]),
    `${unit}if (!options) return false${semicolon}`,
    `${unit}if (options.dataCollection) return options.dataCollection.genAI?.[kind] ?? true${semicolon}`,
    `${unit}return Number(${sentry}.SDK_VERSION.split(${q(".")})[0]) >= 11 || options.sendDefaultPii === true${semicolon}`,
    "}",
  ];
  return appendedHelper(sourceFile, lines, style.eol);
}
