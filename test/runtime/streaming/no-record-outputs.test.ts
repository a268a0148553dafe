// `--no-record-outputs` on streaming spans, at run time: one shape per way a stream's span ends (a raw
// stream's chunks, a stream returned synchronously and read through its reader, an SDK helper stream's final
// event, the AI SDK's onFinish, a stream that is a field of the result). The model's text and tool calls never reach a span; the rest (ids, finish
// reasons, token counts) still does.
import fs from "node:fs";
import { MockServer, mockReplyText, startMockLlmServer } from "../mock-llm-server";
import { runInstrumented } from "../run-instrumented";
import { findSpans } from "../spans";
import { cliOutput } from "./cli-source";
import { PROMPTS, STREAMING_SHAPES } from "./shapes";

const SHAPES = STREAMING_SHAPES.filter((shape) =>
  [
    "openai-chat-stream-usage",
    "langchain-chat-stream-events",
    "anthropic-messages-stream",
    "ai-stream-text",
    "bedrock-converse-stream",
  ].includes(shape.name),
);

let server: MockServer;
let workspace: string | undefined;

beforeAll(async () => {
  server = await startMockLlmServer();
});

afterAll(async () => {
  await server?.close();
  if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
});

test("streaming spans leave out the response text and tool calls, and keep the token counts", async () => {
  expect(SHAPES).toHaveLength(5);
  const cli = await cliOutput(SHAPES, ["--no-record-outputs"]);
  workspace = cli.workspace;
  expect(cli.result.code).toBe(0);
  for (const shape of SHAPES) {
    const text = fs.readFileSync(cli.source(shape), "utf8");
    expect({ shape: shape.name, recordsText: text.includes('"gen_ai.response.text": toSpanJson') }).toEqual({
      shape: shape.name,
      recordsText: false,
    });
    const run = await runInstrumented(cli.source(shape), { baseUrl: server.url });
    expect(run.error).toBeUndefined();
    const span = findSpans(run.spans, { op: "gen_ai.chat", name: `chat ${shape.models.complete}` })[0];
    expect({ shape: shape.name, found: !!span }).toEqual({ shape: shape.name, found: true });
    expect(span.attributes).not.toHaveProperty(["gen_ai.response.text"]);
    expect(span.attributes).not.toHaveProperty(["gen_ai.response.tool_calls"]);
    expect(JSON.stringify(span.attributes)).not.toContain(mockReplyText(PROMPTS.complete));
    expect(span.attributes).toMatchObject({
      "gen_ai.response.streaming": true,
      "gen_ai.usage.input_tokens": shape.tokens?.input,
      "gen_ai.usage.output_tokens": shape.tokens?.output,
    });
  }
}, 180_000);
