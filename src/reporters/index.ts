import { printGithub } from "./github";
import { printJson } from "./json";
import { printSarif } from "./sarif";
import { printText } from "./text";
import { REPORT_FORMATS, type CheckReport, type Printer, type PrintOptions, type ReportFormat } from "./types";

export { shouldUseColor } from "./text";
export { REPORT_FORMATS } from "./types";
export type { CheckReport, Printer, PrintOptions, ReportFormat } from "./types";

/** Printers by format name, as ast-grep picks its printer: adding a format is one entry here. */
export const PRINTERS: Readonly<Record<ReportFormat, Printer>> = {
  text: printText,
  json: printJson,
  sarif: printSarif,
  github: printGithub,
};

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

export function formatReport(
  format: ReportFormat,
  report: CheckReport,
  options: PrintOptions = { color: false },
): string {
  return PRINTERS[format](report, options);
}
