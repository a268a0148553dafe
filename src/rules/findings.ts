import { spanIdentity, type ConventionsName, type SpanKind } from "../core/conventions";
import type { FileResult, Site, SourceRange } from "../core/types";
import { ruleMeta } from "./index";

/** Every rule `check` reports. `unresolved-receiver` is split from `missing-span` so teams can tune it alone. */
export type RuleId = "missing-span" | "malformed-span" | "streaming-manual" | "unresolved-receiver" | "unused-ignore";

export type Severity = "error" | "warn";
export type RuleLevel = Severity | "off";

/** One problem in one place, ready for a reporter. Positions are 1-based; columns count UTF-16 code units. */
export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** Repository-relative path with forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Says what is wrong and what to do about it. */
  message: string;
  /** `check --fix` (the `instrument` engine) can fix it. */
  fixable: boolean;
  /** Text of the finding's first line: SARIF fingerprints hash it so they survive lines moving. */
  lineText?: string;
}

/** A finding before it has a file and a severity: what analysers produce. */
export interface FindingDraft {
  ruleId: RuleId;
  range: SourceRange;
  message: string;
  fixable: boolean;
}

/**
 * Something that stopped part of the run: not a rule, never suppressible, always exit code 2.
 * `file` is repository-relative when the error belongs to a file.
 */
export interface CheckError {
  kind: "parse-error" | "read-error" | "config-error" | "git-error" | "internal-error";
  message: string;
  file?: string;
  line?: number;
  column?: number;
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
  return compareStrings(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || compareStrings(a.message, b.message);
}

/** Code-unit order, not locale order: the same on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const KIND_WORDS: Record<SpanKind, string> = {
  "ai-request": "LLM call",
  "invoke-agent": "Agent run",
  "execute-tool": "Tool function",
  handoff: "Handoff",
};

const SUBJECT_PLACEHOLDERS: Record<SpanKind, string> = {
  "ai-request": "<model>",
  "invoke-agent": "<agent name>",
  "execute-tool": "<tool name>",
  handoff: "from <agent> to <agent>",
};

/**
 * What `check` says about each site the engine found. Sites that are fine (instrumented) or left alone on purpose
 * (skipped) say nothing. Severities are the rules' defaults; the run applies the configured ones later.
 */
export function findingsFromSites(result: FileResult, conventions: ConventionsName = "default"): Finding[] {
  const findings: Finding[] = [];
  for (const site of result.sites) {
    const draft = draftForSite(site, conventions);
    if (draft) findings.push(toFinding(draft, result.path, ruleMeta(draft.ruleId).defaultSeverity));
  }
  return findings;
}

function draftForSite(site: Site, conventions: ConventionsName): FindingDraft | undefined {
  const { op, namePrefix } = spanIdentity(site.operation, conventions);
  const what = `${KIND_WORDS[site.kind]} \`${site.callee}\``;
  // The engine names the span when it knows the subject (`chat gpt-4o`); otherwise the name shows the form.
  const spanName = site.spanName ?? `${namePrefix} ${SUBJECT_PLACEHOLDERS[site.kind]}`;
  const because = site.reason ? ` (${site.reason})` : "";
  switch (site.status) {
    case "instrumentable": {
      const auto = site.autoInstrumentedBy
        ? ` (Sentry's ${site.autoInstrumentedBy.integration} also records it when enabled; --skip-auto-instrumented leaves such calls to it.)`
        : "";
      return {
        ruleId: "missing-span",
        range: site.range,
        fixable: true,
        message: `${what} is not inside a ${op} span: run with --fix to wrap it in span "${spanName}".${auto}`,
      };
    }
    case "unsupported":
      return {
        ruleId: "missing-span",
        range: site.range,
        fixable: false,
        message: `${what} is not inside a ${op} span, and --fix cannot wrap it here${because}: wrap it by hand in span "${spanName}".`,
      };
    case "streaming":
      return {
        ruleId: "streaming-manual",
        range: site.range,
        fixable: false,
        // The engine's reason says why this stream is left to a person and what to write.
        message:
          `Streaming ${what} needs a ${op} span that stays open until the stream is consumed, which --fix cannot add here` +
          (site.reason ? ` (${site.reason}).` : ": start it with Sentry.startSpanManual and call span.end() after the last chunk."),
      };
    case "unresolved":
      return {
        ruleId: "unresolved-receiver",
        range: site.range,
        fixable: false,
        message:
          `\`${site.callee}\` looks like an LLM call, but its receiver could not be traced to an SDK client${because}: ` +
          'describe your client under "customSdks" in sentry-ai-codemod.config.json, or ignore this line if it is not an LLM call.',
      };
    case "instrumented":
    case "skipped":
      return undefined;
  }
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
