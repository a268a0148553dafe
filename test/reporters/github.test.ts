import { formatReport } from "../../src/reporters";
import { escapeData, escapeProperty } from "../../src/reporters/github";
import { sampleReport } from "./sample-report";

describe("github printer", () => {
  it("prints one workflow command per finding and error, then the count", () => {
    expect(formatReport("github", sampleReport()).split("\n")).toEqual([
      "::error file=src/broken.ts,line=4,col=7,title=sentry-ai-codemod parse-error::',' expected.",
      "::error file=src/agents/my agent.ts,line=12,endLine=15,title=sentry-ai-codemod missing-span::" +
        'LLM call `openai.chat.completions.create` is not inside a gen_ai.chat span: run with --fix to wrap it in span "chat gpt-4o".',
      "::warning file=src/agents/my agent.ts,line=140,endLine=140,col=3,endColumn=40,title=sentry-ai-codemod streaming-manual::" +
        "Streaming call, 100%25 manual:%0Aend the span yourself",
      '::error file=src/tools.ts,line=3,endLine=3,col=23,endColumn=35,title=sentry-ai-codemod malformed-span::Unknown gen_ai op "gen_ai.llm": use one of gen_ai.chat.',
      "sentry-ai-codemod: 4 problems (3 errors, 1 warning)",
      "",
    ]);
  });

  it("prints nothing for a clean run", () => {
    expect(formatReport("github", sampleReport({ findings: [], errors: [] }))).toBe("");
  });

  it("escapes data and properties as @actions/core does", () => {
    expect(escapeData("50% done\r\nnext: a,b")).toBe("50%25 done%0D%0Anext: a,b");
    expect(escapeProperty("C:\\dir\\a,b.ts\n%")).toBe("C%3A\\dir\\a%2Cb.ts%0A%25");
    const report = sampleReport({
      errors: [],
      findings: [{ ...sampleReport().findings[2], file: "src/a,b:c.ts" }],
    });
    expect(formatReport("github", report).split("\n")[0]).toBe(
      '::error file=src/a%2Cb%3Ac.ts,line=3,endLine=3,col=23,endColumn=35,title=sentry-ai-codemod malformed-span::Unknown gen_ai op "gen_ai.llm": use one of gen_ai.chat.',
    );
  });
});
