import type { Language } from "../../core/types";
import { toFinding } from "../findings";
import type { Finding, FindingDraft } from "../types";
import { malformedSpan } from "./rule";

/**
 * The malformed-span lint for one file, loaded only for files that mention `gen_ai.`. Each language's linter is
 * loaded on first use, so a Python-only run never loads the TypeScript compiler. Files the parser rejects get no
 * findings here: the engine reports their syntax errors.
 */
export async function lintFile(absolutePath: string, text: string, file: string, language: Language): Promise<Finding[]> {
  const source = text.replace(/^\uFEFF/, "");
  const drafts = language === "python" ? await lintPython(source) : await lintJavaScript(absolutePath, source);
  const severity = malformedSpan.defaultSeverity;
  return drafts.map((draft) => toFinding(draft, file, severity));
}

async function lintJavaScript(absolutePath: string, source: string): Promise<FindingDraft[]> {
  const [{ parseJavaScript }, { lintExistingSpans }] = await Promise.all([import("../../engine/javascript/parse"), import("./javascript")]);
  const { sourceFile, syntaxErrors } = parseJavaScript(absolutePath, source);
  return syntaxErrors.length > 0 ? [] : lintExistingSpans(sourceFile);
}

async function lintPython(source: string): Promise<FindingDraft[]> {
  const [{ pythonParser }, { lintPythonSpans }] = await Promise.all([import("../../engine/python/parser"), import("./python")]);
  const tree = (await pythonParser()).parse(source);
  if (!tree) return [];
  try {
    return tree.rootNode.hasError ? [] : lintPythonSpans(tree.rootNode, source);
  } finally {
    tree.delete();
  }
}
