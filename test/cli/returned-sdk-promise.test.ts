import * as fs from "node:fs";
import * as path from "node:path";
import { fixture, run, tempProject } from "./helpers";

/**
 * A call returned as is to a caller that reads `.withResponse()` on it keeps the SDK's promise: instrument leaves
 * it alone and says why, check reports it as a hand fix (`npm run build` first).
 */
describe("a returned SDK promise whose caller needs .withResponse()", () => {
  const input = fs.readFileSync(fixture("position-return-to-with-response-caller.input.ts"), "utf8");

  it("instrument leaves the file as it is and lists the call under manual work", () => {
    const project = tempProject({ "src/chat.ts": input });
    const result = run(["instrument", "src"], project);
    expect(result.code).toBe(0);
    expect(fs.readFileSync(path.join(project, "src/chat.ts"), "utf8")).toBe(input);
    expect(result.stderr).toContain("Needs manual work:");
    expect(result.stderr).toContain("reads `.withResponse()` on it (line 12)");
  });

  it("check reports it as not fixable", () => {
    const project = tempProject({ "src/chat.ts": input });
    const result = run(["check", "src", "--format", "json"], project);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: Array<{ ruleId: string; fixable: boolean; line: number }> };
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: "missing-span", fixable: false, line: 8 })]);
  });
});

/** The same when the caller is another file of the project, importing the function directly or through a barrel. */
describe("a returned SDK promise whose caller in another file needs .withResponse()", () => {
  const input = fs.readFileSync(fixture("position-return-to-with-response-caller-elsewhere.input.ts"), "utf8");
  const caller = fs
    .readFileSync(fixture("local-with-response-caller.ts"), "utf8")
    .replaceAll("./position-return-to-with-response-caller-elsewhere.input", "./lib");
  const project = (): string =>
    tempProject({
      "src/lib/chat.ts": input,
      "src/lib/index.ts": 'export { ask } from "./chat";\nexport * from "./chat";\n',
      "src/report.ts": caller,
    });

  it("instrument wraps only the call whose callers just await it, and says which caller keeps the others", () => {
    const directory = project();
    const result = run(["instrument", "src", "--force"], directory);
    expect(result.code).toBe(0);
    const written = fs.readFileSync(path.join(directory, "src/lib/chat.ts"), "utf8");
    expect(written).toContain("export function translate(text: string) {\n  return Sentry.startSpan(");
    expect(written).toContain(
      "export function ask(question: string) {\n  return openai.chat.completions.create({ model: ",
    );
    expect(written).toContain("export const summarize = (text: string) =>\n  openai.chat.completions.create(");
    expect(fs.readFileSync(path.join(directory, "src/report.ts"), "utf8")).toBe(caller);
    expect(result.stderr).toContain("a caller in src/report.ts that reads `.withResponse()` on it (line 7)");
    expect(result.stderr).toContain("a caller in src/report.ts that reads `.asResponse()` on it (line 12)");
    // A second run changes nothing.
    const again = run(["instrument", "src", "--force"], directory);
    expect(fs.readFileSync(path.join(directory, "src/lib/chat.ts"), "utf8")).toBe(written);
    expect(again.code).toBe(0);
  });

  it("check reports those calls as not fixable, and the awaited one as fixable", () => {
    const result = run(["check", "src/lib/chat.ts", "--format", "json"], project());
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: Array<{ ruleId: string; fixable: boolean; line: number }> };
    expect(report.findings.map(({ line, fixable }) => [line, fixable])).toEqual([
      [9, false],
      [13, false],
      [16, true],
    ]);
  });

  it("a caller outside the project (a nested package) or without the helper does not count", () => {
    const directory = tempProject({
      "src/chat.ts": input,
      "tools/package.json": "{}",
      "tools/report.ts": caller.replaceAll("./lib", "../src/chat"),
    });
    const result = run(["check", "src", "--format", "json"], directory);
    const report = JSON.parse(result.stdout) as { findings: Array<{ fixable: boolean }> };
    expect(report.findings.map((finding) => finding.fixable)).toEqual([true, true, true]);
  });
});
