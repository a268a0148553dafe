// `check` over streaming calls: the ones the engine wraps are `missing-span` findings --fix can fix; the
// ones it leaves to a person are `streaming-manual`, saying why and what to write.
import * as fs from "node:fs";
import * as path from "node:path";
import { DEFAULT_ENGINE_OPTIONS } from "../../src/core/types";
import { Engine } from "../../src/engine/engine";
import { findingsFromSites } from "../../src/rules/findings";
import { FIXTURE_ROOT } from "../fixture-cases";

async function findingsOf(fixture: string) {
  const file = path.join(FIXTURE_ROOT, "ai-request", fixture);
  const result = await new Engine(DEFAULT_ENGINE_OPTIONS).analyze(file, fs.readFileSync(file, "utf8"));
  return findingsFromSites(result).map(({ ruleId, fixable, message, line }) => ({ ruleId, fixable, message, line }));
}

const wrapped = fs
  .readdirSync(path.join(FIXTURE_ROOT, "ai-request"))
  .filter((name) => /^stream-.*\.input\.(ts|js)$/.test(name) && !name.startsWith("stream-manual"));

test("there is a wrapped streaming fixture for every shape", () => {
  expect(wrapped.length).toBeGreaterThanOrEqual(12);
});

test.each(wrapped)("%s: every streaming call is a fixable missing-span", async (fixture) => {
  const findings = await findingsOf(fixture);
  expect(findings.length).toBeGreaterThan(0);
  for (const finding of findings)
    expect({ ruleId: finding.ruleId, fixable: finding.fixable }).toEqual({ ruleId: "missing-span", fixable: true });
});

test("streams the engine cannot follow are streaming-manual, with the reason and what to write", async () => {
  expect(await findingsOf("stream-manual.input.ts")).toEqual([
    expect.objectContaining({
      ruleId: "streaming-manual",
      fixable: false,
      line: 15,
      message: expect.stringContaining("is not a literal `true`"),
    }),
    expect.objectContaining({
      line: 19,
      message: expect.stringContaining("`.withResponse()` / `.asResponse()` on a stream"),
    }),
    expect.objectContaining({
      line: 26,
      message: expect.stringContaining("each message it yields in a gen_ai.chat span"),
    }),
    expect.objectContaining({ line: 38, message: expect.stringContaining("arguments contain `await`") }),
    expect.objectContaining({
      line: 43,
      message: expect.stringMatching(/`chatModel\.streamEvents`.*arguments contain `await`/),
    }),
  ]);
});

test("LangChain LLM and structured-output streams are missing-span findings, and their look-alike is none", async () => {
  const findings = await findingsOf("stream-langchain-llm-structured.input.ts");
  expect(findings.map(({ ruleId, line }) => ({ ruleId, line }))).toEqual([
    { ruleId: "missing-span", line: 12 },
    { ruleId: "missing-span", line: 18 },
    { ruleId: "missing-span", line: 24 },
  ]);
});

describe("Python stream shapes in check", () => {
  // [fixture, lines of the calls it wraps (missing-span), lines it leaves to a person (streaming-manual)]
  const cases: Array<[string, number[], Array<[number, RegExp]>]> = [
    [
      "streaming-openai-responses",
      [7, 16],
      [
        [22, /only a stream manager in a plain `with <call> as stream:`/],
        [28, /only a stream manager in a plain `with <call> as stream:`/],
      ],
    ],
    ["streaming-async-managers", [9, 17, 22], [[28, /only a stream manager in a plain `with <call> as stream:`/]]],
    [
      "streaming-langchain-events",
      [8, 15],
      [
        [22, /only `version="v2"` \(or none\) is read: `"v1"`/],
        [28, /only `version="v2"` \(or none\) is read: `version`/],
      ],
    ],
    ["streaming-hoisted-argument", [13, 19, 27], []],
  ];

  test.each(cases)("%s: wrapped calls are missing-span, the rest streaming-manual", async (name, fixable, manual) => {
    const expected = [
      ...fixable.map((line) => ({ line, ruleId: "missing-span", fixable: true, message: expect.any(String) })),
      ...manual.map(([line, why]) => ({
        line,
        ruleId: "streaming-manual",
        fixable: false,
        message: expect.stringMatching(why),
      })),
    ].sort((a, b) => a.line - b.line);
    expect(await findingsOf(`${name}.input.py`)).toEqual(expected);
    const left = manual.map(([, why]) =>
      expect.objectContaining({ ruleId: "streaming-manual", message: expect.stringMatching(why) }),
    );
    expect(await findingsOf(`${name}.output.py`)).toEqual(left);
  });
});
