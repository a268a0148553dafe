import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DEFAULT_ENGINE_OPTIONS } from "../../src/core/types";
import { Engine } from "../../src/engine/engine";
import { MOCK_USAGE, type MockServer, startMockLlmServer } from "../runtime/mock-llm-server";
import { runInstrumented } from "../runtime/run-instrumented";
import { type CapturedSpan, describeSpans, findSpans, genAiAttributes, isChildOf, rootSpan } from "../runtime/spans";

/**
 * Streamed @openai/agents runs at run time: the program runs uninstrumented and instrumented against the mock
 * LLM server with real @sentry/node; the results must be equal, and each run's invoke_agent span must end once,
 * when the run is done, with the model calls and tools of the run beneath it.
 */
let server: MockServer;
let workspace: string;

beforeAll(async () => {
  server = await startMockLlmServer();
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), "agent-streams-"));
});

afterAll(async () => {
  await server?.close();
  if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
});

function agentSpanFor(spans: CapturedSpan[], question: string): CapturedSpan {
  const found = findSpans(spans, { op: "gen_ai.invoke_agent" }).filter(
    (span) => span.attributes["gen_ai.request.messages"] === JSON.stringify([{ role: "user", content: question }]),
  );
  if (found.length !== 1)
    throw new Error(`${found.length} invoke_agent spans for ${question}:\n${describeSpans(spans)}`);
  return found[0];
}

describe("streamed @openai/agents runs", () => {
  let spans: CapturedSpan[];
  let result: unknown;

  beforeAll(async () => {
    const original = path.join(__dirname, "programs", "openai-agents-stream.ts");
    const { output, diagnostics } = await new Engine(DEFAULT_ENGINE_OPTIONS).transform(
      original,
      fs.readFileSync(original, "utf8"),
    );
    expect(diagnostics).toEqual([]);
    const instrumentedFile = path.join(workspace, "openai-agents-stream.ts");
    fs.writeFileSync(instrumentedFile, output!);
    const [plain, instrumented] = await Promise.all([
      runInstrumented(original, { baseUrl: server.url }),
      runInstrumented(instrumentedFile, { baseUrl: server.url }),
    ]);
    expect(plain.error).toBeUndefined();
    expect(instrumented.error).toBeUndefined();
    expect(instrumented.result).toEqual(plain.result);
    expect(instrumented.stderr).toEqual(plain.stderr);
    spans = instrumented.spans;
    result = instrumented.result;
    if (process.env.SHOW_SPANS) console.log(describeSpans(spans));
  }, 90000);

  it("the program's results are those of the uninstrumented run", () => {
    expect(result).toEqual({
      read: { output: "mock reply: Weather in Paris?", events: true, requests: 2 },
      cancelled: { cancelled: true, error: null },
      unread: { output: "mock reply: Weather in Oslo?" },
      failure: expect.any(String),
    });
  });

  it("a stream read to the end: invoke_agent with the run's usage and output, above its tool and model calls, ended after the last event", () => {
    const agent = agentSpanFor(spans, "Weather in Paris?");
    expect(agent.status).toBe("ok");
    expect(isChildOf(agent, rootSpan(spans))).toBe(true);
    expect(agent.name).toBe("invoke_agent Weather Agent");
    const usage = MOCK_USAGE.openaiResponses;
    expect(genAiAttributes(agent)).toMatchObject({
      "gen_ai.operation.name": "invoke_agent",
      "gen_ai.agent.name": "Weather Agent",
      "gen_ai.request.model": "gpt-4o-agent",
      "gen_ai.response.streaming": true,
      "gen_ai.response.text": JSON.stringify(["mock reply: Weather in Paris?"]),
      // Two Responses calls (the tool call, then the answer).
      "gen_ai.usage.input_tokens": 2 * usage.input_tokens,
      "gen_ai.usage.output_tokens": 2 * usage.output_tokens,
      "gen_ai.usage.total_tokens": 2 * usage.total_tokens,
    });
    const tool = findSpans(spans, { op: "gen_ai.execute_tool", name: "execute_tool get_weather" }).filter((span) =>
      isChildOf(span, agent),
    );
    expect(tool).toHaveLength(1);
    const modelCalls = findSpans(spans, { op: "http.client" }).filter((span) => isChildOf(span, agent));
    expect(modelCalls).toHaveLength(2);
    // Spans arrive in the order they end: the agent span after its model calls and after every event the app read.
    const order = spans.map((span) => span.spanId);
    const events = findSpans(spans, { op: "app.event" });
    expect(events.length).toBeGreaterThan(3);
    for (const span of [...modelCalls, ...tool, ...events])
      expect(order.indexOf(span.spanId)).toBeLessThan(order.indexOf(agent.spanId));
  });

  it("a stream the app leaves early: the span ends once, not errored, when the cancelled run settles", () => {
    const agent = agentSpanFor(spans, "Weather in Rome?");
    expect(agent.status).toBe("ok");
    expect(isChildOf(agent, rootSpan(spans))).toBe(true);
    expect(genAiAttributes(agent)).not.toHaveProperty(["gen_ai.response.text"]);
  });

  it("a stream nobody reads: the span ends when the run completes, with its output", () => {
    const agent = agentSpanFor(spans, "Weather in Oslo?");
    expect(agent.status).toBe("ok");
    expect(genAiAttributes(agent)).toMatchObject({
      "gen_ai.response.text": JSON.stringify(["mock reply: Weather in Oslo?"]),
    });
  });

  it("a run whose model fails: the span is errored, and the app still gets the error", () => {
    const agent = agentSpanFor(spans, "Anything?");
    expect(agent.name).toBe("invoke_agent Failing Agent");
    expect(agent.status).toBe("error");
    expect((result as { failure?: string }).failure).toBeDefined();
  });

  it("every span ends once", () => {
    const ids = spans.map((span) => span.spanId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
