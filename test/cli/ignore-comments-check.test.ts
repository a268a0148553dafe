import { run, tempProject } from "./helpers";
import { LOOK_ALIKES } from "./ignore-look-alikes";

/**
 * `check` through the built CLI honours ignore-line and disable/enable ranges (test/rules/ignore-ranges.test.ts
 * has the details), and reports the comments that suppress nothing as unused-ignore (`npm run build` first).
 */
const JS = [
  'import OpenAI from "openai";',
  "const client = new OpenAI();",
  'export const a = () => client.chat.completions.create({ model: "gpt-4o", messages: [] }); // sentry-ai-codemod-ignore-line missing-span',
  'export const b = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });',
  "// sentry-ai-codemod-disable missing-span -- legacy block",
  'export const c = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });',
  "// sentry-ai-codemod-enable missing-span",
  "// sentry-ai-codemod-disable streaming-manual -- nothing streams here",
  'export const d = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });',
  "// sentry-ai-codemod-enable streaming-manual",
  "export const e = 1; // sentry-ai-codemod-ignore-line",
  "// sentry-ai-codemod-disable",
  'export const f = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });',
  "",
].join("\n");

describe("check honours ignore-line and disable/enable ranges", () => {
  it("suppresses what they cover, keeps the rest, and reports the comments that suppress nothing", () => {
    const result = run(["check", "src", "--format", "json"], tempProject({ "src/app.ts": JS }));
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: Array<{ ruleId: string; line: number }> };
    // b (line 4) and d (line 9: a streaming-manual range does not cover missing-span) are reported; a, c and f
    // (a disable with no enable runs to the end of the file) are not; the streaming-manual range and the bare
    // ignore-line on line 11 suppress nothing.
    expect(report.findings.map(({ ruleId, line }) => `${line} ${ruleId}`)).toEqual([
      "4 missing-span",
      "8 unused-ignore",
      "9 missing-span",
      "11 unused-ignore",
    ]);
  });

  it("reads directives from real comments only: not from strings or template literals", () => {
    const result = run(["check", "src", "--format", "json"], tempProject({ "src/app.ts": LOOK_ALIKES }));
    const report = JSON.parse(result.stdout) as { findings: Array<{ ruleId: string; line: number }> };
    expect(report.findings.map(({ ruleId, line }) => `${line} ${ruleId}`)).toEqual(["7 missing-span"]);
    expect(result.code).toBe(1);
  });

  it("reports the parse error of a file whose only directive is a disable, not an unused-ignore", () => {
    const broken = "// sentry-ai-codemod-disable missing-span\nconst x = ;\n";
    const result = run(["check", "src", "--format", "json"], tempProject({ "src/app.ts": broken }));
    const report = JSON.parse(result.stdout) as { findings: unknown[]; errors: Array<{ kind: string; line: number }> };
    expect(report.errors.map(({ kind, line }) => `${line} ${kind}`)).toEqual(["2 parse-error"]);
    expect(report.findings).toEqual([]);
    expect(result.code).toBe(2);
  });

  it("reports the parse error of a Python file whose only AI-related text is a directive, not an unused-ignore", () => {
    const broken = "# sentry-ai-codemod-ignore-file\nx = (\n";
    const result = run(["check", "src", "--format", "json"], tempProject({ "src/app.py": broken }));
    const report = JSON.parse(result.stdout) as { findings: unknown[]; errors: Array<{ kind: string; line: number }> };
    expect(report.errors.map(({ kind, line }) => `${line} ${kind}`)).toEqual(["2 parse-error"]);
    expect(report.findings).toEqual([]);
    expect(result.code).toBe(2);
  });
});
