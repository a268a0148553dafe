import * as fs from "node:fs";
import { malformedSpan } from "../../../src/rules/malformed-span/rule";
import { javascriptFixtureCases } from "../../fixture-cases";

/**
 * The spans `instrument` writes in JS/TS must pass its own malformed-span rule: each fixture output has exactly
 * the findings of its input (hand-written spans the codemod leaves alone keep theirs), so a generated span that
 * breaks the conventions fails here.
 */
const cases = ["ai-request", "invoke-agent", "execute-tool", "handoff"].flatMap((transform) =>
  javascriptFixtureCases(transform),
);

/** `line text -- message` for each finding: stable when the codemod moves the span's line. */
async function findingsOf(absolutePath: string): Promise<string[]> {
  const text = fs.readFileSync(absolutePath, "utf8");
  const lines = text.split(/\r?\n/);
  const drafts = await malformedSpan.check({ absolutePath, text, language: "javascript" });
  return drafts.map((draft) => `${lines[draft.range.start.line - 1].trim()} -- ${draft.message}`);
}

describe("malformed-span on the codemod's own JS/TS output", () => {
  it("covers the fixtures of every transform, many of which gain spans", () => {
    const withSpans = cases.filter(({ outputPath }) => fs.readFileSync(outputPath, "utf8").includes('op: "gen_ai.'));
    expect(withSpans.length).toBeGreaterThanOrEqual(100);
  });

  it.each(cases.map((fixture) => [`${fixture.transform}/${fixture.name}`, fixture] as const))(
    "%s adds no finding",
    async (_name, fixture) => {
      expect(await findingsOf(fixture.outputPath)).toEqual(await findingsOf(fixture.inputPath));
    },
  );
});

describe("the check above reads the generated spans", () => {
  it("reports every generated span once its name is spoiled (except the ones renamed later, whose name is not judged)", async () => {
    for (const { transform, name, outputPath } of cases) {
      const text = fs.readFileSync(outputPath, "utf8");
      const spoiled = text.replace(SPAN_NAME, "$1$2x");
      const spans = (text.match(SPAN_NAME)?.length ?? 0) - (text.match(/\.updateName\(/g)?.length ?? 0);
      const drafts = await malformedSpan.check({ absolutePath: outputPath, text: spoiled, language: "javascript" });
      const reported = drafts.filter((draft) => draft.message.startsWith("Span name ")).length;
      expect({ fixture: `${transform}/${name}`, reported }).toEqual({
        fixture: `${transform}/${name}`,
        reported: spans,
      });
    }
  });
});

/** The `op: "gen_ai...", name: "` of a span the codemod writes: `x` after the quote breaks the name's form. */
const SPAN_NAME = /(op: "gen_ai\.[a-z_.]+",\s*name: )(["'`])/g;
