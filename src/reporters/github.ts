import { countReport, problemSummary } from "./counts";
import { TOOL_NAME } from "./tool-info";
import type { Printer } from "./types";

/**
 * GitHub Actions workflow commands (`::error file=...,line=...::message`), which the runner turns into
 * annotations on the pull request. GitHub shows at most 10 error and 10 warning annotations per step (50 per job),
 * so large repositories should upload SARIF instead; the last line gives the full count.
 */
export const printGithub: Printer = (report) => {
  const lines: string[] = [];
  for (const error of report.errors) {
    lines.push(
      command(
        "error",
        { file: error.file, line: error.line, col: error.column, title: `${TOOL_NAME} ${error.kind}` },
        error.message,
      ),
    );
  }
  for (const finding of report.findings) {
    const singleLine = finding.endLine === finding.line;
    lines.push(
      command(
        finding.severity === "error" ? "error" : "warning",
        {
          file: finding.file,
          line: finding.line,
          endLine: finding.endLine,
          // GitHub applies columns only to one-line annotations.
          col: singleLine ? finding.column : undefined,
          endColumn: singleLine ? finding.endColumn : undefined,
          title: `${TOOL_NAME} ${finding.ruleId}`,
        },
        finding.message,
      ),
    );
  }
  const counts = countReport(report);
  if (lines.length > 0) lines.push(`${TOOL_NAME}: ${problemSummary(counts)}`);
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
};

type Properties = Record<string, string | number | undefined>;

function command(name: string, properties: Properties, message: string): string {
  const rendered = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(",");
  return `::${name}${rendered ? ` ${rendered}` : ""}::${escapeData(message)}`;
}

/** As @actions/core escapes command data. */
export function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** As @actions/core escapes command properties: data escaping plus `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
