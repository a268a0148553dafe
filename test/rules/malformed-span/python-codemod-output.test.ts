import * as fs from "node:fs";
import { malformedSpan } from "../../../src/rules/malformed-span/rule";
import type { EngineOptions } from "../../../src/core/types";
import { pythonFixtures, transform } from "../../engine/python/helpers";

/**
 * The spans the codemod writes in Python must pass its own malformed-span rule. Three fixtures start from
 * hand-written spans that break the conventions and that the codemod leaves alone on purpose (it never edits a
 * span it did not write): their findings must be exactly the input's, no more. Every other output has none.
 */
const KEEPS_HAND_WRITTEN_SPANS = new Set([
  "ai-request/already-instrumented",
  "execute-tool/already-instrumented-tool",
  "invoke-agent/already-instrumented-agent",
]);

const cases = pythonFixtures();

/** `line text -- message` for each finding: stable when the codemod moves the span's line. */
async function findingsOf(text: string): Promise<string[]> {
  const lines = text.split(/\r?\n/);
  const drafts = await malformedSpan.check({ absolutePath: "fixture.py", text, language: "python" });
  return drafts.map((draft) => `${lines[draft.range.start.line - 1].trim()} -- ${draft.message}`);
}

describe("malformed-span on the codemod's own Python output", () => {
  it("covers the fixtures, most of which gain generated spans", () => {
    const generated = cases.filter(
      ({ input, output }) => countSpans(fs.readFileSync(output, "utf8")) > countSpans(fs.readFileSync(input, "utf8")),
    );
    expect(generated.length).toBeGreaterThanOrEqual(25);
    expect(cases.filter((fixture) => KEEPS_HAND_WRITTEN_SPANS.has(fixture.name))).toHaveLength(
      KEEPS_HAND_WRITTEN_SPANS.size,
    );
  });

  it.each(cases)("$name.output.py adds no finding", async ({ name, input, output }) => {
    const before = await findingsOf(fs.readFileSync(input, "utf8"));
    const after = await findingsOf(fs.readFileSync(output, "utf8"));
    expect(after).toEqual(KEEPS_HAND_WRITTEN_SPANS.has(name) ? before : []);
    if (KEEPS_HAND_WRITTEN_SPANS.has(name)) expect(before.length).toBeGreaterThan(0);
  });

  it("reads every generated span: without its gen_ai.operation.name line, each one is reported", async () => {
    for (const { name, output } of cases) {
      const text = fs.readFileSync(output, "utf8");
      const stripped = withoutOperationName(text);
      const reported = (await findingsOf(stripped)).filter((finding) =>
        finding.includes('Set attribute "gen_ai.operation.name"'),
      );
      expect({ name, reported: reported.length }).toEqual({ name, reported: countSpans(text) });
    }
  });

  const variants: Array<[string, Partial<EngineOptions>]> = [
    ["legacy conventions", { conventions: "legacy" }],
    ["no recorded inputs or outputs", { recordInputs: false, recordOutputs: false }],
  ];
  it.each(variants)("adds no finding with %s", async (_label, options) => {
    for (const { name, input } of cases) {
      const text = fs.readFileSync(input, "utf8");
      const result = await transform(text, options);
      const before = await findingsOf(text);
      expect({ name, findings: await findingsOf(result.output ?? text) }).toEqual({
        name,
        findings: KEEPS_HAND_WRITTEN_SPANS.has(name) ? before : [],
      });
    }
  });
});

/**
 * The output without its gen_ai.operation.name settings: a line that sets it becomes `pass`; in the
 * sentry-sdk 3.x form the attribute is an entry of the start_span(...) call's attributes, and only the entry goes.
 */
function withoutOperationName(text: string): string {
  return text
    .split("\n")
    .map((line) =>
      line.includes("start_span(")
        ? line.replace(/"gen_ai\.operation\.name": "[^"]*", /, "")
        : line.replace(/^([ \t]*)[^\r]*"gen_ai\.operation\.name"[^\r]*/, "$1pass"),
    )
    .join("\n");
}

/**
 * The spans the file starts with a literal op. `_sentry_coroutine_in_span` starts its span from its parameters
 * (`start_span(op=op, name=name)`); its callers' literal op and name are what a reader checks.
 */
function countSpans(text: string): number {
  return text.split(/start_span\((?!op=op\b|name=name\b)/).length - 1;
}
