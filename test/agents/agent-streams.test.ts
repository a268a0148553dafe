// Streamed agent runs in `check`: the ones the engine wraps are fixable `missing-span` findings and nothing is
// left to report on the output; the ones it cannot follow are `streaming-manual`, saying why.
import * as fs from "node:fs";
import * as path from "node:path";
import { DEFAULT_ENGINE_OPTIONS } from "../../src/core/types";
import { Engine } from "../../src/engine/engine";
import { findingsFromSites } from "../../src/rules/findings";
import { FIXTURE_ROOT } from "../fixture-cases";

const engine = new Engine(DEFAULT_ENGINE_OPTIONS);

async function findingsOf(file: string, text = fs.readFileSync(file, "utf8")) {
  const result = await engine.analyze(file, text);
  return findingsFromSites(result).map(({ ruleId, fixable, message, line }) => ({ ruleId, fixable, message, line }));
}

describe.each([
  ["openai-agents-stream.input.ts", "openai-agents-stream.output.ts"],
  ["openai-agents-stream.input.py", "openai-agents-stream.output.py"],
])("check on %s", (input, output) => {
  const inputPath = path.join(FIXTURE_ROOT, "invoke-agent", input);
  const outputPath = path.join(FIXTURE_ROOT, "invoke-agent", output);

  // the Python fixture ends with a stream that is not assigned to a name, which stays a manual one
  const manual = input.endsWith(".py") ? [expect.objectContaining({ ruleId: "streaming-manual", fixable: false })] : [];

  it("reports every streamed run as a fixable missing span", async () => {
    const findings = await findingsOf(inputPath);
    const fixable = findings.slice(0, findings.length - manual.length);
    expect(fixable.length).toBeGreaterThanOrEqual(2);
    for (const finding of fixable)
      expect({ ruleId: finding.ruleId, fixable: finding.fixable }).toEqual({ ruleId: "missing-span", fixable: true });
    expect(findings.slice(fixable.length)).toEqual(manual);
  });

  it("passes on the instrumented output", async () => {
    expect(await findingsOf(outputPath)).toEqual(manual);
    const result = await engine.analyze(outputPath, fs.readFileSync(outputPath, "utf8"));
    const statuses = result.sites.map((site) => site.status);
    expect(statuses.slice(0, statuses.length - manual.length)).toEqual(
      statuses.slice(0, statuses.length - manual.length).map(() => "instrumented"),
    );
  });
});

describe("streamed @openai/agents runs the engine leaves to a person", () => {
  const lines = (body: string) =>
    ['import { Agent, run } from "@openai/agents";', 'const a = new Agent({ name: "A" });', body].join("\n");

  it("a stream flag that is not a literal true", async () => {
    const findings = await findingsOf(
      "/virtual/flag.ts",
      lines("export async function go(stream: boolean) { return run(a, 'hi', { stream }); }"),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: "streaming-manual",
        fixable: false,
        message: expect.stringContaining("is not a literal `true`"),
      }),
    ]);
  });

  it("arguments that await", async () => {
    const findings = await findingsOf(
      "/virtual/await.ts",
      lines("export async function go(p: Promise<string>) { return run(a, await p, { stream: true }); }"),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: "streaming-manual",
        fixable: false,
        message: expect.stringContaining("arguments contain `await`"),
      }),
    ]);
  });
});
