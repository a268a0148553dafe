// Unit tests of the streaming span helpers, in process, with a recording stand-in for a Sentry span and
// the SDKs' real stream classes where the helpers depend on their structure. The runtime test
// (../streaming.test.ts) proves them again end to end with real clients and real @sentry/node.
import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import type * as Sentry from "@sentry/node";
import { Stream as AnthropicStream } from "@anthropic-ai/sdk/core/streaming";
import { Stream as OpenAiStream } from "openai/core/streaming";
import { IterableReadableStream } from "@langchain/core/utils/stream";
import {
  endSpanOnAbort,
  endSpanOnError,
  endSpanOnFinish,
  endSpanWithEventStream,
  endSpanWithReadableStream,
  endSpanWithReturnedStream,
  endSpanWithStream,
  endSpanWithStreamField,
  endSpanWhenRunSettles,
  withoutOutputs,
} from "../../../src/engine/javascript/streaming/runtime-helpers";
import type { ChunkCollector } from "../../../src/core/stream-collector";
import { openAiChatChunks } from "../../../src/sdks/openai/stream-collectors";
import {
  langChainChunks,
  langChainStreamEvents,
  langGraphStateChunks,
} from "../../../src/sdks/langchain/stream-collectors";
import {
  GENERATED_FILE,
  generatedHelperModule,
  COLLECTOR_FILES,
  HELPER_SOURCE_FILES,
  helperNames,
  helperSource,
  helpersCalledIn,
} from "./helper-source";
import { STREAMING_DIR } from "./shapes";

/** Records what the helpers do to a span: attributes, status, and every `end()` call. */
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

function recordingSpan(): { span: Sentry.Span; record: RecordingSpan } {
  const record = new RecordingSpan();
  return { span: record as unknown as Sentry.Span, record };
}

/** Counts chunks and remembers the ended-state of the span at each one. */
function countingCollector(
  record: RecordingSpan,
): ChunkCollector<unknown> & { seen: unknown[]; endedWhileReading: boolean } {
  const collector = {
    seen: [] as unknown[],
    endedWhileReading: false,
    add: (chunk: unknown) => {
      collector.seen.push(chunk);
      if (record.ends > 0) collector.endedWhileReading = true;
    },
    attributes: () => ({ "test.chunks": collector.seen.length }),
  };
  return collector;
}

const CHUNKS = [{ n: 1 }, { n: 2 }, { n: 3 }];

async function* generate<T>(items: T[], failAfter?: number): AsyncGenerator<T> {
  for (const [index, item] of items.entries()) {
    if (index === failAfter) throw new Error("connection lost");
    yield item;
  }
}

function openAiStream<T>(items: T[], failAfter?: number): OpenAiStream<T> {
  return new OpenAiStream(() => generate(items, failAfter), new AbortController());
}

async function readAll<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe("endSpanWithStream", () => {
  test("hands back the same object, every chunk untouched and in order, and ends once after the last", async () => {
    const { span, record } = recordingSpan();
    const collector = countingCollector(record);
    const original = openAiStream(CHUNKS);
    const stream = await endSpanWithStream(span, Promise.resolve(original), collector);
    expect(stream).toBe(original);
    expect(record.ends).toBe(0); // nothing read yet
    const received = await readAll(stream);
    expect(received).toEqual(CHUNKS);
    expect(received[0]).toBe(CHUNKS[0]);
    expect(collector.endedWhileReading).toBe(false);
    expect(record.ends).toBe(1);
    expect(record.attributes).toEqual({ "test.chunks": 3 });
    expect(record.status).toBeUndefined();
  });

  test("a break ends the span without an error, and aborts the request as the SDK does", async () => {
    const { span, record } = recordingSpan();
    const stream = await endSpanWithStream(span, Promise.resolve(openAiStream(CHUNKS)), countingCollector(record));
    for await (const chunk of stream) {
      expect(chunk).toEqual(CHUNKS[0]);
      break;
    }
    expect(record.ends).toBe(1);
    expect(record.status).toBeUndefined();
    expect(record.attributes).toEqual({ "test.chunks": 1 });
  });

  test("a failure half way reaches the app unchanged and ends the span with an error", async () => {
    const { span, record } = recordingSpan();
    const stream = await endSpanWithStream(span, Promise.resolve(openAiStream(CHUNKS, 2)), countingCollector(record));
    const received: unknown[] = [];
    await expect(
      (async () => {
        for await (const chunk of stream) received.push(chunk);
      })(),
    ).rejects.toThrow("connection lost");
    expect(received).toEqual(CHUNKS.slice(0, 2));
    expect(record.ends).toBe(1);
    expect(record.status).toEqual({ code: 2, message: "internal_error" });
  });

  test("a rejected request rejects with the same error and ends the span with an error", async () => {
    const { span, record } = recordingSpan();
    const failure = new Error("HTTP 500");
    await expect(endSpanWithStream(span, Promise.reject(failure), countingCollector(record))).rejects.toBe(failure);
    expect(record.ends).toBe(1);
    expect(record.status).toEqual({ code: 2, message: "internal_error" });
  });

  test("a collector that throws loses its attributes, never the app's chunks", async () => {
    const { span, record } = recordingSpan();
    const broken: ChunkCollector<unknown> = {
      add: () => {
        throw new Error("bad chunk");
      },
      attributes: () => {
        throw new Error("bad totals");
      },
    };
    const stream = await endSpanWithStream(span, Promise.resolve(openAiStream(CHUNKS)), broken);
    expect(await readAll(stream)).toEqual(CHUNKS);
    expect(record.ends).toBe(1);
  });

  test("openai tee(): both branches get every chunk, and the span ends once", async () => {
    const { span, record } = recordingSpan();
    const collector = countingCollector(record);
    const stream = await endSpanWithStream(span, Promise.resolve(openAiStream(CHUNKS)), collector);
    const [left, right] = stream.tee();
    expect(await readAll(left)).toEqual(CHUNKS);
    expect(await readAll(right)).toEqual(CHUNKS);
    expect(collector.seen).toEqual(CHUNKS); // observed once, below the split
    expect(record.ends).toBe(1);
  });

  test("anthropic toReadableStream() goes through the observer too", async () => {
    const { span, record } = recordingSpan();
    const original = new AnthropicStream(() => generate(CHUNKS), new AbortController());
    const stream = await endSpanWithStream(span, Promise.resolve(original), countingCollector(record));
    const text = await new Response(stream.toReadableStream() as unknown as ReadableStream).text();
    expect(
      text
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual(CHUNKS);
    expect(record.ends).toBe(1);
  });

  test("a stream aborted before anyone read it ends its span", async () => {
    const { span, record } = recordingSpan();
    const stream = await endSpanWithStream(span, Promise.resolve(openAiStream(CHUNKS)), countingCollector(record));
    stream.controller.abort();
    expect(record.ends).toBe(1);
    expect(record.status).toBeUndefined();
  });

  test("a stream dropped unread ends its span once it is garbage-collected", async () => {
    v8.setFlagsFromString("--expose-gc");
    const collectGarbage = vm.runInNewContext("gc") as () => void;
    const { span, record } = recordingSpan();
    await (async () => {
      await endSpanWithStream(span, Promise.resolve(openAiStream(CHUNKS)), countingCollector(record));
    })();
    for (let attempt = 0; attempt < 20 && record.ends === 0; attempt++) {
      collectGarbage();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(record.ends).toBe(1);
  });

  test("an async generator: for await and direct next() calls are both observed", async () => {
    const { span, record } = recordingSpan();
    const collector = countingCollector(record);
    const generator = await endSpanWithStream(span, Promise.resolve(generate(CHUNKS)), collector);
    expect(await generator.next()).toEqual({ done: false, value: CHUNKS[0] });
    expect(await readAll(generator)).toEqual(CHUNKS.slice(1));
    expect(collector.seen).toEqual(CHUNKS);
    expect(record.ends).toBe(1);
  });

  test("any other async iterable (a ReadableStream): each for await is observed", async () => {
    const { span, record } = recordingSpan();
    const readable = new ReadableStream({
      start(controller) {
        for (const chunk of CHUNKS) controller.enqueue(chunk);
        controller.close();
      },
    });
    const stream = await endSpanWithStream(
      span,
      Promise.resolve(readable as unknown as AsyncIterable<unknown>),
      countingCollector(record),
    );
    expect(await readAll(stream)).toEqual(CHUNKS);
    expect(record.ends).toBe(1);
  });
});

/** LangChain's own stream class, as `.stream()` and `.streamEvents()` return it. */
function langChainStream<T>(items: T[], failAfter?: number): IterableReadableStream<T> {
  return IterableReadableStream.fromAsyncGenerator(generate(items, failAfter));
}

describe("LangChain IterableReadableStream (endSpanWithReadableStream, endSpanWithReturnedStream)", () => {
  test("hands back the same ReadableStream, chunks untouched and in order, and ends once after the last", async () => {
    const { span, record } = recordingSpan();
    const collector = countingCollector(record);
    const original = langChainStream(CHUNKS);
    const stream = await endSpanWithReadableStream(span, Promise.resolve(original), collector);
    expect(stream).toBe(original);
    expect(stream).toBeInstanceOf(ReadableStream);
    expect(typeof stream.pipeThrough).toBe("function");
    const seen: unknown[] = [];
    for await (const chunk of stream) {
      expect(record.ends).toBe(0);
      seen.push(chunk);
    }
    expect(seen).toEqual(CHUNKS);
    expect(seen[0]).toBe(CHUNKS[0]);
    expect(collector.seen).toEqual(CHUNKS);
    expect(collector.endedWhileReading).toBe(false);
    expect(record.ends).toBe(1);
    expect(record.status).toBeUndefined();
    expect(record.attributes).toEqual({ "test.chunks": 3 });
  });

  test("a reader the app takes itself is observed, and cancelling it ends the span without an error", async () => {
    const { span, record } = recordingSpan();
    const stream = endSpanWithReturnedStream(span, () => langChainStream(CHUNKS), countingCollector(record));
    const reader = stream.getReader();
    expect(await reader.read()).toEqual({ done: false, value: CHUNKS[0] });
    expect(record.ends).toBe(0);
    await reader.cancel();
    expect(record.ends).toBe(1);
    expect(record.status).toBeUndefined();
    expect(record.attributes).toEqual({ "test.chunks": 1 });
  });

  test("a break ends the span without an error", async () => {
    const { span, record } = recordingSpan();
    const stream = await endSpanWithReadableStream(
      span,
      Promise.resolve(langChainStream(CHUNKS)),
      countingCollector(record),
    );
    for await (const chunk of stream) {
      expect(chunk).toBe(CHUNKS[0]);
      break;
    }
    expect(record.ends).toBe(1);
    expect(record.status).toBeUndefined();
  });

  test("a failure half way reaches the app unchanged and ends the span with an error", async () => {
    const { span, record } = recordingSpan();
    const stream = endSpanWithReturnedStream(span, () => langChainStream(CHUNKS, 2), countingCollector(record));
    await expect(readAll(stream)).rejects.toThrow("connection lost");
    expect(record.ends).toBe(1);
    expect(record.status).toEqual({ code: 2, message: "internal_error" });
    expect(record.attributes).toEqual({ "test.chunks": 2 });
  });

  test("a call that throws ends the span with an error and throws the same error", () => {
    const { span, record } = recordingSpan();
    const failure = new Error("bad input");
    expect(() =>
      endSpanWithReturnedStream(
        span,
        () => {
          throw failure;
        },
        countingCollector(record),
      ),
    ).toThrow(failure);
    expect(record.ends).toBe(1);
    expect(record.status).toEqual({ code: 2, message: "internal_error" });
  });

  test("a call that returns a promise of its stream after all is followed once the stream arrives", async () => {
    const { span, record } = recordingSpan();
    const promised = endSpanWithReturnedStream(
      span,
      () => Promise.resolve(langChainStream(CHUNKS)) as unknown as IterableReadableStream<unknown>,
      countingCollector(record),
    ) as unknown as Promise<IterableReadableStream<unknown>>;
    expect(typeof promised.then).toBe("function");
    const stream = await promised;
    expect(record.ends).toBe(0);
    expect(await readAll(stream)).toEqual(CHUNKS);
    expect(record.ends).toBe(1);
    expect(record.attributes).toEqual({ "test.chunks": 3 });
  });

  test("a stream that is not a ReadableStream goes to the generic observer", async () => {
    const { span, record } = recordingSpan();
    const stream = endSpanWithReturnedStream(span, () => generate(CHUNKS), countingCollector(record));
    expect(await readAll(stream)).toEqual(CHUNKS);
    expect(record.ends).toBe(1);
  });
});

describe("helpers handed a promise (observeWhenResolved)", () => {
  const noAttributes = (): Record<string, never> => ({});
  test.each([
    [
      "endSpanWithStream",
      (span: Sentry.Span, request: Promise<never>) =>
        endSpanWithStream(span, request, { add: () => {}, attributes: noAttributes }),
    ],
    [
      "endSpanWithReadableStream",
      (span: Sentry.Span, request: Promise<never>) =>
        endSpanWithReadableStream(span, request, { add: () => {}, attributes: noAttributes }),
    ],
    [
      "endSpanWithStreamField",
      (span: Sentry.Span, request: Promise<never>) =>
        endSpanWithStreamField(span, request as Promise<{ stream: AsyncIterable<unknown> }>, "stream", {
          add: () => {},
          attributes: noAttributes,
        }),
    ],
    [
      "endSpanWhenRunSettles",
      (span: Sentry.Span, request: Promise<never>) =>
        endSpanWhenRunSettles(span, request, () => undefined, noAttributes),
    ],
  ])(
    "%s: a rejected request rejects with the same error and ends the span once, with an error",
    async (_name, follow) => {
      const { span, record } = recordingSpan();
      const failure = new Error("HTTP 500");
      await expect(follow(span, Promise.reject(failure))).rejects.toBe(failure);
      expect(record.ends).toBe(1);
      expect(record.status).toEqual({ code: 2, message: "internal_error" });
    },
  );

  test("a result that cannot be observed is still handed back, and its span ends without an error", async () => {
    const { span, record } = recordingSpan();
    const run = { completed: "not a promise" };
    const settled = (): PromiseLike<unknown> => {
      throw new Error("no completion promise");
    };
    await expect(endSpanWhenRunSettles(span, Promise.resolve(run), settled, noAttributes)).resolves.toBe(run);
    expect(record.ends).toBe(1);
    expect(record.status).toBeUndefined();
  });

  test("endSpanWithStreamField: a result without a stream there keeps its attributes, ends the span, and is handed back", async () => {
    const { span, record } = recordingSpan();
    const result: { stream?: AsyncIterable<unknown>; $metadata: { requestId: string } } = {
      $metadata: { requestId: "r-1" },
    };
    const collector = { add: () => {}, attributes: noAttributes };
    const attributesOf = (value: typeof result) => ({ "test.request_id": value.$metadata.requestId });
    await expect(
      endSpanWithStreamField(span, Promise.resolve(result), "stream", collector, attributesOf),
    ).resolves.toBe(result);
    expect(record.ends).toBe(1);
    expect(record.attributes).toEqual({ "test.request_id": "r-1" });
    expect(record.status).toBeUndefined();
  });
});

describe("LangChain collectors", () => {
  test("langChainChunks joins string and text-part content, sums usage_metadata and keeps the model name", () => {
    const collector = langChainChunks();
    collector.add({ content: "Hel", response_metadata: { model_name: "gpt-4o-2024" } });
    collector.add({ content: [{ type: "text", text: "lo" }, { type: "image_url" }] });
    collector.add({ content: "", usage_metadata: { input_tokens: 7, output_tokens: 0, total_tokens: 7 } });
    collector.add({ content: "", usage_metadata: { input_tokens: 0, output_tokens: 5, total_tokens: 5 } });
    expect(collector.attributes()).toEqual({
      "gen_ai.response.model": "gpt-4o-2024",
      "gen_ai.response.text": JSON.stringify(["Hello"]),
      "gen_ai.usage.input_tokens": 7,
      "gen_ai.usage.output_tokens": 5,
      "gen_ai.usage.total_tokens": 12,
    });
    const empty = langChainChunks();
    empty.add({ content: "" });
    expect(empty.attributes()["gen_ai.usage.input_tokens"]).toBeUndefined();
    expect(empty.attributes()["gen_ai.response.text"]).toBeUndefined();
  });

  test("langChainStreamEvents: the last model run's reply, the token counts of every run, other events passed over", () => {
    const collector = langChainStreamEvents();
    const usage = (input: number, output: number) => ({
      input_tokens: input,
      output_tokens: output,
      total_tokens: input + output,
    });
    collector.add({ event: "on_chain_start", run_id: "graph", data: {} });
    collector.add({ event: "on_chat_model_stream", run_id: "a", data: { chunk: { content: "calling" } } });
    collector.add({
      event: "on_chat_model_end",
      run_id: "a",
      data: { output: { content: "calling a tool", usage_metadata: usage(3, 4) } },
    });
    collector.add({ event: "on_tool_end", run_id: "t", data: { output: "sunny" } });
    collector.add({ event: "on_chat_model_stream", run_id: "b", data: { chunk: { content: "It is " } } });
    collector.add({
      event: "on_chat_model_stream",
      run_id: "b",
      data: { chunk: { content: [{ type: "text", text: "sunny" }] } },
    });
    collector.add({
      event: "on_chat_model_end",
      run_id: "b",
      data: {
        output: { content: "It is sunny", usage_metadata: usage(10, 2), response_metadata: { model_name: "m-1" } },
      },
    });
    collector.add(new Uint8Array([1, 2]));
    expect(collector.attributes()).toEqual({
      "gen_ai.response.model": "m-1",
      "gen_ai.response.text": JSON.stringify(["It is sunny"]),
      "gen_ai.usage.input_tokens": 13,
      "gen_ai.usage.output_tokens": 6,
      "gen_ai.usage.total_tokens": 19,
    });
  });

  test("langChainStreamEvents left before the model run ended: the text and tokens streamed so far", () => {
    const collector = langChainStreamEvents();
    collector.add({ event: "on_chat_model_stream", run_id: "a", data: { chunk: { content: "Hel" } } });
    collector.add({ event: "on_chat_model_stream", run_id: "a", data: { chunk: { content: "lo" } } });
    expect(collector.attributes()["gen_ai.response.text"]).toBe(JSON.stringify(["Hello"]));
    expect(collector.attributes()["gen_ai.usage.input_tokens"]).toBeUndefined();
  });

  test("langGraphStateChunks: the last message of the last state (values) or node update (updates)", () => {
    const values = langGraphStateChunks();
    values.add({ messages: [{ content: "Weather?" }] });
    values.add({ messages: [{ content: "Weather?" }, { content: "Sunny" }] });
    expect(values.attributes()).toEqual({ "gen_ai.response.text": JSON.stringify(["Sunny"]) });
    const updates = langGraphStateChunks();
    updates.add({ forecast: { messages: [{ content: [{ type: "text", text: "Rain" }] }] } });
    updates.add({ summarise: { summary: "no messages" } });
    expect(updates.attributes()).toEqual({ "gen_ai.response.text": JSON.stringify(["Rain"]) });
    const messagesMode = langGraphStateChunks();
    messagesMode.add([{ content: "token" }, { langgraph_node: "agent" }]);
    expect(messagesMode.attributes()).toEqual({ "gen_ai.response.text": undefined });
  });
});

describe("openAiChatChunks", () => {
  test("joins text per choice, keeps the last usage, and records no tokens without a usage chunk", () => {
    const withUsage = openAiChatChunks();
    withUsage.add({ id: "c1", model: "m", choices: [{ index: 0, delta: { content: "Hel" }, finish_reason: null }] });
    withUsage.add({ id: "c1", model: "m", choices: [{ index: 0, delta: { content: "lo" }, finish_reason: "stop" }] });
    withUsage.add({
      id: "c1",
      model: "m",
      choices: [],
      usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 },
    });
    expect(withUsage.attributes()).toEqual({
      "gen_ai.response.model": "m",
      "gen_ai.response.id": "c1",
      "gen_ai.response.text": JSON.stringify(["Hello"]),
      "gen_ai.response.finish_reasons": JSON.stringify(["stop"]),
      "gen_ai.usage.input_tokens": 1,
      "gen_ai.usage.output_tokens": 2,
      "gen_ai.usage.total_tokens": 3,
    });
    expect(withUsage.attributes()["gen_ai.response.tool_calls"]).toBeUndefined();
    const withoutUsage = openAiChatChunks();
    withoutUsage.add({ choices: [{ delta: { content: "x" } }] });
    expect(withoutUsage.attributes()["gen_ai.usage.input_tokens"]).toBeUndefined();
  });
});

test("openAiChatChunks joins tool-call deltas of the first choice, as the non-streaming tool_calls", () => {
  const collector = openAiChatChunks();
  const toolDelta = (call: { index: number; id?: string; function?: { name?: string; arguments?: string } }) => ({
    choices: [{ index: 0, delta: { tool_calls: [call] } }],
  });
  collector.add(toolDelta({ index: 0, id: "call_1", function: { name: "get_weather", arguments: "" } }));
  collector.add(toolDelta({ index: 0, function: { arguments: '{"city":' } }));
  collector.add(toolDelta({ index: 0, function: { arguments: '"Paris"}' } }));
  collector.add(toolDelta({ index: 1, id: "call_2", function: { name: "get_time", arguments: "{}" } }));
  expect(JSON.parse(collector.attributes()["gen_ai.response.tool_calls"] as string)).toEqual([
    { id: "call_1", type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } },
    { id: "call_2", type: "function", function: { name: "get_time", arguments: "{}" } },
  ]);
});

test("withoutOutputs drops the text and tool calls a collector reads, and keeps the rest", () => {
  const collector = withoutOutputs(openAiChatChunks());
  collector.add({
    id: "c1",
    model: "m",
    choices: [{ index: 0, delta: { content: "secret", tool_calls: [{ index: 0, id: "t" }] }, finish_reason: "stop" }],
  });
  collector.add({ choices: [], usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 } });
  const attributes = collector.attributes();
  // undefined removes the attribute from a Sentry span
  expect(attributes).toMatchObject({ "gen_ai.response.text": undefined, "gen_ai.response.tool_calls": undefined });
  expect(JSON.stringify(attributes)).not.toContain("secret");
  expect(attributes).toMatchObject({
    "gen_ai.response.id": "c1",
    "gen_ai.usage.total_tokens": 3,
    "gen_ai.response.finish_reasons": '["stop"]',
  });
});

describe("endSpanWithEventStream", () => {
  /** The parts of an SDK helper stream the helper relies on. */
  function fakeEventStream(state: { errored: boolean; aborted: boolean }) {
    const listeners: Array<() => void> = [];
    return {
      get errored() {
        return state.errored;
      },
      get aborted() {
        return state.aborted;
      },
      on(event: "end", listener: () => void) {
        if (event === "end") listeners.push(listener);
        return this;
      },
      emitEnd: () => listeners.forEach((listener) => listener()),
      [Symbol.asyncIterator]() {
        let index = 0;
        return {
          next: async () =>
            index < CHUNKS.length ? { done: false, value: CHUNKS[index++] } : { done: true, value: undefined },
          return: async () => ({ done: true as const, value: undefined }),
        };
      },
    };
  }

  test("ends on end, with an error status only for a failure that was not an abort", () => {
    for (const [state, failed] of [
      [{ errored: false, aborted: false }, false],
      [{ errored: true, aborted: false }, true],
      [{ errored: true, aborted: true }, false],
    ] as const) {
      const { span, record } = recordingSpan();
      const stream = fakeEventStream({ ...state });
      expect(endSpanWithEventStream(span, stream)).toBe(stream);
      expect(record.ends).toBe(0);
      stream.emitEnd();
      expect(record.ends).toBe(1);
      expect(record.status !== undefined).toBe(failed);
    }
  });

  test("leaving the app's for await early ends the span even if the SDK never emits end", async () => {
    const { span, record } = recordingSpan();
    const stream = endSpanWithEventStream(span, fakeEventStream({ errored: false, aborted: false }));
    for await (const chunk of stream) {
      expect(chunk).toBe(CHUNKS[0]);
      break;
    }
    expect(record.ends).toBe(1);
  });
});

describe("AI SDK callbacks", () => {
  test("endSpanOnFinish records, ends, then calls the app's onFinish with the same event and returns its result", () => {
    const { span, record } = recordingSpan();
    const event = { text: "hi", response: { id: "r", modelId: "m" } };
    const seen: unknown[] = [];
    const onFinish = endSpanOnFinish(
      span,
      (finished) => ({ "gen_ai.response.id": finished.response?.id }),
      (finished: typeof event) => {
        seen.push(finished);
        return "app result";
      },
    );
    expect(onFinish(event)).toBe("app result");
    expect(seen).toEqual([event]);
    expect(seen[0]).toBe(event);
    expect(record.attributes).toEqual({ "gen_ai.response.id": "r" });
    expect(record.ends).toBe(1);
  });

  test("endSpanOnError keeps the AI SDK's default console.error when the app had no onError", () => {
    const { span, record } = recordingSpan();
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const failure = new Error("boom");
      endSpanOnError(span)({ error: failure });
      expect(logged).toHaveBeenCalledWith(failure);
    } finally {
      logged.mockRestore();
    }
    expect(record.status).toEqual({ code: 2, message: "internal_error" });
    expect(record.ends).toBe(1);
  });

  test("endSpanOnError calls the app's onError instead of logging, and the first end wins", () => {
    const { span, record } = recordingSpan();
    const calls: unknown[] = [];
    endSpanOnError(span, (event: { error: unknown }) => calls.push(event.error))({ error: "e" });
    endSpanOnFinish(span, () => ({ late: "attribute" }))({});
    endSpanOnAbort(span)({});
    expect(calls).toEqual(["e"]);
    expect(record.attributes).toEqual({});
    expect(record.ends).toBe(1);
  });
});

describe("helper source", () => {
  const expectedDir = path.join(STREAMING_DIR, "expected");
  const targets = fs.readdirSync(expectedDir).filter((name) => name.endsWith(".ts"));

  test.each(HELPER_SOURCE_FILES.map((file) => path.relative(process.cwd(), file)))(
    "%s declares only what the helper text carries",
    (file) => {
      expect(helperNames()).toContain("endSpanWithStream");
      expect(fs.readFileSync(file, "utf8")).not.toMatch(/^export (function|const|interface|type \w+ =)/m);
    },
  );

  test("every SDK's collectors reach the helper text, after the span plumbing", () => {
    const names = helperNames();
    expect(COLLECTOR_FILES.length).toBeGreaterThan(0);
    for (const file of COLLECTOR_FILES) {
      const declared = [...fs.readFileSync(file, "utf8").matchAll(/^function (\w+)/gm)].map((match) => match[1]);
      expect(declared.length).toBeGreaterThan(0);
      for (const name of declared) expect(names.indexOf(name)).toBeGreaterThan(names.indexOf("endSpanOnAbort"));
    }
  });

  // Set UPDATE_FIXTURES=1 to rewrite the generated text after editing a helper source.
  test("the text the engine inserts (stream-helpers.generated.ts) is generated from the helper sources as they are now", () => {
    const generated = generatedHelperModule();
    if (process.env.UPDATE_FIXTURES === "1") fs.writeFileSync(GENERATED_FILE, generated);
    expect(fs.readFileSync(GENERATED_FILE, "utf8")).toBe(generated);
  });

  test.each(targets)("%s ends with exactly the helpers it calls, as helpers.ts has them", (name) => {
    const text = fs.readFileSync(path.join(expectedDir, name), "utf8");
    const called = helpersCalledIn(text);
    expect(called.length).toBeGreaterThan(0);
    expect(text.endsWith(`${helperSource(called)}\n`)).toBe(true);
  });
});
