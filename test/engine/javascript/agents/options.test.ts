import * as fs from "node:fs";
import * as path from "node:path";
import { applyTransform } from "jscodeshift/src/testUtils";
import { Engine } from "../../../../src/engine/engine";
import { DEFAULT_ENGINE_OPTIONS } from "../../../../src/core/types";
import * as executeTool from "../../../../transforms/execute-tool";
import * as handoff from "../../../../transforms/handoff";
import * as invokeAgent from "../../../../transforms/invoke-agent";

const FIXTURES = path.resolve(__dirname, "../../../../__testfixtures__");
const read = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), "utf8");

describe("engine options on agent sites", () => {
  it("leaves content out with recordInputs/recordOutputs off, keeping names and usage", async () => {
    const engine = new Engine({ ...DEFAULT_ENGINE_OPTIONS, recordInputs: false, recordOutputs: false });
    const file = path.join(FIXTURES, "handoff/openai-agents-handoffs.input.ts");
    const { output } = await engine.transform(file, fs.readFileSync(file, "utf8"));
    expect(output).toContain('"gen_ai.agent.name": "Triage Agent"');
    expect(output).toContain('"gen_ai.usage.input_tokens": response?.state?.usage?.inputTokens');
    expect(output).not.toContain("gen_ai.request.messages");
    expect(output).not.toContain("gen_ai.response.text");

    const toolFile = path.join(FIXTURES, "execute-tool/openai-agents-tool.input.ts");
    const tool = await engine.transform(toolFile, fs.readFileSync(toolFile, "utf8"));
    // The helper records the name and description, neither the input nor the output; the tool's lines stay as written.
    expect(tool.output).toContain('"gen_ai.tool.name": name,');
    expect(tool.output).toContain(
      'execute: async ({ city }) => runInToolSpan("get_weather", "Get the weather for a city", undefined, async () => {\n    const forecast',
    );
    expect(tool.output).not.toContain("gen_ai.tool.input");
    expect(tool.output).not.toContain("gen_ai.tool.output");
    // Nothing reads the input: the helper's parameter is `_input`, and the span runs the body as it is.
    expect(tool.output).toContain("_input: unknown, body: () => R): R {");
    expect(tool.output).toContain("    body,\n");
    expect(tool.output).not.toContain("toSpanJson");
  });

  it("with recordOutputs off, the tool's function still runs through the helper, unchanged, recording its input", async () => {
    const engine = new Engine({ ...DEFAULT_ENGINE_OPTIONS, recordOutputs: false });
    const file = path.join(FIXTURES, "execute-tool/expression-bodies.input.ts");
    const input = read("execute-tool/expression-bodies.input.ts");
    const { output } = await engine.transform(file, input);
    expect(output).toContain('"gen_ai.tool.input": sentryRecordsAiContent("inputs") ? toSpanJson(input) : undefined,');
    expect(output).not.toContain("gen_ai.tool.output");
    // Every line of the input is still in the output: wrapping adds text, it moves none, and each tool function's
    // own text (up to its `=>`) is still written as it was.
    const kept = output!.split("\n");
    for (const line of input.split("\n").filter((text) => !/^\s*execute/.test(text))) expect(kept).toContain(line);
    for (const line of input.split("\n").filter((text) => /^\s*execute/.test(text)))
      expect(output).toContain(`${line.slice(0, line.indexOf("=>") + 2)} runInToolSpan(`);
  });

  it("keeps agent, tool and handoff ops under the legacy conventions", async () => {
    const engine = new Engine({ ...DEFAULT_ENGINE_OPTIONS, conventions: "legacy" });
    const file = path.join(FIXTURES, "handoff/openai-agents-handoffs.input.ts");
    const { output } = await engine.transform(file, fs.readFileSync(file, "utf8"));
    expect(output).toBe(read("handoff/openai-agents-handoffs.output.ts"));
  });

  it("skips tools Sentry's LangChain integration already spans, with --skip-auto-instrumented", async () => {
    const file = path.join(FIXTURES, "execute-tool/langchain-tool.input.ts");
    const skipping = new Engine({ ...DEFAULT_ENGINE_OPTIONS, skipAutoInstrumented: true });
    const result = await skipping.transform(file, read("execute-tool/langchain-tool.input.ts"));
    expect(result.output).toBeUndefined();
    expect(result.sites.map((site) => [site.status, site.autoInstrumentedBy?.integration])).toEqual([
      ["skipped", "langChainIntegration"],
    ]);
  });

  it("reports streamed runs and unsupported tool bodies without rewriting them", async () => {
    const engine = new Engine(DEFAULT_ENGINE_OPTIONS);
    const result = await engine.analyze(
      "/virtual/stream.ts",
      [
        'import { Agent, run, tool } from "@openai/agents";',
        'const a = new Agent({ name: "A" });',
        // A tool function from another module is reported; one the file declares would be wrapped where it is passed.
        'import { lookup } from "./lookup";',
        'export const t = tool({ name: "lookup", description: "d", parameters: {} as never, execute: lookup });',
        'export async function go(options: { stream: true }) { return run(a, "hi", options); }',
      ].join("\n"),
    );
    expect(result.sites.map((site) => [site.kind, site.status])).toEqual([
      ["execute-tool", "unsupported"],
      ["invoke-agent", "streaming"],
    ]);
  });

  it("wraps the tool object of an @openai/agents agent used as a tool, once", async () => {
    const file = path.join(FIXTURES, "execute-tool/openai-agents-as-tool.input.ts");
    const engine = new Engine(DEFAULT_ENGINE_OPTIONS);
    const result = await engine.transform(file, read("execute-tool/openai-agents-as-tool.input.ts"));
    const asTool = result.sites.find((site) => site.callee === "researcher.asTool");
    expect(asTool).toMatchObject({
      kind: "execute-tool",
      sdk: "openai-agents",
      status: "instrumentable",
      spanName: "execute_tool research",
    });
    expect(result.output).toContain(
      'tools: [withAgentToolSpan(researcher.asTool({ toolName: "research", toolDescription: "Research a topic" }), "Researcher")],',
    );
    const again = await engine.analyze(file, result.output!);
    expect(again.sites.find((site) => site.callee === "researcher.asTool")?.status).toBe("instrumented");
  });

  it("finds openai runTools function tools, and the runner itself as a streamed call it can wrap", async () => {
    const file = path.join(FIXTURES, "execute-tool/openai-run-tools.input.ts");
    const result = await new Engine(DEFAULT_ENGINE_OPTIONS).analyze(
      file,
      read("execute-tool/openai-run-tools.input.ts"),
    );
    expect(result.sites.map((site) => [site.kind, site.status, site.callee, site.spanName])).toEqual([
      ["ai-request", "instrumentable", "client.chat.completions.runTools", "chat gpt-4o-mini"],
      ["ai-request", "instrumentable", "client.chat.completions.runTools", "chat gpt-4o-mini"],
      ["execute-tool", "instrumentable", "zodFunction", "execute_tool get_stock"],
      ["execute-tool", "instrumentable", "client.chat.completions.runTools", "execute_tool get_weather"],
      ["execute-tool", "instrumentable", "client.chat.completions.runTools", "execute_tool currentTime"],
    ]);
  });
});

describe("jscodeshift transforms", () => {
  const input = (name: string) => {
    const file = path.join(FIXTURES, name);
    return { path: file, source: fs.readFileSync(file, "utf8") };
  };

  it("invoke-agent writes only invoke_agent spans", () => {
    const output = applyTransform(invokeAgent, {}, input("invoke-agent/custom-agent-dispatch.input.ts"));
    expect(output).toContain('op: "gen_ai.invoke_agent"');
    expect(output).not.toContain('op: "gen_ai.execute_tool"');
    expect(output).not.toContain('op: "gen_ai.chat"');
  });

  it("execute-tool writes only execute_tool spans, and honours options", () => {
    const source = input("execute-tool/ai-tools-object-in-generate-text.input.ts");
    const output = applyTransform(executeTool, {}, source);
    expect(output).toContain('op: "gen_ai.execute_tool"');
    expect(output).not.toContain('op: "gen_ai.chat"');
    const quiet = applyTransform(executeTool, { recordInputs: "false" }, source);
    expect(quiet).not.toContain("gen_ai.tool.input");
  });

  it("handoff writes only the handoff listener", () => {
    const output = applyTransform(handoff, {}, input("handoff/openai-agents-handoffs.input.ts"));
    expect(output).toContain('triageAgent.on("agent_handoff", (_context, nextAgent) => {');
    expect(output).not.toContain('op: "gen_ai.invoke_agent"');
  });

  it("reports nothing to do (jscodeshift's 'skipped') when there is no site", () => {
    const source = input("invoke-agent/negative-run-non-agent.input.ts");
    expect(invokeAgent.default(source, {}, {})).toBeUndefined();
    expect(applyTransform(invokeAgent, {}, source)).toBe("");
  });
});
