import { countReport } from "./counts";
import { TOOL_NAME } from "./tool-info";
import type { Printer } from "./types";

/** Bumped only when a field changes meaning or goes away; new fields do not bump it. See docs/json-schema.md. */
export const JSON_SCHEMA_VERSION = 1;

/** The documented machine format: field order fixed, findings and errors already sorted. */
export const printJson: Printer = (report) => {
  const counts = countReport(report);
  const document = {
    version: JSON_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: report.toolVersion },
    summary: {
      filesChecked: report.filesChecked,
      ...(report.filesCached !== undefined ? { filesCached: report.filesCached } : {}),
      errorCount: counts.errorCount,
      warningCount: counts.warningCount,
      fixableErrorCount: counts.fixableErrorCount,
      fixableWarningCount: counts.fixableWarningCount,
      runErrorCount: counts.runErrorCount,
    },
    findings: report.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      message: finding.message,
      fixable: finding.fixable,
    })),
    errors: report.errors.map((error) => ({
      kind: error.kind,
      file: error.file ?? null,
      line: error.line ?? null,
      column: error.column ?? null,
      message: error.message,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
};
