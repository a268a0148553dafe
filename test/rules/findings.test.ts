import type { FileResult, Site } from "../../src/core/types";
import { errorsFromDiagnostics, findingsFromSites, SITE_RULES } from "../../src/rules/findings";
import { ALL_STATUSES, site } from "./sites";

function result(sites: Site[]): FileResult {
  return { path: "src/app.ts", language: "javascript", sites, diagnostics: [] };
}

describe("findingsFromSites (the site rules' driver)", () => {
  it("gives each status to at most one site rule", () => {
    for (const status of ALL_STATUSES) {
      const reporting = SITE_RULES.filter((rule) => rule.check(site({ status }), { conventions: "default" }));
      expect({ status, rules: reporting.length }).toEqual({
        status,
        rules: status === "instrumented" || status === "skipped" ? 0 : 1,
      });
    }
  });

  it("reports in site order, with the file, the site's position and each rule's default severity", () => {
    const findings = findingsFromSites(
      result([
        site({ spanName: "chat gpt-4o" }),
        site({
          status: "unsupported",
          reason: "inside a class body",
          range: { start: { line: 9, column: 1 }, end: { line: 9, column: 20 } },
        }),
        site({ status: "streaming" }),
        site({ status: "unresolved" }),
        site({ status: "instrumented" }),
        site({ status: "skipped" }),
      ]),
    );
    const placed = findings.map(({ ruleId, severity, fixable, file, line, column, endLine, endColumn }) => {
      return { ruleId, severity, fixable, file, line, column, endLine, endColumn };
    });
    expect(placed).toEqual([
      {
        ruleId: "missing-span",
        severity: "error",
        fixable: true,
        file: "src/app.ts",
        line: 4,
        column: 9,
        endLine: 7,
        endColumn: 3,
      },
      {
        ruleId: "missing-span",
        severity: "error",
        fixable: false,
        file: "src/app.ts",
        line: 9,
        column: 1,
        endLine: 9,
        endColumn: 20,
      },
      {
        ruleId: "streaming-manual",
        severity: "warn",
        fixable: false,
        file: "src/app.ts",
        line: 4,
        column: 9,
        endLine: 7,
        endColumn: 3,
      },
      {
        ruleId: "unresolved-receiver",
        severity: "warn",
        fixable: false,
        file: "src/app.ts",
        line: 4,
        column: 9,
        endLine: 7,
        endColumn: 3,
      },
    ]);
    expect(findings[0].message).toBe(
      'LLM call `openai.chat.completions.create` is not inside a gen_ai.chat span: run with --fix to wrap it in span "chat gpt-4o".',
    );
  });

  it("passes the conventions in use to the rules", () => {
    const [finding] = findingsFromSites(result([site({ spanName: "request gpt-4o" })]), "legacy");
    expect(finding.message).toContain("is not inside a gen_ai.request span");
  });
});

describe("errorsFromDiagnostics", () => {
  it("turns error diagnostics into parse errors and leaves warnings out", () => {
    const fileResult: FileResult = {
      ...result([]),
      diagnostics: [
        {
          severity: "error",
          message: "',' expected.",
          range: { start: { line: 2, column: 5 }, end: { line: 2, column: 6 } },
        },
        { severity: "warning", message: "something minor" },
        { severity: "error", message: "unsupported file type: .vue" },
      ],
    };
    expect(errorsFromDiagnostics(fileResult)).toEqual([
      { kind: "parse-error", file: "src/app.ts", line: 2, column: 5, message: "',' expected." },
      {
        kind: "parse-error",
        file: "src/app.ts",
        line: undefined,
        column: undefined,
        message: "unsupported file type: .vue",
      },
    ]);
  });
});
