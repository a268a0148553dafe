import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Engine } from "../../src/engine/engine";
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from "../../src/core/types";
import { MOCK_USAGE, type MockServer, startMockLlmServer } from "../runtime/mock-llm-server";
import { runInstrumented } from "../runtime/run-instrumented";
import {
  type CapturedSpan,
  describeSpans,
  findSpan,
  findSpans,
  genAiAttributes,
  isChildOf,
  isDescendantOf,
  rootSpan,
} from "../runtime/spans";

/**
 * The agent spans at run time: each program runs uninstrumented and instrumented against the mock LLM server
 * with real @sentry/node; the results must be equal and the span tree must nest as Sentry expects.
 */
const PROGRAMS = path.join(__dirname, "programs");
let server: MockServer;
let workspace: string;

beforeAll(async () => {
  server = await startMockLlmServer();
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), "agents-runtime-"));
});

afterAll(async () => {
  await server?.close();
  if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
});

async function runBoth(
  name: string,
  options: { keepAutoAiIntegrations?: boolean; engine?: Partial<EngineOptions> } = {},
) {
  const { engine, ...runOptions } = options;
  const original = path.join(PROGRAMS, `${name}.ts`);
  const { output, diagnostics } = await new Engine({ ...DEFAULT_ENGINE_OPTIONS, ...engine }).transform(
    original,
    fs.readFileSync(original, "utf8"),
  );
  expect(diagnostics).toEqual([]);
  expect(output).toBeDefined();
  // A copy per set of engine options: each instrumented variant stays on disk to look at.
  const instrumentedFile = path.join(workspace, engine ? `${name}.${Object.keys(engine).join("-")}.ts` : `${name}.ts`);
  fs.writeFileSync(instrumentedFile, output!);
  const [plain, instrumented] = await Promise.all([
    runInstrumented(original, { baseUrl: server.url, ...runOptions }),
    runInstrumented(instrumentedFile, { baseUrl: server.url, ...runOptions }),
  ]);
  expect(plain.error).toBeUndefined();
  expect(instrumented.error).toBeUndefined();
  expect(instrumented.result).toEqual(plain.result);
  return { spans: instrumented.spans, result: instrumented.result };
}

function explain(spans: CapturedSpan[]): string {
  return describeSpans(spans);
}

describe("agent spans at run time", () => {
  it("AI SDK generateText with a tool: execute_tool spans are children of the chat span", async () => {
    const { spans } = await runBoth("ai-generate-text-tool");
    const chat = findSpan(spans, { op: "gen_ai.chat" });
    expect(isChildOf(chat, rootSpan(spans))).toBe(true);
    const tools = findSpans(spans, { op: "gen_ai.execute_tool", name: "execute_tool get_weather" });
    expect(tools.length).toBeGreaterThanOrEqual(1);
    for (const span of tools) {
      expect(isChildOf(span, chat)).toBe(true);
      expect(genAiAttributes(span)).toMatchObject({
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": "get_weather",
        "gen_ai.tool.description": "Get the weather for a city",
        "gen_ai.tool.input": JSON.stringify({ city: "Weather in Paris?" }),
        "gen_ai.tool.output": JSON.stringify({ city: "Weather in Paris?", forecast: "sunny" }),
      });
    }
  }, 60000);

  it("AI SDK ToolLoopAgent.stream(): invoke_agent open until the stream finishes, with the run's total usage and text; tools under it", async () => {
    const { spans, result } = await runBoth("ai-tool-loop-agent-stream");
    expect(result).toEqual({ text: "mock reply: Weather in Paris?", steps: ["tool-calls", "stop"], failedParts: 1 });
    const agent = findSpan(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent weather-agent" });
    expect(isChildOf(agent, rootSpan(spans))).toBe(true);
    expect(agent.status).toBe("ok");
    const usage = MOCK_USAGE.openaiChat;
    expect(genAiAttributes(agent)).toMatchObject({
      "gen_ai.operation.name": "invoke_agent",
      "gen_ai.agent.name": "weather-agent",
      "gen_ai.request.model": "gpt-4o-mini-agent",
      "gen_ai.request.messages": JSON.stringify([{ role: "user", content: "Weather in Paris?" }]),
      "gen_ai.response.streaming": true,
      "gen_ai.response.text": JSON.stringify(["mock reply: Weather in Paris?"]),
      // Two model calls (the tool call, then the answer): totalUsage sums both steps.
      "gen_ai.usage.input_tokens": 2 * usage.prompt_tokens,
      "gen_ai.usage.output_tokens": 2 * usage.completion_tokens,
      "gen_ai.usage.total_tokens": 2 * usage.total_tokens,
    });
    expect(findSpans(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent weather-agent" })).toHaveLength(1);
    const tool = findSpan(spans, { op: "gen_ai.execute_tool", name: "execute_tool get_weather" });
    expect(isDescendantOf(spans, tool, agent)).toBe(true);
    const failed = findSpan(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent failing-agent" });
    expect(failed).toMatchObject({ status: "error", statusMessage: "internal_error" });
  }, 60000);

  // What the AI SDK does when the app leaves an agent's textStream early: it stops reading and calls none of the
  // run's callbacks (no onFinish, onError or onAbort), so the span the codemod opened stays open and is never sent;
  // the same exit after aborting the run's abortSignal calls onAbort, which ends it (test/runtime/streaming/README.md).
  it("AI SDK ToolLoopAgent.stream() left early: `break` alone leaves the span open [known gap], `break` after an abort ends it", async () => {
    const { spans, result } = await runBoth("ai-tool-loop-agent-stream-break");
    expect(result).toEqual({ leftText: "mock ", abortedText: "mock " });
    const agents = findSpans(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent weather-agent" });
    expect(agents).toHaveLength(1);
    const [aborted] = agents as [CapturedSpan];
    expect(isChildOf(aborted, rootSpan(spans))).toBe(true);
    expect(aborted.status).toBe("ok");
    expect(genAiAttributes(aborted)).toMatchObject({
      "gen_ai.request.messages": JSON.stringify([{ role: "user", content: "Weather in Oslo?" }]),
      "gen_ai.response.streaming": true,
    });
    // Both runs ran their tool step; the one left with `break` alone has its tool span under a span never sent.
    const tools = findSpans(spans, { op: "gen_ai.execute_tool", name: "execute_tool get_weather" });
    expect(tools).toHaveLength(2);
    const sentIds = new Set(spans.map((span) => span.spanId));
    const orphaned = tools.filter((tool) => !sentIds.has(tool.parentSpanId ?? ""));
    expect({
      orphanedTools: orphaned.length,
      underAborted: tools.filter((tool) => isChildOf(tool, aborted)).length,
    }).toEqual({ orphanedTools: 1, underAborted: 1 });
  }, 60000);

  it("AI SDK generateText tool loop with aiSdkLoopsAsAgents: invoke_agent > execute_tool, with the loop's total usage", async () => {
    const { spans, result } = await runBoth("ai-generate-text-tool", { engine: { aiSdkLoopsAsAgents: true } });
    expect(findSpans(spans, { op: "gen_ai.chat" })).toEqual([]);
    const agent = findSpan(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent main" });
    expect(isChildOf(agent, rootSpan(spans))).toBe(true);
    // Two model calls (the tool call, then the answer): totalUsage sums both steps.
    const steps = (result as { steps: number }).steps;
    expect(steps).toBe(2);
    const usage = MOCK_USAGE.openaiChat;
    expect(genAiAttributes(agent)).toMatchObject({
      "gen_ai.operation.name": "invoke_agent",
      "gen_ai.agent.name": "main",
      "gen_ai.request.model": "gpt-4o-mini-tool",
      "gen_ai.request.messages": JSON.stringify([{ role: "user", content: "Weather in Paris?" }]),
      "gen_ai.usage.input_tokens": steps * usage.prompt_tokens,
      "gen_ai.usage.output_tokens": steps * usage.completion_tokens,
      "gen_ai.usage.total_tokens": steps * usage.total_tokens,
    });
    const tools = findSpans(spans, { op: "gen_ai.execute_tool", name: "execute_tool get_weather" });
    expect(tools.length).toBeGreaterThanOrEqual(1);
    for (const span of tools) expect(isChildOf(span, agent)).toBe(true);
    if (process.env.SHOW_SPANS) console.log(explain(spans));
  }, 60000);

  it("a tool that throws: its execute_tool span is errored, and the program sees the same error", async () => {
    // Sentry.startSpan marks the span errored by itself when the callback throws or its promise rejects.
    const { spans, result } = await runBoth("ai-tool-error");
    expect(result).toEqual({
      toolErrors: [{ tool: "get_weather", error: "ForecastUnavailableError: no forecast for Weather in Paris?" }],
      thrown: "RangeError: -500°F is below absolute zero",
      text: expect.any(String),
    });
    const failed = findSpan(spans, { op: "gen_ai.execute_tool", name: "execute_tool get_weather" });
    expect(failed.status).toBe("error");
    expect(isChildOf(failed, findSpan(spans, { op: "gen_ai.chat" }))).toBe(true);
    expect(genAiAttributes(failed)).not.toHaveProperty(["gen_ai.tool.output"]);
    const thrown = findSpan(spans, { op: "gen_ai.execute_tool", name: "execute_tool convert" });
    expect(thrown.status).toBe("error");
    expect(genAiAttributes(thrown)).toMatchObject({ "gen_ai.tool.input": JSON.stringify({ fahrenheit: -500 }) });
  }, 60000);

  it("tool bodies run in their span from inside the function: this, arguments, sync results, destructured input, errors", async () => {
    const { spans, result } = await runBoth("ai-tool-bodies");
    expect(result).toEqual({
      clock: "at noon in UTC (2 arguments)",
      shouted: "PARISPARIS",
      shoutedIsString: true,
      found: { city: "Lyon", found: true },
      thrown: "TypeError: no city",
    });
    expect(genAiAttributes(findSpan(spans, { op: "gen_ai.execute_tool", name: "execute_tool clock" }))).toMatchObject({
      "gen_ai.tool.input": JSON.stringify({ zone: "UTC" }),
      "gen_ai.tool.output": JSON.stringify("at noon in UTC (2 arguments)"),
    });
    // A destructured parameter is recorded as the fields it binds, under their keys, after its defaults.
    expect(genAiAttributes(findSpan(spans, { op: "gen_ai.execute_tool", name: "execute_tool shout" }))).toMatchObject({
      "gen_ai.tool.input": JSON.stringify({ city: "paris", times: 2 }),
      "gen_ai.tool.output": JSON.stringify("PARISPARIS"),
    });
    const lookups = findSpans(spans, { op: "gen_ai.execute_tool", name: "execute_tool lookup" });
    expect(lookups.map((span) => [span.status, genAiAttributes(span)["gen_ai.tool.input"]])).toEqual([
      ["ok", JSON.stringify({ city: "Lyon" })],
      ["error", JSON.stringify({ city: "" })],
    ]);
    expect(genAiAttributes(lookups[0]!)).toMatchObject({
      "gen_ai.tool.output": JSON.stringify({ city: "Lyon", found: true }),
    });
  }, 60000);

  it("openai runTools: the runner calls the wrapped inline tool, whose span records its input and output", async () => {
    const { spans, result } = await runBoth("openai-run-tools");
    expect(result).toMatchObject({ toolResults: ["sunny in Weather in Paris?"] });
    const run = findSpan(spans, { op: "gen_ai.chat", name: "chat gpt-4o-mini-tool" });
    expect(isChildOf(run, rootSpan(spans))).toBe(true);
    const tool = findSpan(spans, { op: "gen_ai.execute_tool", name: "execute_tool get_weather" });
    expect(isChildOf(tool, run)).toBe(true);
    expect(genAiAttributes(tool)).toMatchObject({
      "gen_ai.tool.name": "get_weather",
      "gen_ai.tool.description": "Get the weather for a city",
      "gen_ai.tool.input": JSON.stringify({ city: "Weather in Paris?" }),
      "gen_ai.tool.output": JSON.stringify("sunny in Weather in Paris?"),
    });
  }, 60000);

  it("openai runTools: one span per run, open until the runner ends, with the run's total usage and the last call's text", async () => {
    const { spans, result } = await runBoth("openai-run-tools-loop");
    const usage = MOCK_USAGE.openaiChat;
    expect(result).toMatchObject({
      content: "mock reply: Weather in Paris?",
      roles: ["assistant", "tool", "assistant"],
      failed: "InternalServerError",
      streamed: "mock reply: Stream it",
    });
    const run = findSpan(spans, { op: "gen_ai.chat", name: "chat gpt-4o-mini-agent" });
    expect(isChildOf(run, rootSpan(spans))).toBe(true);
    expect(run.status).toBe("ok");
    expect(genAiAttributes(run)).toMatchObject({
      "gen_ai.request.model": "gpt-4o-mini-agent",
      "gen_ai.request.available_tools": JSON.stringify([
        { name: "get_weather", description: "Get the weather for a city" },
      ]),
      "gen_ai.response.streaming": true,
      "gen_ai.response.model": "gpt-4o-mini-agent-2024-mock",
      "gen_ai.response.text": JSON.stringify(["mock reply: Weather in Paris?"]),
      "gen_ai.response.finish_reasons": JSON.stringify(["stop"]),
      // Two model calls: the tool round and the answer.
      "gen_ai.usage.input_tokens": 2 * usage.prompt_tokens,
      "gen_ai.usage.output_tokens": 2 * usage.completion_tokens,
      "gen_ai.usage.total_tokens": 2 * usage.total_tokens,
    });
    const tool = findSpan(spans, { op: "gen_ai.execute_tool", name: "execute_tool get_weather" });
    expect(isChildOf(tool, run)).toBe(true);
    // The span is sent once: it ended once.
    expect(findSpans(spans, { op: "gen_ai.chat", name: "chat gpt-4o-mini-agent" })).toHaveLength(1);

    const failed = findSpan(spans, { op: "gen_ai.chat", name: "chat error-model" });
    expect(failed).toMatchObject({ status: "error", statusMessage: "internal_error" });
    const streamed = findSpan(spans, { op: "gen_ai.chat", name: "chat gpt-4o-mini" });
    expect(streamed.status).toBe("ok");
    expect(genAiAttributes(streamed)).toMatchObject({
      "gen_ai.response.text": JSON.stringify(["mock reply: Stream it"]),
      "gen_ai.response.streaming": true,
    });
  }, 60000);

  it("openai runTools({ stream: true }) left with `break`: the run's span still ends, once and ok, with the tools it ran under it", async () => {
    const { spans, result } = await runBoth("openai-run-tools-break");
    expect(result).toEqual({ firstText: "mock ", loopText: "mock ", toolResults: ["sunny in Weather in Paris?"] });
    for (const model of ["gpt-4o-mini-early-exit", "gpt-4o-mini-agent"]) {
      const runs = findSpans(spans, { op: "gen_ai.chat", name: `chat ${model}` });
      expect({ model, runs: runs.length }).toEqual({ model, runs: 1 });
      const [run] = runs as [CapturedSpan];
      expect(isChildOf(run, rootSpan(spans))).toBe(true);
      expect({ model, status: run.status, streaming: run.attributes["gen_ai.response.streaming"] }).toEqual({
        model,
        status: "ok",
        streaming: true,
      });
    }
    // The loop was left during its second model call, after the runner had run the tool in the first.
    const loop = findSpan(spans, { op: "gen_ai.chat", name: "chat gpt-4o-mini-agent" });
    const tool = findSpan(spans, { op: "gen_ai.execute_tool", name: "execute_tool get_weather" });
    expect(isChildOf(tool, loop)).toBe(true);
    expect(findSpans(spans, { op: /^gen_ai\./ })).toHaveLength(3);
  }, 60000);

  it("openai runTools: a tool without a name keeps the one the SDK gives it, its function's, when it is wrapped", async () => {
    const { spans, result } = await runBoth("openai-run-tools-unnamed");
    expect(result).toEqual({ calledTools: ["getWeather"], toolResults: ["sunny in Weather in Paris?"] });
    const tool = findSpan(spans, { op: "gen_ai.execute_tool", name: "execute_tool getWeather" });
    expect(genAiAttributes(tool)).toMatchObject({
      "gen_ai.tool.name": "getWeather",
      "gen_ai.tool.output": JSON.stringify("sunny in Weather in Paris?"),
    });
  }, 60000);

  it("openai runTools: a function of the file passed by reference runs in execute_tool, under the name the SDK gives it", async () => {
    const { spans, result } = await runBoth("openai-run-tools-reference");
    expect(result).toEqual({ calledTools: ["getWeather"], toolResults: ["sunny in Weather in Paris?"] });
    const tool = findSpan(spans, { op: "gen_ai.execute_tool", name: "execute_tool getWeather" });
    // Under the runner's own span, which covers the run's model calls.
    const run = findSpan(spans, { op: "gen_ai.chat" });
    expect(isChildOf(run, rootSpan(spans))).toBe(true);
    expect(isChildOf(tool, run)).toBe(true);
    expect(genAiAttributes(tool)).toMatchObject({
      "gen_ai.tool.description": "Get the weather for a city",
      "gen_ai.tool.input": JSON.stringify({ city: "Weather in Paris?" }),
      "gen_ai.tool.output": JSON.stringify("sunny in Weather in Paris?"),
    });
  }, 60000);

  it("MCP v2 server and client in one process: execute_tool for client.callTool with the MCP attributes, the handler's span under it", async () => {
    const { spans, result } = await runBoth("mcp-server-client");
    expect(result).toEqual({ sum: [{ type: "text", text: "5" }], failed: true });
    const call = findSpan(spans, {
      op: "gen_ai.execute_tool",
      name: "execute_tool add",
      attributes: { "mcp.method.name": "tools/call" },
    });
    expect(isChildOf(call, rootSpan(spans))).toBe(true);
    expect(call.attributes).toMatchObject({
      "gen_ai.operation.name": "execute_tool",
      "gen_ai.tool.name": "add",
      "mcp.tool.name": "add",
      "mcp.tool.result.is_error": false,
      "gen_ai.tool.input": JSON.stringify({ a: 2, b: 3 }),
      "gen_ai.tool.output": JSON.stringify({ content: [{ type: "text", text: "5" }] }),
    });
    const failed = findSpan(spans, {
      op: "gen_ai.execute_tool",
      name: "execute_tool fail",
      attributes: { "mcp.method.name": "tools/call" },
    });
    expect(failed.attributes).toMatchObject({ "mcp.tool.name": "fail", "mcp.tool.result.is_error": true });
    // The server's handler runs in its own execute_tool span, inside the client's call (the transport is in memory).
    const handler = findSpans(spans, { op: "gen_ai.execute_tool", name: "execute_tool add" }).find(
      (span) => span !== call,
    )!;
    expect(handler).toBeDefined();
    expect(genAiAttributes(handler)).toMatchObject({
      "gen_ai.tool.name": "add",
      "gen_ai.tool.description": "Add two numbers",
      "gen_ai.tool.input": JSON.stringify({ a: 2, b: 3 }),
    });
    expect(handler.attributes["mcp.method.name"]).toBeUndefined();
    expect(isDescendantOf(spans, handler, call)).toBe(true);
  }, 60000);

  it("@openai/agents/realtime: the function tool runs in execute_tool, and the agent_handoff a session fires is recorded", async () => {
    const { spans, result } = await runBoth("openai-agents-realtime");
    expect(result).toEqual({ forecast: "sunny in Paris" });
    const tool = findSpan(spans, { op: "gen_ai.execute_tool", name: "execute_tool get_weather" });
    expect(genAiAttributes(tool)).toMatchObject({
      "gen_ai.tool.name": "get_weather",
      "gen_ai.tool.input": JSON.stringify({ city: "Paris" }),
      "gen_ai.tool.output": JSON.stringify("sunny in Paris"),
    });
    const handoff = findSpan(spans, { op: "gen_ai.handoff" });
    expect(handoff.name).toBe("handoff from Front Desk to Weather Agent");
    expect(genAiAttributes(handoff)).toEqual({ "gen_ai.operation.name": "handoff" });
  }, 60000);

  it("custom agent with hand-rolled dispatch: invoke_agent > chat, execute_tool", async () => {
    const { spans } = await runBoth("custom-agent-dispatch");
    const agent = findSpan(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent clock" });
    expect(isChildOf(agent, rootSpan(spans))).toBe(true);
    expect(genAiAttributes(agent)).toMatchObject({
      "gen_ai.agent.name": "clock",
      "gen_ai.request.messages": JSON.stringify([{ role: "user", content: "What time is it in Paris?" }]),
      "gen_ai.response.text": JSON.stringify(["clock: 5 messages"]),
    });
    const chats = findSpans(spans, { op: "gen_ai.chat" });
    expect(chats).toHaveLength(2);
    for (const chat of chats) expect(isChildOf(chat, agent)).toBe(true);
    const tools = findSpans(spans, { op: "gen_ai.execute_tool", name: "execute_tool get_time" });
    expect(tools).toHaveLength(2);
    for (const tool of tools) {
      expect(isChildOf(tool, agent)).toBe(true);
      expect(genAiAttributes(tool)).toMatchObject({
        "gen_ai.tool.input": JSON.stringify({ zone: "What time is it in Paris?" }),
        "gen_ai.tool.output": JSON.stringify("noon in What time is it in Paris?"),
      });
    }
    expect(explain(spans)).toContain("invoke_agent clock");
    if (process.env.SHOW_SPANS) console.log(explain(spans));
  }, 60000);

  it("explicit transfer between custom agents: invoke_agent A, handoff A to B, invoke_agent B", async () => {
    const { spans } = await runBoth("custom-agent-transfer");
    const root = rootSpan(spans);
    const triage = findSpan(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent triage" });
    const handoff = findSpan(spans, { op: "gen_ai.handoff", name: "handoff from triage to billing" });
    const billing = findSpan(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent billing" });
    for (const span of [triage, handoff, billing]) expect(isChildOf(span, root)).toBe(true);
    expect(genAiAttributes(handoff)).toMatchObject({ "gen_ai.operation.name": "handoff" });
    expect(isChildOf(findSpan(spans, { op: "gen_ai.chat", name: "chat gpt-4o" }), billing)).toBe(true);
    // Spans arrive in the order they end: the marker ends after A's run and before B's.
    const order = spans.map((span) => span.spanId);
    expect(order.indexOf(triage.spanId)).toBeLessThan(order.indexOf(handoff.spanId));
    expect(order.indexOf(handoff.spanId)).toBeLessThan(order.indexOf(billing.spanId));
  }, 60000);

  describe("@openai/agents with a handoff and a tool", () => {
    const QUESTION = "What is the weather in Paris?";

    it("handoffs pushed after the agent is made: the listener still records handoff from Triage Agent to Weather Agent", async () => {
      const { spans, result } = await runBoth("openai-agents-handoffs-set-later");
      expect(result).toEqual({ output: `mock reply: ${QUESTION}`, lastAgent: "Weather Agent" });
      const agent = findSpan(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent Triage Agent" });
      const handoff = findSpan(spans, { op: "gen_ai.handoff", name: "handoff from Triage Agent to Weather Agent" });
      expect(isChildOf(handoff, agent)).toBe(true);
    }, 60000);

    it("invoke_agent > handoff, execute_tool and the model's HTTP calls; the result is unchanged", async () => {
      const { spans } = await runBoth("openai-agents-handoff-tool");
      const agent = findSpan(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent Triage Agent" });
      expect(isChildOf(agent, rootSpan(spans))).toBe(true);
      expect(genAiAttributes(agent)).toMatchObject({
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "Triage Agent",
        "gen_ai.request.model": "gpt-4o-agent",
        "gen_ai.request.messages": JSON.stringify([{ role: "user", content: QUESTION }]),
        "gen_ai.response.text": JSON.stringify([`mock reply: ${QUESTION}`]),
        // Three Responses calls (triage, weather agent's tool call, its answer), each with the mock's usage.
        "gen_ai.usage.input_tokens": 3 * MOCK_USAGE.openaiResponses.input_tokens,
        "gen_ai.usage.output_tokens": 3 * MOCK_USAGE.openaiResponses.output_tokens,
        "gen_ai.usage.total_tokens": 3 * MOCK_USAGE.openaiResponses.total_tokens,
      });

      const handoff = findSpan(spans, { op: "gen_ai.handoff", name: "handoff from Triage Agent to Weather Agent" });
      expect(isChildOf(handoff, agent)).toBe(true);
      expect(genAiAttributes(handoff)).toMatchObject({ "gen_ai.operation.name": "handoff" });

      const tool = findSpan(spans, { op: "gen_ai.execute_tool", name: "execute_tool get_weather" });
      expect(isChildOf(tool, agent)).toBe(true);
      expect(genAiAttributes(tool)).toMatchObject({
        "gen_ai.tool.name": "get_weather",
        "gen_ai.tool.description": "Get the weather for a city",
        "gen_ai.tool.input": JSON.stringify({ city: QUESTION }),
        "gen_ai.tool.output": JSON.stringify(`sunny in ${QUESTION}`),
      });

      // The handoff happens before the weather agent calls its tool: spans arrive in the order they end.
      const order = spans.map((span) => span.spanId);
      expect(order.indexOf(handoff.spanId)).toBeLessThan(order.indexOf(tool.spanId));
      const modelCalls = findSpans(spans, { op: "http.client" });
      expect(modelCalls).toHaveLength(3);
      for (const call of modelCalls) expect(isChildOf(call, agent)).toBe(true);
      if (process.env.SHOW_SPANS) console.log(explain(spans));
    }, 60000);

    it("an agent used as a tool (asTool): execute_tool research > invoke_agent Researcher, inside the writer's run", async () => {
      const { spans } = await runBoth("openai-agents-as-tool");
      const writer = findSpan(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent Writer" });
      const tool = findSpan(spans, { op: "gen_ai.execute_tool", name: "execute_tool research" });
      const researcher = findSpan(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent Researcher" });
      expect(isChildOf(tool, writer)).toBe(true);
      expect(isChildOf(researcher, tool)).toBe(true);
      const toolAttributes = genAiAttributes(tool);
      expect(toolAttributes).toMatchObject({
        "gen_ai.tool.name": "research",
        "gen_ai.tool.description": "Research a topic",
      });
      // The tool's input is the model's JSON arguments; its output is the researcher's final answer.
      expect(JSON.parse(String(toolAttributes["gen_ai.tool.input"]))).toEqual(expect.any(Object));
      expect(JSON.parse(String(toolAttributes["gen_ai.tool.output"]))).toEqual(expect.stringContaining("mock reply"));
      expect(genAiAttributes(researcher)).toMatchObject({ "gen_ai.agent.name": "Researcher" });
      // The researcher's model call happens inside its span.
      const modelCalls = findSpans(spans, { op: "http.client" });
      expect(modelCalls.filter((call) => isChildOf(call, researcher))).toHaveLength(1);
      if (process.env.SHOW_SPANS) console.log(explain(spans));
    }, 60000);

    it("with Sentry's OpenAI integration on, its chat spans nest under invoke_agent beside execute_tool", async () => {
      // @openai/agents calls the model inside the framework, through the `openai` client: Sentry's own
      // OpenAI integration records those calls, and the codemod's agent span is their parent.
      const { spans } = await runBoth("openai-agents-handoff-tool", { keepAutoAiIntegrations: true });
      const agent = findSpan(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent Triage Agent" });
      const chats = findSpans(spans, { op: "gen_ai.chat", name: "chat gpt-4o-agent" });
      expect(chats).toHaveLength(3);
      for (const chat of chats) expect(isChildOf(chat, agent)).toBe(true);
      const tool = findSpan(spans, { op: "gen_ai.execute_tool", name: "execute_tool get_weather" });
      expect(isChildOf(tool, agent)).toBe(true);
      expect(isChildOf(findSpan(spans, { op: "gen_ai.handoff" }), agent)).toBe(true);
      if (process.env.SHOW_SPANS) console.log(explain(spans));
    }, 60000);
  });
});

describe("LlamaIndex TS at run time", () => {
  it("chat, completion, embeddings and an agent workflow: each span has the model, content and usage; tools nest under the run", async () => {
    const { spans, result } = await runBoth("llamaindex");
    expect(result).toMatchObject({ chat: "mock reply: What is LlamaIndex?", completion: "mock reply: Complete this" });
    const root = rootSpan(spans);
    const usage = MOCK_USAGE.openaiChat;

    const chat = findSpan(spans, { op: "gen_ai.chat", name: "chat gpt-4o-mini" });
    expect(isChildOf(chat, root)).toBe(true);
    expect(genAiAttributes(chat)).toMatchObject({
      "gen_ai.operation.name": "chat",
      "gen_ai.system": "openai",
      "gen_ai.request.model": "gpt-4o-mini",
      "gen_ai.request.messages": JSON.stringify([
        { role: "system", content: "You are terse." },
        { role: "user", content: "What is LlamaIndex?" },
      ]),
      "gen_ai.response.text": JSON.stringify(["mock reply: What is LlamaIndex?"]),
      "gen_ai.response.model": "gpt-4o-mini-2024-mock",
      "gen_ai.response.finish_reasons": JSON.stringify(["stop"]),
      "gen_ai.usage.input_tokens": usage.prompt_tokens,
      "gen_ai.usage.output_tokens": usage.completion_tokens,
      "gen_ai.usage.total_tokens": usage.total_tokens,
    });
    expect(genAiAttributes(chat)["gen_ai.response.id"]).toEqual(expect.stringMatching(/^chatcmpl-mock-/));

    const completion = findSpan(spans, { op: "gen_ai.text_completion", name: "text_completion gpt-4o-mini" });
    expect(genAiAttributes(completion)).toMatchObject({
      "gen_ai.operation.name": "text_completion",
      "gen_ai.request.messages": JSON.stringify([{ role: "user", content: "Complete this" }]),
      "gen_ai.response.text": JSON.stringify(["mock reply: Complete this"]),
      "gen_ai.usage.input_tokens": usage.prompt_tokens,
      "gen_ai.usage.output_tokens": usage.completion_tokens,
    });

    const embeddings = findSpan(spans, { op: "gen_ai.embeddings", name: "embeddings text-embedding-3-small" });
    expect(genAiAttributes(embeddings)).toMatchObject({
      "gen_ai.request.model": "text-embedding-3-small",
      "gen_ai.embeddings.input": "embed me",
    });

    const run = findSpan(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent weather" });
    expect(isChildOf(run, root)).toBe(true);
    expect(genAiAttributes(run)).toMatchObject({
      "gen_ai.agent.name": "weather",
      "gen_ai.request.model": "gpt-4o-agent",
      "gen_ai.request.messages": JSON.stringify([{ role: "user", content: "Weather in Paris?" }]),
      "gen_ai.response.text": JSON.stringify([(result as { answer: string }).answer]),
    });
    const tool = findSpan(spans, { op: "gen_ai.execute_tool", name: "execute_tool get_weather" });
    expect(isChildOf(tool, run)).toBe(true);
    expect(genAiAttributes(tool)).toMatchObject({
      "gen_ai.tool.name": "get_weather",
      "gen_ai.tool.description": "Get the weather for a city",
      "gen_ai.tool.input": JSON.stringify({ city: "Weather in Paris?" }),
      "gen_ai.tool.output": JSON.stringify("sunny in Weather in Paris?"),
    });
    if (process.env.SHOW_SPANS) console.log(explain(spans));
  }, 60000);
  it("Anthropic, Gemini and Ollama LLMs: chat and complete spans with each provider's system, model, content and usage", async () => {
    const { spans, result } = await runBoth("llamaindex-providers");
    expect(result).toMatchObject({
      gemini: ["mock reply: What is Gemini?", "mock reply: Complete for Gemini"],
      ollama: ["mock reply: What is Ollama?", "mock reply: Complete for Ollama"],
    });
    const root = rootSpan(spans);
    const anthropic = MOCK_USAGE.anthropic;
    const anthropicInput =
      anthropic.input_tokens + anthropic.cache_read_input_tokens + anthropic.cache_creation_input_tokens;
    const claudeChat = findSpan(spans, { op: "gen_ai.chat", name: "chat claude-haiku-4-5" });
    expect(isChildOf(claudeChat, root)).toBe(true);
    expect(genAiAttributes(claudeChat)).toMatchObject({
      "gen_ai.system": "anthropic",
      "gen_ai.request.model": "claude-haiku-4-5",
      "gen_ai.request.messages": JSON.stringify([
        { role: "system", content: "Be brief." },
        { role: "user", content: "What is Claude?" },
      ]),
      "gen_ai.response.text": JSON.stringify(["mock reply: What is Claude?"]),
      "gen_ai.response.model": "claude-haiku-4-5-2024-mock",
      "gen_ai.response.finish_reasons": JSON.stringify(["end_turn"]),
      "gen_ai.usage.input_tokens": anthropicInput,
      "gen_ai.usage.output_tokens": anthropic.output_tokens,
      "gen_ai.usage.total_tokens": anthropicInput + anthropic.output_tokens,
    });
    expect(genAiAttributes(claudeChat)["gen_ai.response.id"]).toEqual(expect.any(String));
    const claudeCompletion = findSpan(spans, {
      op: "gen_ai.text_completion",
      name: "text_completion claude-haiku-4-5",
    });
    expect(genAiAttributes(claudeCompletion)).toMatchObject({
      "gen_ai.system": "anthropic",
      "gen_ai.request.messages": JSON.stringify([{ role: "user", content: "Complete for Claude" }]),
      "gen_ai.response.text": JSON.stringify(["mock reply: Complete for Claude"]),
      "gen_ai.usage.input_tokens": anthropicInput,
    });

    // Named with an enum member, the model is the LLM's `model` field, read at run time.
    const google = MOCK_USAGE.google;
    const geminiChat = findSpan(spans, { op: "gen_ai.chat", name: "chat gemini-2.5-flash" });
    expect(isChildOf(geminiChat, root)).toBe(true);
    expect(genAiAttributes(geminiChat)).toMatchObject({
      "gen_ai.system": "gcp.gemini",
      "gen_ai.request.model": "gemini-2.5-flash",
      "gen_ai.request.messages": JSON.stringify([{ role: "user", content: "What is Gemini?" }]),
      "gen_ai.response.text": JSON.stringify(["mock reply: What is Gemini?"]),
      "gen_ai.response.model": "gemini-2.5-flash-2024-mock",
      "gen_ai.usage.input_tokens": google.promptTokenCount,
      "gen_ai.usage.output_tokens": google.candidatesTokenCount + google.thoughtsTokenCount,
      "gen_ai.usage.total_tokens": google.totalTokenCount,
    });
    const geminiCompletion = findSpan(spans, {
      op: "gen_ai.text_completion",
      name: "text_completion gemini-2.5-flash",
    });
    expect(genAiAttributes(geminiCompletion)).toMatchObject({
      "gen_ai.response.text": JSON.stringify(["mock reply: Complete for Gemini"]),
      "gen_ai.usage.input_tokens": google.promptTokenCount,
    });

    const ollama = MOCK_USAGE.ollama;
    const ollamaChat = findSpan(spans, { op: "gen_ai.chat", name: "chat llama3.2" });
    expect(genAiAttributes(ollamaChat)).toMatchObject({
      "gen_ai.system": "ollama",
      "gen_ai.request.model": "llama3.2",
      "gen_ai.response.text": JSON.stringify(["mock reply: What is Ollama?"]),
      "gen_ai.response.model": "llama3.2-2024-mock",
      "gen_ai.response.finish_reasons": JSON.stringify(["stop"]),
      "gen_ai.usage.input_tokens": ollama.prompt_eval_count,
      "gen_ai.usage.output_tokens": ollama.eval_count,
      "gen_ai.usage.total_tokens": ollama.prompt_eval_count + ollama.eval_count,
    });
    const ollamaCompletion = findSpan(spans, { op: "gen_ai.text_completion", name: "text_completion llama3.2" });
    expect(genAiAttributes(ollamaCompletion)).toMatchObject({
      "gen_ai.response.text": JSON.stringify(["mock reply: Complete for Ollama"]),
      "gen_ai.usage.output_tokens": ollama.eval_count,
    });
    if (process.env.SHOW_SPANS) console.log(explain(spans));
  }, 60000);
  it("with Sentry's Anthropic and Google Gen AI integrations on, their spans nest under the LlamaIndex ones; Ollama has none", async () => {
    // @llamaindex/anthropic and @llamaindex/google call their own copies of the provider SDKs, which those
    // integrations instrument: the sites are marked auto-instrumented. Nothing of Sentry's sees the Ollama calls.
    const { spans } = await runBoth("llamaindex-providers", { keepAutoAiIntegrations: true });
    const claudeChats = findSpans(spans, { op: "gen_ai.chat", name: "chat claude-haiku-4-5" });
    expect(claudeChats).toHaveLength(3); // the codemod's chat span, and the integration's for the chat and the completion
    const codemodClaude = claudeChats.find((span) => isChildOf(span, rootSpan(spans)))!;
    expect(claudeChats.filter((span) => isChildOf(span, codemodClaude))).toHaveLength(1);
    const claudeCompletion = findSpan(spans, {
      op: "gen_ai.text_completion",
      name: "text_completion claude-haiku-4-5",
    });
    expect(claudeChats.filter((span) => isChildOf(span, claudeCompletion))).toHaveLength(1);
    const geminiChats = findSpans(spans, { op: "gen_ai.chat", name: "chat gemini-2.5-flash" });
    expect(geminiChats).toHaveLength(2);
    expect(geminiChats.filter((span) => isChildOf(span, rootSpan(spans)))).toHaveLength(1);
    const geminiCompletion = findSpan(spans, {
      op: "gen_ai.text_completion",
      name: "text_completion gemini-2.5-flash",
    });
    expect(isChildOf(findSpan(spans, { op: "gen_ai.generate_content" }), geminiCompletion)).toBe(true);
    expect(findSpans(spans, { op: "gen_ai.chat", name: "chat llama3.2" })).toHaveLength(1);
  }, 60000);
  it("Settings.llm: a chat through it and an agent that runs on it get its model; a FunctionTool.from tool nests under the run", async () => {
    const { spans, result } = await runBoth("llamaindex-settings");
    expect(result).toEqual({ chat: "mock reply: Hello Settings", answer: "mock reply: Where is order 42?" });
    const root = rootSpan(spans);
    const usage = MOCK_USAGE.openaiChat;
    const chat = findSpan(spans, { op: "gen_ai.chat", name: "chat gpt-4o-agent" });
    expect(isChildOf(chat, root)).toBe(true);
    expect(genAiAttributes(chat)).toMatchObject({
      "gen_ai.system": "openai",
      "gen_ai.request.model": "gpt-4o-agent",
      "gen_ai.request.messages": JSON.stringify([{ role: "user", content: "Hello Settings" }]),
      "gen_ai.response.text": JSON.stringify(["mock reply: Hello Settings"]),
      "gen_ai.response.model": "gpt-4o-agent-2024-mock",
      "gen_ai.usage.input_tokens": usage.prompt_tokens,
      "gen_ai.usage.output_tokens": usage.completion_tokens,
    });
    const run = findSpan(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent orders" });
    expect(isChildOf(run, root)).toBe(true);
    expect(genAiAttributes(run)).toMatchObject({
      "gen_ai.agent.name": "orders",
      "gen_ai.request.model": "gpt-4o-agent",
      "gen_ai.response.text": JSON.stringify(["mock reply: Where is order 42?"]),
    });
    const tool = findSpan(spans, { op: "gen_ai.execute_tool", name: "execute_tool look_up_order" });
    expect(isChildOf(tool, run)).toBe(true);
    expect(genAiAttributes(tool)).toMatchObject({
      "gen_ai.tool.name": "look_up_order",
      "gen_ai.tool.description": "Look up an order by its id",
      "gen_ai.tool.input": JSON.stringify({ orderId: "Where is order 42?" }),
      "gen_ai.tool.output": JSON.stringify("order Where is order 42? shipped"),
    });
  }, 60000);
  it("with Sentry's OpenAI integration on, the provider client's own spans nest under the LlamaIndex ones", async () => {
    // @llamaindex/openai calls the model through its own `openai` client, which the integration instruments: the
    // sites are marked auto-instrumented, and --skip-auto-instrumented leaves them to it.
    const { spans } = await runBoth("llamaindex", { keepAutoAiIntegrations: true });
    const chats = findSpans(spans, { op: "gen_ai.chat", name: "chat gpt-4o-mini" });
    expect(chats).toHaveLength(3); // the codemod's chat span, and the integration's for the chat and the completion
    const codemodChat = chats.find((span) => isChildOf(span, rootSpan(spans)))!;
    expect(chats.filter((span) => isChildOf(span, codemodChat))).toHaveLength(1);
    const completion = findSpan(spans, { op: "gen_ai.text_completion" });
    expect(chats.filter((span) => isChildOf(span, completion))).toHaveLength(1);
    const run = findSpan(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent weather" });
    for (const span of findSpans(spans, { op: "gen_ai.chat", name: "chat gpt-4o-agent" }))
      expect(isChildOf(span, run)).toBe(true);
  }, 60000);
});
