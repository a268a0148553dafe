import { formatReport, shouldUseColor } from "../../src/reporters";
import { sampleReport } from "./sample-report";

describe("text printer", () => {
  it("groups by file like ESLint's stylish, aligns columns and ends with counts", () => {
    expect(formatReport("text", sampleReport())).toBe(
      [
        "",
        "src/agents/my agent.ts",
        '   12:9  error    LLM call `openai.chat.completions.create` is not inside a gen_ai.chat span: run with --fix to wrap it in span "chat gpt-4o".  missing-span',
        "  140:3  warning  Streaming call, 100% manual: end the span yourself                                                                            streaming-manual",
        "",
        "src/broken.ts",
        "  4:7  error    ',' expected.  parse-error",
        "",
        "src/tools.ts",
        '  3:23  error    Unknown gen_ai op "gen_ai.llm": use one of gen_ai.chat.  malformed-span',
        "",
        "✖ 4 problems (3 errors, 1 warning)",
        "  1 error and 0 warnings potentially fixable with the `--fix` option.",
        "",
      ].join("\n"),
    );
  });

  it("prints errors without a file first, and nothing at all for a clean run", () => {
    const output = formatReport(
      "text",
      sampleReport({ findings: [], errors: [{ kind: "config-error", message: "bad config" }] }),
    );
    expect(output).toBe("error  bad config  config-error\n\n✖ 1 problem (1 error, 0 warnings)\n");
    expect(formatReport("text", sampleReport({ findings: [], errors: [] }))).toBe("");
  });

  it("colours with ANSI codes only when asked", () => {
    const coloured = formatReport("text", sampleReport({ errors: [] }), { color: true });
    expect(coloured).toContain("\u001b[31merror  \u001b[39m");
    expect(coloured).toContain("\u001b[4msrc/tools.ts\u001b[24m");
    expect(formatReport("text", sampleReport())).not.toContain("\u001b[");
  });
});

describe("shouldUseColor", () => {
  it.each([
    [{ isTTY: true }, {}, true],
    [{ isTTY: false }, {}, false],
    [{}, {}, false],
    [{ isTTY: true }, { NO_COLOR: "1" }, false],
    [{ isTTY: false }, { FORCE_COLOR: "1" }, true],
    [{ isTTY: true }, { FORCE_COLOR: "0" }, true],
    [{ isTTY: false }, { FORCE_COLOR: "0" }, false],
  ])("stream %j with env %j -> %s", (stream, env, expected) => {
    expect(shouldUseColor(stream, env)).toBe(expected);
  });
});
