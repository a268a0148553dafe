import { formatReport } from "../../src/reporters";
import { sampleReport } from "./sample-report";

describe("json printer", () => {
  it("prints the documented schema (docs/json-schema.md), version 1", () => {
    const document = JSON.parse(formatReport("json", sampleReport()));
    expect(Object.keys(document)).toEqual(["version", "tool", "summary", "findings", "errors"]);
    expect(document.version).toBe(1);
    expect(document.tool).toEqual({ name: "sentry-ai-codemod", version: "1.2.3" });
    expect(document.summary).toEqual({
      filesChecked: 7,
      errorCount: 3,
      warningCount: 1,
      fixableErrorCount: 1,
      fixableWarningCount: 0,
      runErrorCount: 1,
    });
    expect(document.findings[0]).toEqual({
      ruleId: "missing-span",
      severity: "error",
      file: "src/agents/my agent.ts",
      line: 12,
      column: 9,
      endLine: 15,
      endColumn: 4,
      message:
        'LLM call `openai.chat.completions.create` is not inside a gen_ai.chat span: run with --fix to wrap it in span "chat gpt-4o".',
      fixable: true,
    });
    expect(document.findings.map((finding: { ruleId: string }) => finding.ruleId)).toEqual([
      "missing-span",
      "streaming-manual",
      "malformed-span",
    ]);
    expect(document.errors).toEqual([
      { kind: "parse-error", file: "src/broken.ts", line: 4, column: 7, message: "',' expected." },
    ]);
  });

  it("prints an empty report with zero counts and nulls for a file-less error", () => {
    const document = JSON.parse(
      formatReport(
        "json",
        sampleReport({ findings: [], errors: [{ kind: "git-error", message: "not a git repository" }] }),
      ),
    );
    expect(document.findings).toEqual([]);
    expect(document.errors).toEqual([
      { kind: "git-error", file: null, line: null, column: null, message: "not a git repository" },
    ]);
    expect(document.summary.errorCount).toBe(1);
  });
});
