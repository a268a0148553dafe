// Streaming program (uninstrumented): LangChain ChatOpenAI `.stream()`, an IterableReadableStream of AIMessageChunks
// (ChatOpenAI asks for the usage chunk itself). Conventions: see ../../programs/openai-chat.ts; the scenarios
// (whole, early exit, failure) are in ../scenarios.ts.
import { ChatOpenAI } from "@langchain/openai";
import { chunkDelivered, runScenarios } from "../scenarios";
import * as Sentry from "@sentry/node";

const connection = { apiKey: "sk-mock", maxRetries: 0, configuration: { baseURL: `${process.env.MOCK_LLM_URL}/v1` } };

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const chat = new ChatOpenAI({ ...connection, model });
  const stream = await Sentry.startSpanManual(
    {
      op: "gen_ai.chat",
      name: `chat ${chat.model}`,
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "openai",
        "gen_ai.request.model": chat.model,
        "gen_ai.response.streaming": true,
      },
    },
    (span) =>
      endSpanWithReadableStream(
        span,
        chat.stream(sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: question }])),
        outputsRecordedIf(sentryRecordsAiContent("outputs"), langChainChunks()),
      ),
  );
  if (!(stream instanceof ReadableStream) || typeof stream.getReader !== "function") throw new Error("not a ReadableStream");
  let text = "";
  let chunks = 0;
  for await (const chunk of stream) {
    chunkDelivered(model);
    chunks++;
    text += chunk.text;
    if (stopEarly && text) break;
  }
  return { text, chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, { complete: "gpt-4o-mini", earlyExit: "gpt-4o-mini-early-exit" });
}

/** Whether Sentry may record AI prompts (inputs) or responses (outputs), as its own AI integrations decide. */
function sentryRecordsAiContent(kind: "inputs" | "outputs"): boolean {
  // SDK 11 has dataCollection and no sendDefaultPii; older SDKs may have no dataCollection.
  const options: { sendDefaultPii?: boolean; dataCollection?: { genAI?: { inputs?: boolean; outputs?: boolean } } } | undefined =
    Sentry.getClient()?.getOptions();
  if (!options) return false;
  if (options.dataCollection) return options.dataCollection.genAI?.[kind] ?? true;
  return Number(Sentry.SDK_VERSION.split(".")[0]) >= 11 || options.sendDefaultPii === true;
}

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value: unknown): string | undefined {
  try {
    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** Records an AI request's input on its span and returns it unchanged; never throws into the app. */
function sentryRecordInput<T>(span: Sentry.Span, key: string, value: T): T {
  try {
    if (sentryRecordsAiContent("inputs")) {
      const recorded =
        typeof value === "string" && key !== "gen_ai.request.messages"
          ? value
          : toSpanJson(typeof value === "string" ? [{ role: "user", content: value }] : value);
      if (recorded !== undefined) span.setAttribute(key, recorded);
    }
  } catch {
    // Recording must not change what the app sends.
  }
  return value;
}

/** Attribute values a stream adds to its span when it ends. */
type StreamSpanAttributes = Record<string, string | number | boolean | undefined>;

/** Reads a raw stream's chunks as they pass, keeping running totals only, never the chunks. */
interface ChunkCollector<Chunk> {
  add: (chunk: Chunk) => void;
  attributes: () => StreamSpanAttributes;
}

/**
 * A collector whose span leaves the model's output out (the codemod's `--no-record-outputs`): the text
 * and tool calls are not recorded; ids, models, finish reasons and token counts still are.
 */
function withoutOutputs<Chunk>(collector: ChunkCollector<Chunk>): ChunkCollector<Chunk> {
  return {
    add: collector.add,
    attributes: () => ({ ...collector.attributes(), "gen_ai.response.text": undefined, "gen_ai.response.tool_calls": undefined }),
  };
}

/**
 * A collector that records the model's output only when `recorded` (the codemod's `--record-outputs auto`: the
 * app's Sentry client decides when the call starts, as Sentry's own AI integrations do); without it, as
 * `withoutOutputs`.
 */
function outputsRecordedIf<Chunk>(recorded: boolean, collector: ChunkCollector<Chunk>): ChunkCollector<Chunk> {
  return recorded ? collector : withoutOutputs(collector);
}

/** The chunk type a stream yields. */
type StreamChunk<Stream> = Stream extends AsyncIterable<infer Chunk> ? Chunk : never;

/**
 * Hands back what `request` resolves to once `observe` has instrumented it in place (when `observe` fails, the
 * span ends and the result is still handed back); a failed request ends the span with an error status and
 * rejects as before.
 */
function observeWhenResolved<Result>(
  span: Sentry.Span,
  request: PromiseLike<Result>,
  observe: (result: Result) => void,
): Promise<Result> {
  return Promise.resolve(request).then(
    (result) => {
      try {
        observe(result);
      } catch {
        span.end();
      }
      return result;
    },
    (error: unknown) => {
      span.setStatus({ code: 2, message: "internal_error" });
      span.end();
      throw error;
    },
  );
}

/**
 * Spans of streams that may be dropped unread, ended when the stream object is garbage-collected: a
 * stream that is never iterated nor aborted must not hold its span open for the life of the process.
 * A function (hoisted) rather than a `const`, since the helpers sit at the end of the file and a
 * streaming call may run while the module is still loading (top-level `await`).
 */
function unfinishedStreamSpans(): FinalizationRegistry<Sentry.Span> {
  const holder = unfinishedStreamSpans as { registry?: FinalizationRegistry<Sentry.Span> };
  holder.registry ??= new FinalizationRegistry<Sentry.Span>((span) => span.end());
  return holder.registry;
}

/** Ends a stream's span once, with what its collector read; `failed` marks it errored, `cleanup` runs first. */
function streamSpanFinisher(
  span: Sentry.Span,
  collector: ChunkCollector<unknown>,
  cleanup?: () => void,
): (failed: boolean) => void {
  return (failed) => {
    if (!span.isRecording()) return;
    cleanup?.();
    unfinishedStreamSpans().unregister(span);
    try {
      span.setAttributes(collector.attributes());
    } catch {
      // a reading gone wrong loses attributes, never the app's stream
    }
    if (failed) span.setStatus({ code: 2, message: "internal_error" });
    span.end();
  };
}

/**
 * A stream's read (an iterator's `next`, a reader's `read`), observed: a chunk goes to the collector, the end or
 * a failure finishes the span, and the result is handed back untouched.
 */
function observedRead<Args extends unknown[], Result extends { done?: boolean; value?: unknown }>(
  read: (...args: Args) => PromiseLike<Result>,
  collector: ChunkCollector<unknown>,
  finish: (failed: boolean) => void,
): (...args: Args) => Promise<Result> {
  return async (...args) => {
    let result: Result;
    try {
      result = await read(...args);
    } catch (error) {
      finish(true);
      throw error;
    }
    if (result.done) finish(false);
    else {
      try {
        collector.add(result.value);
      } catch {
        // a collector gone wrong loses attributes, never the app's stream
      }
    }
    return result;
  };
}

/** Runs `close` (an iterator's `return` or `throw`, a reader's `cancel`), then finishes the span however it went. */
async function finishingAfter<Result>(
  close: () => Result | PromiseLike<Result>,
  finish: (failed: boolean) => void,
  failed: boolean,
): Promise<Result> {
  try {
    return await close();
  } finally {
    finish(failed);
  }
}

/** Routes every way of reading `stream` through one observer of its chunks and its end. */
function observeStream(span: Sentry.Span, stream: object, collector: ChunkCollector<unknown>): void {
  let started = false;
  const signal = (stream as { controller?: { signal?: unknown } }).controller?.signal;
  const abortSignal = signal instanceof AbortSignal ? signal : undefined;
  const finish = streamSpanFinisher(span, collector, () => abortSignal?.removeEventListener("abort", onAbort));
  // Aborting a stream nobody reads ends it; once reading has begun, the reader's end is the stream's end.
  const onAbort = (): void => {
    if (!started) finish(false);
  };
  const observe = (iterator: AsyncIterator<unknown>): AsyncIterator<unknown> => {
    started = true;
    return {
      next: observedRead((...args: [] | [unknown]) => iterator.next(...args), collector, finish),
      return: (value?: unknown) =>
        finishingAfter(() => (iterator.return ? iterator.return(value) : { done: true as const, value }), finish, false),
      ...(iterator.throw && {
        throw: (error?: unknown) =>
          finishingAfter(
            () => (iterator.throw as (error?: unknown) => Promise<IteratorResult<unknown>>)(error),
            finish,
            true,
          ),
      }),
    };
  };

  const target = stream as Record<PropertyKey, unknown>;
  if (Object.prototype.hasOwnProperty.call(target, "iterator") && typeof target.iterator === "function") {
    // openai and @anthropic-ai/sdk `Stream`: `[Symbol.asyncIterator]()`, `tee()` and `toReadableStream()`
    // all start from this per-instance iterator factory (openai's `tee()` does not go through the symbol).
    const createIterator = target.iterator as () => AsyncIterator<unknown>;
    target.iterator = () => observe(createIterator.call(stream));
  } else if (typeof target.next === "function") {
    // An async generator (@google/genai): `for await` and direct `next()` calls both reach `next`.
    const generator = stream as AsyncGenerator<unknown>;
    const observed = observe({
      next: generator.next.bind(generator),
      return: generator.return.bind(generator),
      throw: generator.throw.bind(generator),
    });
    Object.assign(generator, { next: observed.next, return: observed.return, throw: observed.throw });
  } else {
    // Any other async iterable (Mistral's `EventStream`, a ReadableStream): each `for await` is observed.
    const iterate = (stream as AsyncIterable<unknown>)[Symbol.asyncIterator];
    target[Symbol.asyncIterator] = () => {
      const observed = observe(iterate.call(stream));
      return { ...observed, [Symbol.asyncIterator]: () => observed };
    };
  }
  abortSignal?.addEventListener("abort", onAbort, { once: true });
  unfinishedStreamSpans().register(stream, span, span);
}

/**
 * Ends `span` when a promised web `ReadableStream` (LangChain `.stream()`: an `IterableReadableStream`) is done, as
 * `endSpanWithStream` does, observed through its reader (see `observeReadableStream`).
 */
function endSpanWithReadableStream<Stream extends AsyncIterable<unknown>>(
  span: Sentry.Span,
  request: PromiseLike<Stream>,
  collector: ChunkCollector<StreamChunk<Stream>>,
): Promise<Stream> {
  return observeWhenResolved(span, request, (stream) =>
    observeReadableStream(span, stream, collector as ChunkCollector<unknown>),
  );
}

/**
 * A web `ReadableStream` is observed through its readers: `getReader()` on the instance hands out the stream's
 * own reader, its `read` and `cancel` observed, so `for await` (LangChain's `IterableReadableStream` reads through
 * `this.getReader()`), a reader the app takes itself, and a `Response` built on the stream all count; `break`
 * cancels the reader. The stream stays a `ReadableStream` with all its methods; `tee()` and `pipeTo()` read it
 * without a public reader and are not observed, which leaves the span to the garbage-collection end. Any other
 * async iterable goes to `observeStream`.
 */
function observeReadableStream(span: Sentry.Span, stream: object, collector: ChunkCollector<unknown>): void {
  if (typeof ReadableStream === "undefined" || !(stream instanceof ReadableStream)) {
    // Something that is not an async iterable is not read here: its span ends when it is garbage-collected.
    if (typeof (stream as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === "function") observeStream(span, stream, collector);
    else unfinishedStreamSpans().register(stream, span, span);
    return;
  }
  const finish = streamSpanFinisher(span, collector);
  const getReader = stream.getReader as (...args: unknown[]) => ReadableStreamDefaultReader<unknown>;
  Object.defineProperty(stream, "getReader", {
    configurable: true,
    writable: true,
    value: function (this: ReadableStream<unknown>, ...args: unknown[]) {
      const reader = getReader.apply(this, args);
      if (typeof reader?.read !== "function" || args.length > 0) return reader;
      const read = reader.read.bind(reader);
      const cancel = reader.cancel.bind(reader);
      reader.read = observedRead(read, collector, finish);
      reader.cancel = (reason?: unknown) => finishingAfter(() => cancel(reason), finish, false);
      return reader;
    },
  });
  unfinishedStreamSpans().register(stream, span, span);
}

/** LangChain token counts (`usage_metadata` of an AI message or chunk). */
interface LangChainUsage {
  input_tokens?: number;
  output_tokens?: number;
  total_tokens?: number;
}

/** What a LangChain AI message or chunk carries that a span records. */
interface LangChainMessage {
  content?: unknown;
  usage_metadata?: LangChainUsage;
  response_metadata?: { model_name?: unknown };
}

/** The text of a LangChain message's `content`: the string, or its text parts joined. */
function langChainText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  let text = "";
  for (const part of content as unknown[]) {
    const typed = part as { type?: unknown; text?: unknown } | null;
    if (typeof part === "string") text += part;
    else if (typed?.type === "text" && typeof typed.text === "string") text += typed.text;
  }
  return text;
}

/** Adds a message's token counts to `total`, as LangChain's own chunk `concat` sums them. */
function addLangChainUsage(total: LangChainUsage, usage: LangChainUsage | undefined): void {
  for (const key of ["input_tokens", "output_tokens", "total_tokens"] as const) {
    if (typeof usage?.[key] === "number") total[key] = (total[key] ?? 0) + usage[key];
  }
}

/** The span attributes of a LangChain stream's reply: its text, model and token counts. */
function langChainReplyAttributes(text: string, model: unknown, usage: LangChainUsage): StreamSpanAttributes {
  return {
    "gen_ai.response.model": typeof model === "string" ? model : undefined,
    "gen_ai.response.text": text ? JSON.stringify([text]) : undefined,
    "gen_ai.usage.input_tokens": usage.input_tokens,
    "gen_ai.usage.output_tokens": usage.output_tokens,
    "gen_ai.usage.total_tokens": usage.total_tokens,
  };
}

/**
 * LangChain chat model `.stream()` chunks (`AIMessageChunk`): content joined, token counts summed (providers send
 * them on the last chunk, or split between the first and the last), the model from `response_metadata.model_name`.
 */
function langChainChunks(): ChunkCollector<LangChainMessage> {
  let text = "";
  let model: unknown;
  const usage: LangChainUsage = {};
  return {
    add: (chunk) => {
      text += langChainText(chunk.content);
      model = chunk.response_metadata?.model_name ?? model;
      addLangChainUsage(usage, chunk.usage_metadata);
    },
    attributes: () => langChainReplyAttributes(text, model, usage),
  };
}
