// Runtime helpers the codemod appends to a file that has streaming LLM calls, the way it appends
// `toSpanJson` (../json-helper.ts): once per file, only the ones the file uses, after the code. This
// module holds the SDK-agnostic span plumbing and is never imported by the engine. The helper text has
// three kinds of source, read in this order:
//   - src/core/stream-collector.ts: the types a collector and the plumbing share (`ChunkCollector`, ...);
//   - this file: how a span follows a stream (`endSpanWithStream`, `endSpanWithEventStream`, the AI SDK
//     callbacks, `withoutOutputs`, ...);
//   - src/sdks/<sdk>/stream-collectors.ts: one SDK's chunk collectors (`openAiChatChunks`, ...), the files
//     listed in src/sdks/registry-stream-collectors.ts. A new SDK's stream goes there, not here.
// Every declaration is self-contained (it needs only `Sentry` from `@sentry/node` and the other
// declarations of those files), and stream-helpers.generated.ts carries its text (TypeScript, and
// JavaScript without the types) to the emitter. After an edit, regenerate it with
// `UPDATE_FIXTURES=1 npx jest test/runtime/streaming/helpers.test.ts` (the test fails while it is stale).
//
// It stays one file past 400 lines (about 520) on purpose: it is one job (how a span follows a stream), its
// helpers call one another (those handed a promise share `observeWhenResolved`), and the generator reads the
// plumbing from this one source.
//
// Every helper ends the span exactly once (a Sentry span ignores a second `end()`, and `isRecording()`
// turns false after the first), never throws into the app, and hands chunks on untouched, one at a time.
import type * as Sentry from "@sentry/node";
import type { ChunkCollector, StreamSpanAttributes } from "../../../core/stream-collector";

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
 * Ends `span` when a raw stream (`stream: true`, `generateContentStream`, Mistral `chat.stream`) is done:
 * its last chunk was read, it failed, the app left the loop early (`break` calls the iterator's `return`),
 * or it was aborted before anyone read it. The stream object the SDK returned is handed back itself,
 * instrumented in place, so its type and methods (`tee()`, `toReadableStream()`, `controller`) stay.
 * A failed request ends the span with an error status and rejects as before.
 */
function endSpanWithStream<Stream extends AsyncIterable<unknown>>(
  span: Sentry.Span,
  request: PromiseLike<Stream>,
  collector: ChunkCollector<StreamChunk<Stream>>,
): Promise<Stream> {
  return observeWhenResolved(span, request, (stream) => observeStream(span, stream, collector as ChunkCollector<unknown>));
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
 * Ends `span` when an SDK helper stream (openai `chat.completions.stream()`, `responses.stream()`,
 * Anthropic `messages.stream()`) emits `end`, which it does after completing, failing or being aborted,
 * whether or not the app reads it; or when the app leaves its `for await` early, since the SDK's abort
 * then does not always reach `end` (a reused keep-alive connection, openai 6.x). Only an `end` listener
 * is added: an `error` listener (or a call to `finalMessage()`) would change what the SDK does with an
 * error nobody handles.
 */
function endSpanWithEventStream<Stream extends { on(event: "end", listener: () => void): unknown; readonly errored: boolean; readonly aborted: boolean }>(
  span: Sentry.Span,
  stream: Stream,
): Stream {
  try {
    stream.on("end", () => {
      if (stream.errored && !stream.aborted) span.setStatus({ code: 2, message: "internal_error" });
      span.end();
    });
    const events = stream as unknown as AsyncIterable<unknown>;
    const iterate = events[Symbol.asyncIterator];
    if (typeof iterate === "function") {
      Object.defineProperty(stream, Symbol.asyncIterator, {
        configurable: true,
        writable: true,
        value: function (this: unknown) {
          const iterator = iterate.call(this);
          const leave = iterator.return;
          if (leave) {
            iterator.return = (value?: unknown) => {
              span.end();
              return leave.call(iterator, value);
            };
          }
          return iterator;
        },
      });
    }
  } catch {
    span.end();
  }
  return stream;
}

/**
 * What an AI SDK `onFinish` event (`streamText`, `streamObject`) carries that a span records. Declared
 * here rather than inferred: the AI SDK types `onFinish` as `StreamTextOnFinishCallback<NoInfer<TOOLS>>`,
 * so a generic helper gets no event type from it (node_modules/ai/dist/index.d.ts, `streamText` options).
 * `streamObject`'s `object` is left out on purpose: naming it would make `streamObject` infer its result
 * type from this declaration instead of the schema; read it with `"object" in event`.
 */
interface AiSdkStreamEnd {
  text?: string;
  finishReason?: string;
  toolCalls?: unknown;
  response?: { id?: string; modelId?: string };
  usage?: AiSdkUsage;
  totalUsage?: AiSdkUsage;
}

interface AiSdkUsage {
  inputTokens?: number;
  outputTokens?: number;
  totalTokens?: number;
}

/**
 * AI SDK `onFinish`: records what the finished stream reports, ends the span, then runs the app's own
 * `onFinish` (when it had one) with the same event and returns what it returns. Without the app's
 * callback the helper is not generic, so it lends `streamObject` no type to infer its result from.
 */
function endSpanOnFinish(
  span: Sentry.Span,
  attributesOf: (event: AiSdkStreamEnd) => StreamSpanAttributes,
): (event: AiSdkStreamEnd) => void;
function endSpanOnFinish<Event extends AiSdkStreamEnd, Result>(
  span: Sentry.Span,
  attributesOf: (event: Event) => StreamSpanAttributes,
  onFinish: (event: Event) => Result,
): (event: Event) => Result | undefined;
function endSpanOnFinish<Event extends AiSdkStreamEnd, Result>(
  span: Sentry.Span,
  attributesOf: (event: Event) => StreamSpanAttributes,
  onFinish?: (event: Event) => Result,
): (event: Event) => Result | undefined {
  return (event) => {
    if (span.isRecording()) {
      try {
        span.setAttributes(attributesOf(event));
      } catch {
        // a reading gone wrong loses attributes, never the app's callback
      }
      span.end();
    }
    return onFinish?.(event);
  };
}

/**
 * AI SDK `onError`: marks and ends the span, then runs the app's `onError`, or, when the app had none,
 * what the AI SDK does without one (`console.error(error)`, node_modules/ai/dist/index.js `streamText`):
 * passing any `onError` replaces that default.
 */
function endSpanOnError<Event extends { error: unknown } = { error: unknown }, Result = void>(
  span: Sentry.Span,
  onError?: (event: Event) => Result,
): (event: Event) => Result | undefined {
  return (event) => {
    if (span.isRecording()) {
      span.setStatus({ code: 2, message: "internal_error" });
      span.end();
    }
    if (onError) return onError(event);
    console.error(event.error);
    return undefined;
  };
}

/**
 * AI SDK `onAbort` (`streamText` only): ends the span (an abort is the app's choice, not a failure), then
 * the app's `onAbort`. Not generic: `onAbort` is typed with the call's tool set, which a generic helper
 * would infer as `never` from an option that has no tools yet.
 */
function endSpanOnAbort(
  span: Sentry.Span,
  onAbort?: (event: never) => void | PromiseLike<void>,
): (event: unknown) => void | PromiseLike<void> {
  return (event) => {
    if (span.isRecording()) span.end();
    return onAbort?.(event as never);
  };
}

/**
 * Ends `span` when an agent run that streams is done. `settled(result)` is the run's own completion promise:
 * it resolves after the last event, rejects when the run fails, and settles as well when the app cancels the
 * stream or never reads it (the run goes on without a reader). Once it resolves, the attributes are read from
 * the result; a failed run ends the span with an error status and nothing read (its output is not there).
 * The result is handed back untouched, and the app still gets the run's error where it reads it; a run that
 * fails to start ends the span with an error status and rejects as before.
 */
function endSpanWhenRunSettles<Result>(
  span: Sentry.Span,
  request: PromiseLike<Result>,
  settled: (result: Result) => PromiseLike<unknown> | undefined,
  attributesOf: (result: Result) => StreamSpanAttributes,
): Promise<Result> {
  return observeWhenResolved(span, request, (result) => {
    const finish = (failed: boolean): void => {
      if (!span.isRecording()) return;
      try {
        if (!failed) span.setAttributes(attributesOf(result));
      } catch {
        // a reading gone wrong loses attributes, never the app's run
      }
      if (failed) span.setStatus({ code: 2, message: "internal_error" });
      span.end();
    };
    Promise.resolve(settled(result)).then(
      () => finish(false),
      () => finish(true),
    );
  });
}

/**
 * A run that hands back its stream through a promise (AI SDK agents' `stream()`): when the promise rejects
 * (the run failed before its stream existed, so no stream callback will run), marks and ends `span` and
 * rejects as before; otherwise hands the result back unchanged, and the stream's own callbacks end the span.
 */
function endSpanOnRejection<Result>(span: Sentry.Span, run: PromiseLike<Result>): Promise<Result> {
  return Promise.resolve(run).then(undefined, (error: unknown) => {
    span.setStatus({ code: 2, message: "internal_error" });
    span.end();
    throw error;
  });
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
 * Ends `span` when a stream the SDK returns synchronously (LangChain `.streamEvents()`) is done. `start` makes the
 * call, so a call that throws ends the span with an error and throws as before; the stream is handed back itself,
 * instrumented in place. A call that returns a promise after all (a LangChain agent's `streamEvents` with
 * `version: "v3"`) is followed as `endSpanWithReadableStream` follows it.
 */
function endSpanWithReturnedStream<Stream extends AsyncIterable<unknown>>(
  span: Sentry.Span,
  start: () => Stream,
  collector: ChunkCollector<StreamChunk<Stream>>,
): Stream {
  let stream: Stream;
  try {
    stream = start();
  } catch (error) {
    span.setStatus({ code: 2, message: "internal_error" });
    span.end();
    throw error;
  }
  if (typeof (stream as { then?: unknown } | null)?.then === "function") {
    return endSpanWithReadableStream(span, stream as unknown as PromiseLike<Stream>, collector) as unknown as Stream;
  }
  try {
    observeReadableStream(span, stream, collector as ChunkCollector<unknown>);
  } catch {
    span.end();
  }
  return stream;
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

/**
 * Ends `span` when the stream at `field` of what the call resolves to is done (Bedrock `ConverseStreamCommand`:
 * `response.stream`), as `endSpanWithStream` does for a stream the call resolves to itself. The stream is observed
 * in place and the result handed back whole, so its other fields (`$metadata`) and its type stay the SDK's;
 * `attributesOf` reads those fields when the result arrives. A result without a stream there ends the span.
 */
function endSpanWithStreamField<Result extends object, Field extends keyof Result>(
  span: Sentry.Span,
  request: PromiseLike<Result>,
  field: Field,
  collector: ChunkCollector<StreamChunk<NonNullable<Result[Field]>>>,
  attributesOf?: (result: Result) => StreamSpanAttributes,
): Promise<Result> {
  return observeWhenResolved(span, request, (result) => {
    try {
      if (attributesOf) span.setAttributes(attributesOf(result));
    } catch {
      // a reading gone wrong loses attributes, never the app's stream
    }
    const stream: unknown = result[field];
    if (typeof stream === "object" && stream !== null && Symbol.asyncIterator in stream) {
      observeStream(span, stream, collector as ChunkCollector<unknown>);
    } else span.end();
  });
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

export {
  endSpanOnAbort,
  endSpanOnError,
  endSpanOnFinish,
  endSpanOnRejection,
  endSpanWithEventStream,
  endSpanWithReadableStream,
  endSpanWithReturnedStream,
  endSpanWithStream,
  endSpanWithStreamField,
  endSpanWithTeedStream,
  endSpanWhenRunSettles,
  finishingAfter,
  observedRead,
  observeReadableStream,
  observeStream,
  observeWhenResolved,
  outputsRecordedIf,
  streamSpanFinisher,
  unfinishedStreamSpans,
  withoutOutputs,
};
export type { AiSdkStreamEnd, AiSdkUsage, StreamChunk };
