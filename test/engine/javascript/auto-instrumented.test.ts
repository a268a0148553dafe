import { transformJavaScript } from "../../../src/engine/javascript/transform";
import { builtinCatalog } from "../../../src/sdks/registry";
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions, type ProjectInfo } from "../../../src/core/types";

/** Sentry's vercelAIIntegration spans AI SDK calls, agents and tools: the duplicate notice and the skip know it. */
const source = `import { embed, generateText, tool, ToolLoopAgent } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";

const weather = tool({
  description: "Weather in a city",
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => \`sunny in \${city}\`,
});

export async function answer(prompt: string) {
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt });
  return text;
}

export async function vector(value: string) {
  return embed({ model: openai.embedding("text-embedding-3-small"), value });
}

export async function plan(prompt: string) {
  const agent = new ToolLoopAgent({ id: "planner", model: openai("gpt-4o"), tools: { weather } });
  return agent.generate({ prompt });
}
`;

function run(sentryVersion: string, options: Partial<EngineOptions> = {}) {
  const project: ProjectInfo = { root: "/app", sentryPackage: "@sentry/node", sentryVersion, sdkMajors: { ai: 6 } };
  return transformJavaScript(
    { path: "/app/ai.ts", text: source, project },
    { ...DEFAULT_ENGINE_OPTIONS, ...options },
    { catalog: builtinCatalog },
  );
}

describe("vercelAIIntegration", () => {
  it("names every AI SDK site it already spans (@sentry/node 11)", () => {
    const result = run("11.11.0");
    expect(result.sites.map((site) => [site.callee, site.status, site.autoInstrumentedBy?.integration])).toEqual([
      ["generateText", "instrumentable", "vercelAIIntegration"],
      ["embed", "instrumentable", "vercelAIIntegration"],
      ["tool", "instrumentable", "vercelAIIntegration"],
      ["agent.generate", "instrumentable", "vercelAIIntegration"],
    ]);
  });

  it("--skip-auto-instrumented leaves them all alone", () => {
    const result = run("11.11.0", { skipAutoInstrumented: true });
    expect(result.output).toBeUndefined();
    expect(result.sites.map((site) => site.status)).toEqual(["skipped", "skipped", "skipped", "skipped"]);
    expect(result.sites[0].reason).toBe("Sentry's vercelAIIntegration already creates this span");
  });

  it("knows the tool loop written as generateText too (--ai-sdk-loops-as-agents)", () => {
    const loop = source.replace(
      'generateText({ model: openai("gpt-4o-mini"), prompt })',
      'generateText({ model: openai("gpt-4o-mini"), prompt, tools: { weather }, maxSteps: 3 })',
    );
    const project: ProjectInfo = {
      root: "/app",
      sentryPackage: "@sentry/node",
      sentryVersion: "11.11.0",
      sdkMajors: { ai: 6 },
    };
    const options = { ...DEFAULT_ENGINE_OPTIONS, aiSdkLoopsAsAgents: true, skipAutoInstrumented: true };
    const result = transformJavaScript({ path: "/app/ai.ts", text: loop, project }, options, {
      catalog: builtinCatalog,
    });
    const generate = result.sites.find((site) => site.callee === "generateText");
    expect([generate?.kind, generate?.status, generate?.autoInstrumentedBy?.integration]).toEqual([
      "invoke-agent",
      "skipped",
      "vercelAIIntegration",
    ]);
  });

  it("says nothing for a Sentry SDK older than the integration (8.40)", () => {
    const result = run("8.40.0", { skipAutoInstrumented: true });
    expect(result.sites.map((site) => [site.status, site.autoInstrumentedBy])).toEqual([
      ["instrumentable", undefined],
      ["instrumentable", undefined],
      ["instrumentable", undefined],
      ["instrumentable", undefined],
    ]);
    expect(result.output).toContain('op: "gen_ai.chat"');
  });
});
