import * as fs from "node:fs";
import { FileChecker } from "../../src/rules/check-file";
import { RULES } from "../../src/rules";
import type { RuleId, RuleLevel } from "../../src/rules/findings";
import type { EngineOptions } from "../../src/core/types";
import { javascriptFixtureCases } from "../fixture-cases";

/**
 * `check` must pass on what `instrument` writes: every JS/TS request fixture's output has no error-level finding
 * (no missing span, no malformed span) beyond those its input already had in hand-written spans and in calls
 * the codemod leaves alone on purpose (a hand fix: "--fix cannot wrap it here"). This is what `check --fix`
 * relies on to exit 0 right after fixing.
 */
const cases = javascriptFixtureCases("ai-request");
const rules = Object.fromEntries(RULES.map((rule) => [rule.id, rule.defaultSeverity])) as Record<RuleId, RuleLevel>;

async function errorsOf(file: string, text: string, options: EngineOptions): Promise<string[]> {
  const checker = new FileChecker({ engineOptions: options, customSdks: [], rules });
  const { findings, errors } = await checker.check({ absolutePath: file, file: "fixture", text });
  const lines = text.split(/\r?\n/);
  return [
    ...errors.map((error) => error.message),
    ...findings
      .filter((finding) => finding.severity === "error")
      .map((finding) => `${lines[finding.line - 1].trim()} -- ${finding.ruleId}: ${finding.message}`),
  ];
}

describe("check on the codemod's own JS/TS output", () => {
  it("covers the request fixtures", () => {
    expect(cases.length).toBeGreaterThan(60);
  });

  it.each(cases.map((fixture) => [fixture.name, fixture] as const))(
    "%s.output has no error finding of its own",
    async (_name, fixture) => {
      const input = fs.readFileSync(fixture.inputPath, "utf8");
      const output = fs.readFileSync(fixture.outputPath, "utf8");
      const before = (await errorsOf(fixture.inputPath, input, fixture.options)).filter(
        (error) => error.includes("malformed-span") || error.includes("--fix cannot wrap it here"),
      );
      expect(await errorsOf(fixture.inputPath, output, fixture.options)).toEqual(before);
    },
  );
});
