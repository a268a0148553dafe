import { parseJavaScript } from "../javascript/parse";
import { lintExistingSpans } from "../javascript/span-lint";
import { toFinding, type Finding } from "./findings";
import { ruleMeta } from "./rules";

/**
 * The malformed-span lint for one JS/TS file, loaded only for files that mention `gen_ai.` (it brings in the
 * TypeScript compiler). Files the parser rejects were already reported by the engine.
 */
export function lintFile(absolutePath: string, text: string, file: string): Finding[] {
  const { sourceFile, syntaxErrors } = parseJavaScript(absolutePath, text.replace(/^\uFEFF/, ""));
  if (syntaxErrors.length > 0) return [];
  const severity = ruleMeta("malformed-span").defaultSeverity;
  return lintExistingSpans(sourceFile).map((draft) => toFinding(draft, file, severity));
}
