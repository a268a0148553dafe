// Streaming program (uninstrumented): legacy @google/generative-ai generateContentStream, which resolves to
// `{ stream, response }`: one body teed into the chunks and a promise of their aggregate.
// Conventions: see ../../programs/openai-chat.ts; the scenarios (whole, early exit, failure) are in ../scenarios.ts.
import { GoogleGenerativeAI } from "@google/generative-ai";
import { chunkDelivered, runScenarios } from "../scenarios";
import * as Sentry from "@sentry/node";

const genAI = new GoogleGenerativeAI("gemini-mock");

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const handle = genAI.getGenerativeModel({ model }, { baseUrl: process.env.MOCK_LLM_URL });
  const result = await Sentry.startSpanManual(
    {
      op: "gen_ai.chat",
      name: `chat ${handle.model.replace(/^models\//, "")}`,
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "gcp.gemini",
        "gen_ai.request.model": handle.model.replace(/^models\//, ""),
        "gen_ai.response.streaming": true,
      },
    },
    (span) =>
      endSpanWithTeedStream(
        span,
        handle.generateContentStream(sentryRecordInput(span, "gen_ai.request.messages", question)),
        "stream",
        "response",
        outputsRecordedIf(sentryRecordsAiContent("outputs"), geminiChunks()),
      ),
  );
  // The aggregate rejects too when the body fails half way; this app reads the chunks and handles that there.
  result.response.catch(() => undefined);
  let text = "";
  let chunks = 0;
  for await (const chunk of result.stream) {
    chunkDelivered(model);
    chunks++;
    text += chunk.text();
    if (stopEarly && text) break;
  }
  return { text, chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, { complete: "gemini-1.5-flash", earlyExit: "gemini-1.5-flash-early-exit" });
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
 * Ends `span` for a result that carries one stream twice (legacy @google/generative-ai `{ stream, response }`,
 * the body teed in two): as chunks at `streamField`, observed as `endSpanWithStream` does, and as their
 * aggregate at `aggregateField`, a promise of one chunk-shaped object that the SDK settles by reading the whole
 * body itself. A span whose stream the app has not begun to read when the aggregate settles ends then, with
 * it; once the app reads, the reading ends it. The app gets a promise in that field that settles as the
 * SDK's does (a rejection it never handles is still unhandled); the SDK's own chat session reads the field
 * later than this replaces it.
 */
function endSpanWithTeedStream<Result extends object, StreamField extends keyof Result, AggregateField extends keyof Result>(
  span: Sentry.Span,
  request: PromiseLike<Result>,
  streamField: StreamField,
  aggregateField: AggregateField,
  collector: ChunkCollector<StreamChunk<NonNullable<Result[StreamField]>>>,
): Promise<Result> {
  return observeWhenResolved(span, request, (result) => {
    const stream = result[streamField] as { next?: (...args: unknown[]) => unknown } | null | undefined;
    const aggregate = result[aggregateField] as PromiseLike<unknown> | null | undefined;
    if (typeof stream?.next !== "function" || typeof aggregate?.then !== "function") return span.end();
    observeStream(span, stream, collector as ChunkCollector<unknown>);
    let started = false;
    const observedNext = stream.next;
    stream.next = (...args: unknown[]) => {
      started = true;
      return observedNext.apply(stream, args);
    };
    const finish = streamSpanFinisher(span, collector as ChunkCollector<unknown>);
    result[aggregateField] = Promise.resolve(aggregate).then(
      (value) => {
        if (!started) {
          try {
            (collector as ChunkCollector<unknown>).add(value);
          } catch {
            // a collector gone wrong loses attributes, never the app's result
          }
          finish(false);
        }
        return value;
      },
      (error: unknown) => {
        if (!started) finish(true);
        throw error;
      },
    ) as Result[AggregateField];
  });
}

/** @google/genai `generateContentStream` chunks: each a partial response; the last usage seen is the final one. */
function geminiChunks(): ChunkCollector<{
  candidates?: Array<{ content?: { parts?: Array<{ text?: string; thought?: boolean }> }; finishReason?: string }>;
  usageMetadata?: { promptTokenCount?: number; candidatesTokenCount?: number; thoughtsTokenCount?: number; totalTokenCount?: number };
  modelVersion?: string;
  responseId?: string;
}> {
  let text = "";
  let finishReason: string | undefined;
  let model: string | undefined;
  let id: string | undefined;
  let usage: { promptTokenCount?: number; candidatesTokenCount?: number; thoughtsTokenCount?: number; totalTokenCount?: number } | undefined;
  return {
    add: (chunk) => {
      const candidate = chunk.candidates?.[0];
      for (const part of candidate?.content?.parts ?? []) if (part.text && !part.thought) text += part.text;
      if (candidate?.finishReason) finishReason = candidate.finishReason;
      if (chunk.usageMetadata) usage = chunk.usageMetadata;
      model = chunk.modelVersion ?? model;
      id = chunk.responseId ?? id;
    },
    attributes: () => ({
      "gen_ai.response.model": model,
      "gen_ai.response.id": id,
      "gen_ai.response.text": text ? JSON.stringify([text]) : undefined,
      "gen_ai.response.finish_reasons": finishReason ? JSON.stringify([finishReason]) : undefined,
      "gen_ai.usage.input_tokens": usage?.promptTokenCount,
      "gen_ai.usage.output_tokens": usage?.candidatesTokenCount == null ? undefined : usage.candidatesTokenCount + (usage.thoughtsTokenCount ?? 0),
      "gen_ai.usage.total_tokens": usage?.totalTokenCount,
    }),
  };
}
