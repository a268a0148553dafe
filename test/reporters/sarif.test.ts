import { formatReport } from "../../src/reporters";
import { fingerprintFindings } from "../../src/reporters/sarif";
import { RULES } from "../../src/rules";
import { SAMPLE_FINDINGS, sampleReport } from "./sample-report";
import { sarifStructureProblems } from "./sarif-structure";

describe("sarif printer", () => {
  const log = JSON.parse(formatReport("sarif", sampleReport()));
  const run = log.runs[0];

  it("matches the SARIF 2.1.0 schema's structure for every object it emits", () => {
    expect(sarifStructureProblems(log)).toEqual([]);
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
  });

  it("describes every rule with a stable id, help text and default level", () => {
    expect(run.tool.driver.name).toBe("sentry-ai-codemod");
    expect(run.tool.driver.version).toBe("1.2.3");
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual([
      "missing-span",
      "malformed-span",
      "streaming-manual",
      "unresolved-receiver",
      "unused-ignore",
    ]);
    expect(run.tool.driver.rules[2]).toEqual({
      id: "streaming-manual",
      name: "StreamingManual",
      shortDescription: { text: RULES[2].description },
      fullDescription: { text: RULES[2].description },
      help: { text: RULES[2].help, markdown: RULES[2].help },
      defaultConfiguration: { level: "warning" },
      properties: { tags: ["sentry", "gen_ai", "observability"] },
    });
  });

  it("places results with repository-relative, percent-encoded URIs against %SRCROOT%", () => {
    expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///repo/my%20project/" } });
    expect(run.results[1]).toEqual({
      ruleId: "streaming-manual",
      ruleIndex: 2,
      level: "warning",
      message: { text: "Streaming call, 100% manual:\nend the span yourself" },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "src/agents/my%20agent.ts", uriBaseId: "%SRCROOT%" },
            region: { startLine: 140, startColumn: 3, endLine: 140, endColumn: 40 },
          },
        },
      ],
      partialFingerprints: { primaryLocationLineHash: fingerprintFindings(SAMPLE_FINDINGS)[1] },
      properties: { fixable: false },
    });
    expect(run.results.map((result: { level: string }) => result.level)).toEqual(["error", "warning", "error"]);
  });

  it("reports run errors as tool execution notifications", () => {
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: "error",
            message: { text: "',' expected." },
            descriptor: { id: "parse-error" },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: "src/broken.ts", uriBaseId: "%SRCROOT%" },
                  region: { startLine: 4, startColumn: 7 },
                },
              },
            ],
          },
        ],
      },
    ]);
  });
});

describe("fingerprintFindings", () => {
  const base = SAMPLE_FINDINGS[0];

  it("does not change when the finding moves to another line or its indentation changes", () => {
    const [before] = fingerprintFindings([base]);
    const [after] = fingerprintFindings([
      { ...base, line: 40, endLine: 43, lineText: "\t\tconst reply =  await openai.chat.completions.create({" },
    ]);
    expect(after).toBe(before);
    expect(before).toMatch(/^[0-9a-f]{16}:1$/);
  });

  it("changes with the rule, the file or the line's text", () => {
    const [original] = fingerprintFindings([base]);
    const variants = fingerprintFindings([
      { ...base, ruleId: "streaming-manual" },
      { ...base, file: "src/other.ts" },
      { ...base, lineText: "const reply = await anthropic.messages.create({" },
    ]);
    expect(new Set([original, ...variants]).size).toBe(4);
  });

  it("numbers identical lines in order so each keeps its own fingerprint", () => {
    const prints = fingerprintFindings([base, { ...base, line: 30, endLine: 33 }, { ...base, file: "src/x.ts" }]);
    expect(prints[0].split(":")[0]).toBe(prints[1].split(":")[0]);
    expect(prints.map((print) => print.split(":")[1])).toEqual(["1", "2", "1"]);
  });
});

describe("sarifStructureProblems (the test's own checker)", () => {
  it("catches unknown properties, missing required ones, bad enums, bad regions and dangling rule indexes", () => {
    const broken = {
      version: "2.1.0",
      runs: [
        {
          tool: { driver: { name: "x", rules: [{ id: "a" }] } },
          results: [
            {
              ruleId: "b",
              ruleIndex: 0,
              level: "fatal",
              message: {},
              severity: "high",
              locations: [{ physicalLocation: { artifactLocation: { uri: "/abs/a.ts" }, region: { startLine: 0 } } }],
            },
          ],
        },
      ],
    };
    expect(sarifStructureProblems(broken)).toEqual([
      "$.runs[0].results[0].severity: not allowed on result",
      "$.runs[0].results[0].level: fatal not in enum",
      "$.runs[0].results[0].message: a message needs text or id",
      "$.runs[0].results[0].locations[0].physicalLocation.region.startLine: expected an integer >= 1",
      "runs[0].results[0].ruleIndex: does not point at rule b",
      "runs[0].results[0]: uri /abs/a.ts is not a relative URI reference",
    ]);
  });
});
