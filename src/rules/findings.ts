import { spanIdentity, type ConventionsName, type SpanKind } from "../core/conventions";
import type { FileResult, Site } from "../core/types";
import { missingSpan } from "./missing-span";
import { streamingManual } from "./streaming-manual";
import type { CheckError, Finding, FindingDraft, RuleMeta, Severity } from "./types";
import { unresolvedReceiver } from "./unresolved-receiver";

export type { CheckError, Finding, FindingDraft, RuleId, RuleLevel, Severity } from "./types";

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
/** The rules that judge the engine's sites, by id: a site's finding gets its rule's default severity. */
const SITE_RULES: ReadonlyMap<string, RuleMeta> = new Map([missingSpan, streamingManual, unresolvedReceiver].map((rule) => [rule.id, rule]));

export function findingsFromSites(result: FileResult, conventions: ConventionsName = "default"): Finding[] {
  const findings: Finding[] = [];
  for (const site of result.sites) {
    const draft = draftForSite(site, conventions);
    if (draft) findings.push(toFinding(draft, result.path, (SITE_RULES.get(draft.ruleId) as RuleMeta).defaultSeverity));
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
        // The engine's reason for a stream only restates this message, so it is left out.
        message:
          `Streaming ${what} needs a ${op} span that stays open until the stream is consumed, which --fix cannot add: ` +
          "start it with Sentry.startSpanManual and call span.end() after the last chunk.",
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
