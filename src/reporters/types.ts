import type { CheckError, Finding } from "../rules/findings";

export const REPORT_FORMATS = ["text", "json", "sarif", "github"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Everything a printer needs about a finished check run. */
export interface CheckReport {
  /** Sorted with compareFindings. */
  findings: readonly Finding[];
  errors: readonly CheckError[];
  filesChecked: number;
  /** With `check --cache`: of those, the files skipped because they were clean in an earlier run. */
  filesCached?: number;
  /** Absolute path that findings' `file` paths are relative to (the repository root). */
  root: string;
  toolVersion: string;
}

export interface PrintOptions {
  /** ANSI colours (text format only). */
  color: boolean;
}

/** A printer turns a report into the exact text to write (stdout or --output-file). */
export type Printer = (report: CheckReport, options: PrintOptions) => string;
