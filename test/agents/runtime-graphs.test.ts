import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Engine } from "../../src/engine/engine";
import { DEFAULT_ENGINE_OPTIONS } from "../../src/core/types";
import { MOCK_USAGE, type MockServer, startMockLlmServer } from "../runtime/mock-llm-server";
import { runInstrumented } from "../runtime/run-instrumented";
import {
  type CapturedSpan,
  describeSpans,
  findSpan,
  findSpans,
  genAiAttributes,
  isChildOf,
  rootSpan,
} from "../runtime/spans";

/**
 * LangGraph graphs and agents created in other modules, at run time: each program runs uninstrumented and
 * instrumented (against the mock LLM server where it calls a model) with real @sentry/node. The modules a program
 * imports from ./lib are copied beside the instrumented copy, unchanged.
 */
const PROGRAMS = path.join(__dirname, "programs");
let server: MockServer;
let workspace: string;

beforeAll(async () => {
  server = await startMockLlmServer();
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), "agents-graphs-runtime-"));
  fs.cpSync(path.join(PROGRAMS, "lib"), path.join(workspace, "lib"), { recursive: true });
});

afterAll(async () => {
  await server?.close();
  if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
});

async function runBoth(name: string) {
  const original = path.join(PROGRAMS, `${name}.ts`);
  const { output, diagnostics } = await new Engine(DEFAULT_ENGINE_OPTIONS).transform(
    original,
    fs.readFileSync(original, "utf8"),
  );
  expect(diagnostics).toEqual([]);
  expect(output).toBeDefined();
  const instrumentedFile = path.join(workspace, `${name}.ts`);
  fs.writeFileSync(instrumentedFile, output!);
  const [plain, instrumented] = await Promise.all([
    runInstrumented(original, { baseUrl: server.url }),
    runInstrumented(instrumentedFile, { baseUrl: server.url }),
  ]);
  expect(plain.error).toBeUndefined();
  expect(instrumented.error).toBeUndefined();
  expect(instrumented.result).toEqual(plain.result);
  if (process.env.SHOW_SPANS) console.log(describeSpans(instrumented.spans));
  return { spans: instrumented.spans, result: instrumented.result };
}

describe("graph and imported agent spans at run time", () => {
  it("LangGraph: compiled graphs (here and in another module, renamed with withConfig) run in invoke_agent spans", async () => {
    const { spans, result } = await runBoth("langgraph-state-graph");
    expect(result).toEqual({ forecast: "Sunny in Paris", summary: "About Paris" });
    const weather = findSpan(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent weather_graph" });
    expect(isChildOf(weather, rootSpan(spans))).toBe(true);
    expect(genAiAttributes(weather)).toMatchObject({
      "gen_ai.operation.name": "invoke_agent",
      "gen_ai.agent.name": "weather_graph",
      "gen_ai.request.messages": JSON.stringify([{ role: "user", content: "Weather in Paris?" }]),
      "gen_ai.response.text": JSON.stringify(["Sunny in Paris"]),
    });
    const review = findSpan(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent review_graph" });
    expect(isChildOf(review, rootSpan(spans))).toBe(true);
    expect(genAiAttributes(review)).toMatchObject({
      "gen_ai.operation.name": "invoke_agent",
      "gen_ai.agent.name": "review_graph",
    });
  }, 60000);

  it("LangGraph and createAgent streams: .stream() and .streamEvents() run in invoke_agent spans that end with the stream", async () => {
    const { spans, result } = await runBoth("langgraph-streams");
    const reply = (question: string) => `mock reply: ${question}`;
    expect(result).toEqual({
      agent: { reply: reply("Weather in Paris?"), states: 2, readable: true },
      events: reply("Weather in Rome?"),
      early: ["reply"],
      failure: expect.not.stringMatching(/^no error/),
    });
    const agent = findSpan(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent support" });
    expect(isChildOf(agent, rootSpan(spans))).toBe(true);
    expect(agent.status).toBe("ok");
    expect(genAiAttributes(agent)).toMatchObject({
      "gen_ai.operation.name": "invoke_agent",
      "gen_ai.agent.name": "support",
      "gen_ai.response.streaming": true,
      "gen_ai.request.messages": JSON.stringify([{ role: "user", content: "Weather in Paris?" }]),
      "gen_ai.response.text": JSON.stringify([reply("Weather in Paris?")]),
    });
    const graphs = spans.filter((span) => span.op === "gen_ai.invoke_agent" && span.name === "invoke_agent chat_graph");
    expect(graphs).toHaveLength(2);
    const asked = (city: string) => (span: CapturedSpan) =>
      span.attributes["gen_ai.request.messages"] === JSON.stringify([{ role: "user", content: `Weather in ${city}?` }]);
    const events = graphs.find(asked("Rome")) as CapturedSpan;
    const early = graphs.find(asked("Oslo")) as CapturedSpan;
    expect({ events: !!events, early: !!early }).toEqual({ events: true, early: true });
    // The whole run's events: the reply of its model call and that call's token counts.
    expect(events.status).toBe("ok");
    expect(genAiAttributes(events)).toMatchObject({
      "gen_ai.response.streaming": true,
      "gen_ai.response.text": JSON.stringify([reply("Weather in Rome?")]),
      "gen_ai.usage.input_tokens": MOCK_USAGE.openaiChat.prompt_tokens,
      "gen_ai.usage.output_tokens": MOCK_USAGE.openaiChat.completion_tokens,
      "gen_ai.usage.total_tokens": MOCK_USAGE.openaiChat.total_tokens,
    });
    // The model call inside the graph has its own chat span, a child of the graph's.
    const rome = spans.find((span) => span.op === "gen_ai.chat" && isChildOf(span, events));
    expect(rome).toBeDefined();
    // Left after the first update: ended all the same, without an error.
    expect(early.status).toBe("ok");
    expect(genAiAttributes(early)).toMatchObject({ "gen_ai.response.streaming": true });
    const failed = findSpan(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent failing_graph" });
    expect(failed.status).toBe("error");
  }, 90000);

  it("@openai/agents: an agent imported from another module runs in invoke_agent named by its creation there", async () => {
    const { spans } = await runBoth("imported-openai-agent");
    const agent = findSpan(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent Helper Agent" });
    expect(isChildOf(agent, rootSpan(spans))).toBe(true);
    expect(genAiAttributes(agent)).toMatchObject({
      "gen_ai.agent.name": "Helper Agent",
      "gen_ai.request.model": "gpt-4o-agent",
      "gen_ai.usage.input_tokens": MOCK_USAGE.openaiResponses.input_tokens,
    });
    const modelCall = findSpan(spans, { op: "http.client" });
    expect(isChildOf(modelCall, agent)).toBe(true);
  }, 60000);
  it("LangGraph: a graph with a model node and a tools node runs in invoke_agent, the model calls and the tool inside it", async () => {
    const { spans } = await runBoth("langgraph-tool-node");
    const graph = findSpan(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent weather_graph" });
    expect(isChildOf(graph, rootSpan(spans))).toBe(true);
    expect(genAiAttributes(graph)).toMatchObject({
      "gen_ai.agent.name": "weather_graph",
      "gen_ai.request.messages": JSON.stringify([{ role: "user", content: "Weather in Paris?" }]),
    });
    const chats = findSpans(spans, { op: "gen_ai.chat", name: "chat gpt-4o-agent" });
    expect(chats).toHaveLength(2); // the call that asks for the tool, and the one that answers
    for (const chat of chats) expect(isChildOf(chat, graph)).toBe(true);
    expect(genAiAttributes(chats[0]!)).toMatchObject({
      "gen_ai.response.finish_reasons": JSON.stringify(["tool_calls"]),
      "gen_ai.usage.input_tokens": MOCK_USAGE.openaiChat.prompt_tokens,
    });
    const tool = findSpan(spans, { op: "gen_ai.execute_tool", name: "execute_tool get_weather" });
    expect(isChildOf(tool, graph)).toBe(true);
    expect(genAiAttributes(tool)).toMatchObject({
      "gen_ai.tool.input": JSON.stringify({ city: "Weather in Paris?" }),
      "gen_ai.tool.output": JSON.stringify("sunny in Weather in Paris?"),
    });
  }, 60000);
});

describe("imported LangChain and Mastra agents at run time", () => {
  it("LangChain: createAgent from another module runs in invoke_agent support, its model call inside", async () => {
    const { spans, result } = await runBoth("imported-langchain-agent");
    const agent = findSpan(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent support" });
    expect(isChildOf(agent, rootSpan(spans))).toBe(true);
    expect(genAiAttributes(agent)).toMatchObject({
      "gen_ai.agent.name": "support",
      "gen_ai.response.text": JSON.stringify([(result as { reply: string }).reply]),
    });
    expect(isChildOf(findSpan(spans, { op: "http.client" }), agent)).toBe(true);
  }, 60000);

  it("Mastra: mastra.getAgent(key).generate() runs in invoke_agent named by the registered agent", async () => {
    const { spans } = await runBoth("mastra-get-agent");
    const agent = findSpan(spans, { op: "gen_ai.invoke_agent", name: "invoke_agent Weather Agent" });
    expect(isChildOf(agent, rootSpan(spans))).toBe(true);
    expect(genAiAttributes(agent)).toMatchObject({
      "gen_ai.agent.name": "Weather Agent",
      "gen_ai.operation.name": "invoke_agent",
    });
  }, 60000);
});
