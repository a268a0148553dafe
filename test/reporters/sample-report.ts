import type { CheckError, Finding } from "../../src/rules/findings";
import type { CheckReport } from "../../src/reporters";

export const SAMPLE_FINDINGS: Finding[] = [
  {
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
    lineText: "  const reply = await openai.chat.completions.create({",
  },
  {
    ruleId: "streaming-manual",
    severity: "warn",
    file: "src/agents/my agent.ts",
    line: 140,
    column: 3,
    endLine: 140,
    endColumn: 40,
    message: "Streaming call, 100% manual:\nend the span yourself",
    fixable: false,
    lineText: "\tfor await (const chunk of stream) {",
  },
  {
    ruleId: "malformed-span",
    severity: "error",
    file: "src/tools.ts",
    line: 3,
    column: 23,
    endLine: 3,
    endColumn: 35,
    message: 'Unknown gen_ai op "gen_ai.llm": use one of gen_ai.chat.',
    fixable: false,
    lineText: 'Sentry.startSpan({ op: "gen_ai.llm" }, () => {});',
  },
];

export const SAMPLE_ERRORS: CheckError[] = [
  { kind: "parse-error", file: "src/broken.ts", line: 4, column: 7, message: "',' expected." },
];

export function sampleReport(overrides: Partial<CheckReport> = {}): CheckReport {
  return {
    findings: SAMPLE_FINDINGS,
    errors: SAMPLE_ERRORS,
    filesChecked: 7,
    root: "/repo/my project",
    toolVersion: "1.2.3",
    ...overrides,
  };
}
