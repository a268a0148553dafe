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
