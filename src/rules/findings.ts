import type { ConventionsName } from "../core/conventions";
import type { FileResult } from "../core/types";
import { missingSpan } from "./missing-span";
import { streamingManual } from "./streaming-manual";
import type { CheckError, Finding, FindingDraft, Severity, SiteRule } from "./types";
import { unresolvedReceiver } from "./unresolved-receiver";

export type { CheckError, Finding, FindingDraft, RuleId, RuleLevel, Severity } from "./types";

/** The rules that judge the engine's sites. Each site's status belongs to at most one of them. */
export const SITE_RULES: readonly SiteRule[] = [missingSpan, streamingManual, unresolvedReceiver];

/**
 * What `check` says about each site the engine found, in site order. Sites that are fine (instrumented) or left
 * alone on purpose (skipped) say nothing. Severities are the rules' defaults; the run applies the configured ones later.
 */
export function findingsFromSites(result: FileResult, conventions: ConventionsName = "default"): Finding[] {
  const findings: Finding[] = [];
  for (const site of result.sites) {
    for (const rule of SITE_RULES) {
      const draft = rule.check(site, { conventions });
      if (draft) findings.push(toFinding(draft, result.path, rule.meta.defaultSeverity));
    }
  }
  return findings;
}

export function toFinding(draft: FindingDraft, file: string, severity: Severity): Finding {
  return {
    ruleId: draft.ruleId,
    severity,
    file,
    line: draft.range.start.line,
    column: draft.range.start.column,
    endLine: draft.range.end.line,
    endColumn: draft.range.end.column,
    message: draft.message,
    fixable: draft.fixable,
  };
}

/** File, then position, then rule: the order every reporter prints in, so output is stable. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.message, b.message)
  );
}

export function compareErrors(a: CheckError, b: CheckError): number {
  return (
    compareStrings(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || compareStrings(a.message, b.message)
  );
}

/** Code-unit order, not locale order: the same on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The engine's diagnostics that stop a file from being checked: each is a run error (exit code 2). */
export function errorsFromDiagnostics(result: FileResult): CheckError[] {
  return result.diagnostics
    .filter((diagnostic) => diagnostic.severity === "error")
    .map((diagnostic) => ({
      kind: "parse-error" as const,
      file: result.path,
      line: diagnostic.range?.start.line,
      column: diagnostic.range?.start.column,
      message: diagnostic.message,
    }));
}
