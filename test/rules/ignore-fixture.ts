import { applyIgnoreComments, parseIgnoreComments } from "../../src/rules/ignore-comments";
import type { Finding, RuleId } from "../../src/rules/types";

/** A finding of `ruleId` at `line` in src/app.ts, as a rule would report it before ignore comments. */
export function finding(ruleId: RuleId, line: number, column = 1): Finding {
  return {
    ruleId,
    severity: "error",
    file: "src/app.ts",
    line,
    column,
    endLine: line,
    endColumn: column + 10,
    message: `${ruleId} at ${line}`,
    fixable: ruleId === "missing-span",
  };
}

/** What is left, as `rule@line: message` lines, in order. */
export function apply(
  text: string,
  findings: Finding[],
  language: "javascript" | "python" = "javascript",
  filePath = language === "python" ? "src/app.py" : "src/app.ts",
): string[] {
  return applyIgnoreComments(findings, parseIgnoreComments(text, language, filePath), "src/app.ts").map(
    (result) =>
      `${result.ruleId}@${result.line}:${result.column}-${result.endLine}:${result.endColumn} ${result.severity}: ${result.message}`,
  );
}
