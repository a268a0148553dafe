import type { CheckReport } from "./types";

export interface ReportCounts {
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** Run errors (parse, read, config, git): counted in errorCount too. */
  runErrorCount: number;
}

export function countReport(report: CheckReport): ReportCounts {
  const counts: ReportCounts = {
    errorCount: report.errors.length,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    runErrorCount: report.errors.length,
  };
  for (const finding of report.findings) {
    if (finding.severity === "error") {
      counts.errorCount++;
      if (finding.fixable) counts.fixableErrorCount++;
    } else {
      counts.warningCount++;
      if (finding.fixable) counts.fixableWarningCount++;
    }
  }
  return counts;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** `3 problems (2 errors, 1 warning)`, as ESLint says it. */
export function problemSummary(counts: ReportCounts): string {
  const problems = counts.errorCount + counts.warningCount;
  return `${plural(problems, "problem")} (${plural(counts.errorCount, "error")}, ${plural(counts.warningCount, "warning")})`;
}
