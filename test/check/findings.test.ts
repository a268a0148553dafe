import { errorsFromDiagnostics, findingsFromSites } from "../../src/rules/findings";
import type { FileResult, Site } from "../../src/core/types";

const range = { start: { line: 4, column: 9 }, end: { line: 7, column: 3 } };

function site(overrides: Partial<Site>): Site {
  return { kind: "ai-request", sdk: "openai", operation: "chat", callee: "openai.chat.completions.create", range, status: "instrumentable", ...overrides };
}

function result(sites: Site[]): FileResult {
  return { path: "src/app.ts", language: "javascript", sites, diagnostics: [] };
}

describe("findingsFromSites", () => {
  it("maps each status to its rule, fixability, default severity and message", () => {
    const findings = findingsFromSites(
      result([
        site({ spanName: "chat gpt-4o" }),
        site({ status: "instrumentable", autoInstrumentedBy: { integration: "openAIIntegration", since: "9.36.0" } }),
        site({ kind: "execute-tool", sdk: "ai", operation: "execute_tool", callee: "getWeather", status: "unsupported", reason: "the tool is defined inside a class body", spanName: "execute_tool get_weather" }),
        site({ callee: "openai.chat.completions.runTools", status: "streaming", reason: "several model calls in one stream: wrap each by hand" }),
        site({ callee: "client.chat.completions.create", status: "unresolved", reason: "client is a function parameter" }),
        site({ status: "instrumented" }),
        site({ status: "skipped" }),
      ]),
    );
    expect(findings.map(({ ruleId, severity, fixable, message }) => ({ ruleId, severity, fixable, message }))).toEqual([
      {
        ruleId: "missing-span",
        severity: "error",
        fixable: true,
        message: 'LLM call `openai.chat.completions.create` is not inside a gen_ai.chat span: run with --fix to wrap it in span "chat gpt-4o".',
      },
      {
        ruleId: "missing-span",
        severity: "error",
        fixable: true,
        message:
          'LLM call `openai.chat.completions.create` is not inside a gen_ai.chat span: run with --fix to wrap it in span "chat <model>". ' +
          "(Sentry's openAIIntegration also records it when enabled; --skip-auto-instrumented leaves such calls to it.)",
      },
      {
        ruleId: "missing-span",
        severity: "error",
        fixable: false,
        message:
          "Tool function `getWeather` is not inside a gen_ai.execute_tool span, and --fix cannot wrap it here " +
          '(the tool is defined inside a class body): wrap it by hand in span "execute_tool get_weather".',
      },
      {
        ruleId: "streaming-manual",
        severity: "warn",
        fixable: false,
        message:
          "Streaming LLM call `openai.chat.completions.runTools` needs a gen_ai.chat span that stays open until the stream is consumed, " +
          "which --fix cannot add here (several model calls in one stream: wrap each by hand).",
      },
      {
        ruleId: "unresolved-receiver",
        severity: "warn",
        fixable: false,
        message:
          "`client.chat.completions.create` looks like an LLM call, but its receiver could not be traced to an SDK client " +
          '(client is a function parameter): describe your client under "customSdks" in sentry-ai-codemod.config.json, or ignore this line if it is not an LLM call.',
      },
    ]);
    expect(findings[0]).toMatchObject({ file: "src/app.ts", line: 4, column: 9, endLine: 7, endColumn: 3 });
  });

  it("names the span by the conventions in use", () => {
    const [finding] = findingsFromSites(result([site({ spanName: "request gpt-4o" })]), "legacy");
    expect(finding.message).toBe(
      'LLM call `openai.chat.completions.create` is not inside a gen_ai.request span: run with --fix to wrap it in span "request gpt-4o".',
    );
  });
});

describe("errorsFromDiagnostics", () => {
  it("turns error diagnostics into parse errors and leaves warnings out", () => {
    const fileResult: FileResult = {
      ...result([]),
      diagnostics: [
        { severity: "error", message: "',' expected.", range: { start: { line: 2, column: 5 }, end: { line: 2, column: 6 } } },
        { severity: "warning", message: "something minor" },
        { severity: "error", message: "unsupported file type: .vue" },
      ],
    };
    expect(errorsFromDiagnostics(fileResult)).toEqual([
      { kind: "parse-error", file: "src/app.ts", line: 2, column: 5, message: "',' expected." },
      { kind: "parse-error", file: "src/app.ts", line: undefined, column: undefined, message: "unsupported file type: .vue" },
    ]);
  });
});
