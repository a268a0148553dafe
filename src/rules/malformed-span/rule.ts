import type { FileRule, FindingDraft } from "../types";

/**
 * The malformed-span rule: gen_ai spans written by hand (or by this codemod) against Sentry's conventions. It reads
 * the file itself, and only files that mention `gen_ai.`. conventions.ts judges a span and words every message;
 * javascript.ts and python.ts read their language's spans for it. Each language's linter is loaded on first use,
 * so a Python-only run never loads the TypeScript compiler. Files the parser rejects get no findings here: the
 * engine reports their syntax errors.
 */
export const malformedSpan: FileRule = {
  meta: {
    id: "malformed-span",
    defaultSeverity: "error",
    description:
      "A hand-written gen_ai span breaks Sentry's conventions (op, name, operation name or required attributes).",
    help:
      "Sentry classifies gen_ai spans by `gen_ai.operation.name` and names them `<operation> <subject>`. Use a known op " +
      "(`gen_ai.chat`, `gen_ai.invoke_agent`, `gen_ai.execute_tool`, `gen_ai.handoff`, ...), name the span " +
      "`chat <model>` / `invoke_agent <agent>` / `execute_tool <tool>` / `handoff from <agent> to <agent>`, set " +
      "`gen_ai.operation.name` to the op's operation, and set `gen_ai.request.model` on model calls, " +
      "`gen_ai.agent.name` on agent runs and `gen_ai.tool.name` on tool runs.",
  },
  async check({ absolutePath, text, language }) {
    if (!text.includes("gen_ai.")) return [];
    const source = text.replace(/^\uFEFF/, "");
    return language === "python" ? lintPython(source) : lintJavaScript(absolutePath, source);
  },
};

async function lintJavaScript(absolutePath: string, source: string): Promise<FindingDraft[]> {
  const [{ parseJavaScript }, { lintExistingSpans }] = await Promise.all([
    import("../../engine/javascript/parse"),
    import("./javascript"),
  ]);
  const { sourceFile, syntaxErrors } = parseJavaScript(absolutePath, source);
  return syntaxErrors.length > 0 ? [] : lintExistingSpans(sourceFile);
}

async function lintPython(source: string): Promise<FindingDraft[]> {
  const [{ pythonParser }, { lintPythonSpans }] = await Promise.all([
    import("../../engine/python/parser"),
    import("./python"),
  ]);
  const tree = (await pythonParser()).parse(source);
  if (!tree) return [];
  try {
    return tree.rootNode.hasError ? [] : lintPythonSpans(tree.rootNode, source);
  } finally {
    tree.delete();
  }
}
