import * as fs from "node:fs";
import * as path from "node:path";
import { findingsFromSites } from "../../../../src/rules/findings";
import { Engine } from "../../../../src/engine/engine";
import { engineOptionsFromJscodeshift } from "../../../../src/commands/jscodeshift-adapter";
import { transformJavaScript } from "../../../../src/engine/javascript/transform";
import { builtinCatalog } from "../../../../src/sdks/registry";
import { DEFAULT_ENGINE_OPTIONS, type ProjectInfo } from "../../../../src/core/types";

/**
 * `aiSdkLoopsAsAgents`: an AI SDK `generateText` with tools and a step limit is an agent run. The fixtures in
 * __testfixtures__/invoke-agent/ai-generate-text-* show the rewrites; these tests cover what they cannot: the
 * setting off, AI SDK v4, check's findings and the jscodeshift option.
 */
const FIXTURES = path.resolve(__dirname, "../../../../__testfixtures__/invoke-agent");
const LOOP_INPUT = path.join(FIXTURES, "ai-generate-text-loop.input.ts");
const loops = new Engine({ ...DEFAULT_ENGINE_OPTIONS, aiSdkLoopsAsAgents: true });

const v4Source = `import { generateText, tool } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";

export async function forecast(city: string) {
  const result = await generateText({
    model: openai("gpt-4o-mini"),
    tools: { get_weather: tool({ parameters: z.object({ city: z.string() }), execute: async ({ city }) => city }) },
    maxSteps: 5,
    prompt: city,
  });
  return result.text;
}
`;

function transformWithMajors(source: string, sdkMajors: Record<string, number>): string {
  const project: ProjectInfo = { root: "/app", sentryPackage: "@sentry/node", sdkMajors };
  const result = transformJavaScript(
    { path: "/app/forecast.ts", text: source, project },
    { ...DEFAULT_ENGINE_OPTIONS, aiSdkLoopsAsAgents: true },
    {
      catalog: builtinCatalog,
    },
  );
  return result.output ?? "";
}

const AUTO_NOTE =
  " (Sentry's vercelAIIntegration also records it when enabled; --skip-auto-instrumented leaves such calls to it.)";

describe("aiSdkLoopsAsAgents", () => {
  it("is off by default: the same loop stays an LLM call with a chat span", async () => {
    const result = await new Engine(DEFAULT_ENGINE_OPTIONS).analyze(LOOP_INPUT, fs.readFileSync(LOOP_INPUT, "utf8"));
    expect(result.sites.map((site) => `${site.kind} ${site.spanName}`)).toEqual([
      "ai-request chat gpt-4o",
      "ai-request chat gpt-4o-mini",
      "execute-tool execute_tool get_weather",
      "execute-tool execute_tool find_sights",
    ]);
  });

  it("reads AI SDK v4's `maxSteps`, and its `usage` (which sums the steps in v4)", () => {
    const output = transformWithMajors(v4Source, { ai: 4 });
    expect(output).toContain('name: "invoke_agent forecast",');
    expect(output).toContain('"gen_ai.usage.input_tokens": response?.usage?.promptTokens,');
    expect(output).toContain('"gen_ai.usage.total_tokens": response?.usage?.totalTokens,');
    expect(output).not.toContain("totalUsage");
    expect(output).not.toContain("gen_ai.chat");
    expect(transformWithMajors(v4Source, { ai: 5 })).toContain(
      '"gen_ai.usage.input_tokens": response?.totalUsage?.inputTokens,',
    );
  });

  it("check: the missing span is an invoke_agent span named after the agent", async () => {
    const result = await loops.analyze(LOOP_INPUT, fs.readFileSync(LOOP_INPUT, "utf8"));
    const messages = findingsFromSites(result).map((finding) => `${finding.line}: ${finding.message}`);
    expect(messages.filter((message) => message.includes("Agent run"))).toEqual([
      '8: Agent run `generateText` is not inside a gen_ai.invoke_agent span: run with --fix to wrap it in span "invoke_agent weatherReport".' +
        AUTO_NOTE,
      '24: Agent run `generateText` is not inside a gen_ai.invoke_agent span: run with --fix to wrap it in span "invoke_agent trip-planner".' +
        AUTO_NOTE,
    ]);
    expect(messages.join("\n")).not.toContain("gen_ai.chat");
  });

  it("check: a hand-written invoke_agent span around the loop counts as instrumented", async () => {
    const file = path.join(FIXTURES, "ai-generate-text-loop-instrumented.input.ts");
    const result = await loops.analyze(file, fs.readFileSync(file, "utf8"));
    expect(result.sites.map((site) => site.status)).toEqual(["instrumented"]);
    expect(findingsFromSites(result)).toEqual([]);
  });

  it("reports a loop an earlier run wrapped in a chat span instead of nesting an agent span inside it", async () => {
    const chatOutput = (
      await new Engine(DEFAULT_ENGINE_OPTIONS).transform(LOOP_INPUT, fs.readFileSync(LOOP_INPUT, "utf8"))
    ).output!;
    const result = await loops.transform(LOOP_INPUT, chatOutput);
    expect(result.output).toBeUndefined();
    const agents = result.sites.filter((site) => site.kind === "invoke-agent");
    expect(agents.map((site) => site.status)).toEqual(["unsupported", "unsupported"]);
    expect(agents[0].reason).toContain("already inside a `gen_ai.chat` span");
  });

  it("leaves options it cannot read (a variable) as an LLM call", async () => {
    const source = `import { generateText, stepCountIs } from "ai";
const options = { model: "openai/gpt-4o", tools: {}, stopWhen: stepCountIs(2), prompt: "hi" };
export const answer = () => generateText(options);
`;
    const result = await loops.analyze("/app/answer.ts", source);
    expect(result.sites.map((site) => `${site.kind} ${site.status}`)).toEqual(["ai-request instrumentable"]);
  });

  it("is a jscodeshift option too", () => {
    expect(engineOptionsFromJscodeshift({}).aiSdkLoopsAsAgents).toBe(false);
    expect(engineOptionsFromJscodeshift({ aiSdkLoopsAsAgents: "true" }).aiSdkLoopsAsAgents).toBe(true);
    expect(engineOptionsFromJscodeshift({ "ai-sdk-loops-as-agents": true }).aiSdkLoopsAsAgents).toBe(true);
  });
});
