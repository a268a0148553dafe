import { createColors } from "picocolors";
import { compareStrings } from "../rules/findings";
import { countReport, plural, problemSummary } from "./counts";
import type { Printer } from "./types";

interface Row {
  line: number;
  column: number;
  severity: "error" | "warn";
  message: string;
  rule: string;
}

/**
 * ESLint's "stylish": findings grouped under their file, aligned columns, then a count line and how many
 * `--fix` can fix. Prints nothing for a clean run, so a passing pre-commit hook stays quiet.
 */
export const printText: Printer = (report, options) => {
  const colors = createColors(options.color);
  const byFile = new Map<string, Row[]>();
  const general: string[] = [];
  const rowsOf = (file: string): Row[] => {
    let rows = byFile.get(file);
    if (!rows) byFile.set(file, (rows = []));
    return rows;
  };
  for (const error of report.errors) {
    if (error.file === undefined) {
      general.push(`${colors.red("error")}  ${error.message}  ${colors.dim(error.kind)}`);
    } else {
      rowsOf(error.file).push({
        line: error.line ?? 0,
        column: error.column ?? 0,
        severity: "error",
        message: oneLine(error.message),
        rule: error.kind,
      });
    }
  }
  for (const finding of report.findings) {
    rowsOf(finding.file).push({ ...finding, message: oneLine(finding.message), rule: finding.ruleId });
  }
  const counts = countReport(report);
  if (counts.errorCount + counts.warningCount === 0) return "";

  let output = general.length > 0 ? `${general.join("\n")}\n` : "";
  for (const file of [...byFile.keys()].sort(compareStrings)) {
    const rows = byFile.get(file)!.sort((a, b) => a.line - b.line || a.column - b.column);
    output += `\n${colors.underline(file)}\n${formatRows(rows, colors)}\n`;
  }
  const summaryColor = counts.errorCount > 0 ? colors.red : colors.yellow;
  output += `\n${summaryColor(colors.bold(`✖ ${problemSummary(counts)}`))}\n`;
  if (counts.fixableErrorCount + counts.fixableWarningCount > 0) {
    output += summaryColor(
      colors.bold(
        `  ${plural(counts.fixableErrorCount, "error")} and ${plural(counts.fixableWarningCount, "warning")} ` +
          "potentially fixable with the `--fix` option.",
      ),
    );
    output += "\n";
  }
  return output;
};

/** A table row holds one line: a message's own line breaks become spaces. */
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, " ");
}

function formatRows(rows: readonly Row[], colors: ReturnType<typeof createColors>): string {
  const lineWidth = Math.max(...rows.map((row) => String(row.line).length));
  const columnWidth = Math.max(...rows.map((row) => String(row.column).length));
  const messageWidth = Math.max(...rows.map((row) => row.message.length));
  return rows
    .map((row) => {
      const position = `${String(row.line).padStart(lineWidth)}:${String(row.column).padEnd(columnWidth)}`;
      const severity = row.severity === "error" ? colors.red("error  ") : colors.yellow("warning");
      return `  ${colors.dim(position)}  ${severity}  ${row.message.padEnd(messageWidth)}  ${colors.dim(row.rule)}`;
    })
    .join("\n");
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org); FORCE_COLOR forces it. */
export function shouldUseColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true;
}
