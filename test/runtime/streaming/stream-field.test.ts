// Unit tests of `endSpanWithStreamField` (a stream that is a field of what the call resolves to: Bedrock
// `ConverseStreamCommand`'s `response.stream`) and of `bedrockConverseChunks`, in process, with a recording
// stand-in for a Sentry span. ../streaming.test.ts proves them again with the real client and @sentry/node.
import type * as Sentry from "@sentry/node";
import { endSpanWithStreamField } from "../../../src/engine/javascript/streaming/runtime-helpers";
import { bedrockConverseChunks, bedrockInvokeChunks } from "../../../src/sdks/bedrock/stream-collectors";

class RecordingSpan {
  attributes: Record<string, unknown> = {};
  status?: { code: number; message?: string };
  ends = 0;
  isRecording(): boolean {
    return this.ends === 0;
  }
  setAttributes(attributes: Record<string, unknown>): this {
    Object.assign(this.attributes, attributes);
    return this;
  }
  setStatus(status: { code: number; message?: string }): this {
    this.status = status;
    return this;
  }
  end(): void {
    this.ends++;
  }
}

type BedrockEvent = Parameters<ReturnType<typeof bedrockConverseChunks>["add"]>[0];

/** What the SDK resolves to: `$metadata` beside a `stream` that is an object with `[Symbol.asyncIterator]` (smithy's). */
function converseStreamOutput(events: BedrockEvent[], failAfter?: number) {
  return {
    $metadata: { httpStatusCode: 200, requestId: "req-1" },
    stream: {
      async *[Symbol.asyncIterator]() {
        for (const [index, event] of events.entries()) {
          if (index === failAfter) throw new Error("modelStreamErrorException");
          yield event;
        }
      },
    },
  };
}

const EVENTS: BedrockEvent[] = [
  { contentBlockDelta: { contentBlockIndex: 0, delta: { text: "Hello " } } },
  { contentBlockDelta: { contentBlockIndex: 0, delta: { text: "world" } } },
  { messageStop: { stopReason: "end_turn" } },
  { metadata: { usage: { inputTokens: 3, outputTokens: 2, totalTokens: 5 } } },
];

function start(events: BedrockEvent[], failAfter?: number) {
  const record = new RecordingSpan();
  const output = converseStreamOutput(events, failAfter);
  const promise = endSpanWithStreamField(
    record as unknown as Sentry.Span,
    Promise.resolve(output),
    "stream",
    bedrockConverseChunks(),
    (result) => ({ "gen_ai.response.id": result?.$metadata?.requestId }),
  );
  return { record, output, promise };
}

describe("endSpanWithStreamField", () => {
  test("hands back the result itself, its events untouched, and ends the span once after the last", async () => {
    const { record, output, promise } = start(EVENTS);
    const result = await promise;
    expect(result).toBe(output);
    expect(record.attributes["gen_ai.response.id"]).toBe("req-1");
    const seen: BedrockEvent[] = [];
    for await (const event of result.stream) {
      expect(record.ends).toBe(0);
      seen.push(event);
    }
    expect(seen).toEqual(EVENTS);
    expect(seen[0]).toBe(EVENTS[0]);
    expect(record.ends).toBe(1);
    expect(record.status).toBeUndefined();
    expect(record.attributes).toMatchObject({
      "gen_ai.response.text": JSON.stringify(["Hello world"]),
      "gen_ai.response.finish_reasons": JSON.stringify(["end_turn"]),
      "gen_ai.usage.input_tokens": 3,
      "gen_ai.usage.output_tokens": 2,
      "gen_ai.usage.total_tokens": 5,
    });
  });

  test("a break ends the span without an error, with the text read so far", async () => {
    const { record, promise } = start(EVENTS);
    for await (const event of (await promise).stream) {
      if (event.contentBlockDelta) break;
    }
    expect(record.ends).toBe(1);
    expect(record.status).toBeUndefined();
    expect(record.attributes["gen_ai.response.text"]).toBe(JSON.stringify(["Hello "]));
  });

  test("a failure half way reaches the app unchanged and ends the span with an error", async () => {
    const { record, promise } = start(EVENTS, 2);
    const read = async () => {
      for await (const event of (await promise).stream) void event;
    };
    await expect(read()).rejects.toThrow("modelStreamErrorException");
    expect(record.ends).toBe(1);
    expect(record.status).toEqual({ code: 2, message: "internal_error" });
  });

  test("a rejected request rejects with the same error and ends the span with an error", async () => {
    const record = new RecordingSpan();
    const failure = new Error("ThrottlingException");
    const request = Promise.reject<{ stream?: AsyncIterable<BedrockEvent> }>(failure);
    await expect(
      endSpanWithStreamField(record as unknown as Sentry.Span, request, "stream", bedrockConverseChunks()),
    ).rejects.toBe(failure);
    expect(record.ends).toBe(1);
    expect(record.status?.code).toBe(2);
  });

  test("a result without a stream ends the span; an attribute reader that throws loses only its attributes", async () => {
    const record = new RecordingSpan();
    const result = { $metadata: {}, stream: undefined as AsyncIterable<BedrockEvent> | undefined };
    const resolved = await endSpanWithStreamField(
      record as unknown as Sentry.Span,
      Promise.resolve(result),
      "stream",
      bedrockConverseChunks(),
      () => {
        throw new Error("reading failed");
      },
    );
    expect(resolved).toBe(result);
    expect(record.ends).toBe(1);
    expect(record.status).toBeUndefined();
  });
});

test("bedrockConverseChunks: one text per text block, tool calls with their streamed JSON input parsed", () => {
  const collector = bedrockConverseChunks();
  const events: BedrockEvent[] = [
    { contentBlockDelta: { contentBlockIndex: 0, delta: { text: "Let me look." } } },
    { contentBlockStart: { contentBlockIndex: 1, start: { toolUse: { toolUseId: "tool-1", name: "weather" } } } },
    { contentBlockDelta: { contentBlockIndex: 1, delta: { toolUse: { input: '{"city":' } } } },
    { contentBlockDelta: { contentBlockIndex: 1, delta: { toolUse: { input: '"Paris"}' } } } },
    { messageStop: { stopReason: "tool_use" } },
  ];
  events.forEach(collector.add);
  expect(collector.attributes()).toEqual({
    "gen_ai.response.text": JSON.stringify(["Let me look."]),
    "gen_ai.response.tool_calls": JSON.stringify([{ toolUseId: "tool-1", name: "weather", input: { city: "Paris" } }]),
    "gen_ai.response.finish_reasons": JSON.stringify(["tool_use"]),
    "gen_ai.usage.input_tokens": undefined,
    "gen_ai.usage.output_tokens": undefined,
    "gen_ai.usage.total_tokens": undefined,
  });
});

describe("bedrockInvokeChunks (InvokeModelWithResponseStreamCommand: each chunk one event of the model's own format)", () => {
  const encoder = new TextEncoder();
  const chunk = (body: unknown) => ({ chunk: { bytes: encoder.encode(JSON.stringify(body)) } });
  const METRICS = { "amazon-bedrock-invocationMetrics": { inputTokenCount: 7, outputTokenCount: 3 } };
  const read = (events: Array<{ chunk?: { bytes?: Uint8Array } }>) => {
    const collector = bedrockInvokeChunks();
    for (const event of events) collector.add(event);
    return collector.attributes();
  };
  const FAMILIES: Array<[string, unknown[], string]> = [
    [
      "Anthropic",
      [
        { type: "message_start", message: { model: "claude-3-haiku-20240307" } },
        { type: "content_block_delta", delta: { type: "text_delta", text: "Hi " } },
        { type: "content_block_delta", delta: { type: "text_delta", text: "there" } },
        { type: "message_delta", delta: { stop_reason: "end_turn" } },
        { type: "message_stop", ...METRICS },
      ],
      "end_turn",
    ],
    [
      "Amazon Nova",
      [
        { contentBlockDelta: { delta: { text: "Hi " } } },
        { contentBlockDelta: { delta: { text: "there" } } },
        { messageStop: { stopReason: "end_turn" }, ...METRICS },
      ],
      "end_turn",
    ],
    [
      "Meta Llama",
      [
        { generation: "Hi ", stop_reason: null },
        { generation: "there", stop_reason: "stop", ...METRICS },
      ],
      "stop",
    ],
    ["Amazon Titan", [{ outputText: "Hi there", completionReason: "FINISH", ...METRICS }], "FINISH"],
    [
      "Mistral",
      [{ outputs: [{ text: "Hi " }] }, { outputs: [{ text: "there", stop_reason: "stop" }], ...METRICS }],
      "stop",
    ],
    ["Cohere", [{ text: "Hi " }, { text: "there" }, { finish_reason: "COMPLETE", ...METRICS }], "COMPLETE"],
    [
      "OpenAI-style",
      [
        { choices: [{ delta: { content: "Hi " } }] },
        { choices: [{ delta: { content: "there" }, finish_reason: "stop" }], ...METRICS },
      ],
      "stop",
    ],
  ];

  test.each(FAMILIES)(
    "%s: the text joined, the stop reason, and Bedrock's token counts",
    (_family, events, stopReason) => {
      expect(read(events.map(chunk))).toMatchObject({
        "gen_ai.response.text": JSON.stringify(["Hi there"]),
        "gen_ai.response.finish_reasons": JSON.stringify([stopReason]),
        "gen_ai.usage.input_tokens": 7,
        "gen_ai.usage.output_tokens": 3,
        "gen_ai.usage.total_tokens": 10,
      });
    },
  );

  test("the Anthropic model from message_start; a chunk that is not JSON, or has no bytes, is skipped", () => {
    const attributes = read([
      { chunk: { bytes: encoder.encode("not json") } },
      {},
      { chunk: {} },
      chunk(null),
      chunk({ type: "message_start", message: { model: "claude-3-haiku-20240307" } }),
      chunk({ type: "content_block_delta", delta: { text: "ok" } }),
    ]);
    expect(attributes).toMatchObject({
      "gen_ai.response.model": "claude-3-haiku-20240307",
      "gen_ai.response.text": JSON.stringify(["ok"]),
    });
    expect(attributes["gen_ai.usage.total_tokens"]).toBeUndefined();
  });
});
