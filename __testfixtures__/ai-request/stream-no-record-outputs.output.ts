// Streaming with recordOutputs: false: no response text or tool calls on any streaming span.
import Anthropic from "@anthropic-ai/sdk";
import { openai as aiOpenAi } from "@ai-sdk/openai";
import { streamText } from "ai";
import OpenAI from "openai";
import * as Sentry from "@sentry/node";

const openai = new OpenAI();
const anthropic = new Anthropic();

export async function rawStream(prompt: string) {
  const stream = await Sentry.startSpanManual(
    {
      op: "gen_ai.chat",
      name: "chat gpt-4o-mini",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "gpt-4o-mini",
        "gen_ai.response.streaming": true,
      },
    },
    (span) =>
      endSpanWithStream(
        span,
        openai.chat.completions.create({ model: "gpt-4o-mini", messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: prompt }]), stream: true }),
        withoutOutputs(openAiChatChunks()),
      ),
  );
  for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta?.content ?? "");
}

export async function helperStream(prompt: string) {
  const stream = Sentry.startSpanManual(
    {
      op: "gen_ai.chat",
      name: "chat claude-haiku-4-5",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "anthropic",
        "gen_ai.request.model": "claude-haiku-4-5",
        "gen_ai.request.max_tokens": 100,
        "gen_ai.response.streaming": true,
      },
    },
    (span) => {
      const response = anthropic.messages.stream({ model: "claude-haiku-4-5", max_tokens: 100, messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: prompt }]) });
      response.on("finalMessage", (message) => {
        span.setAttributes({
          "gen_ai.response.model": message?.model,
          "gen_ai.response.id": message?.id,
          "gen_ai.response.finish_reasons": toSpanJson([message?.stop_reason]),
          "gen_ai.usage.input_tokens": message?.usage?.input_tokens == null ? undefined : message?.usage?.input_tokens + (message?.usage?.cache_read_input_tokens ?? 0) + (message?.usage?.cache_creation_input_tokens ?? 0),
          "gen_ai.usage.output_tokens": message?.usage?.output_tokens,
          "gen_ai.usage.total_tokens": message?.usage?.input_tokens == null ? undefined : message?.usage?.input_tokens + (message?.usage?.cache_read_input_tokens ?? 0) + (message?.usage?.cache_creation_input_tokens ?? 0) + (message?.usage?.output_tokens ?? 0),
        });
      });
      return endSpanWithEventStream(span, response);
    },
  );
  return (await stream.finalMessage()).usage;
}

export function aiStream(prompt: string) {
  return Sentry.startSpanManual(
    {
      op: "gen_ai.chat",
      name: "chat gpt-4o",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "gpt-4o",
        "gen_ai.response.streaming": true,
      },
    },
    (span) =>
      streamText({
        model: aiOpenAi("gpt-4o"),
        prompt: sentryRecordInput(span, "gen_ai.request.messages", prompt),
        onFinish: endSpanOnFinish(span, (event) => ({
          "gen_ai.response.model": event?.response?.modelId,
          "gen_ai.response.id": event?.response?.id,
          "gen_ai.response.finish_reasons": toSpanJson([event?.finishReason]),
          "gen_ai.usage.input_tokens": event?.totalUsage?.inputTokens,
          "gen_ai.usage.output_tokens": event?.totalUsage?.outputTokens,
          "gen_ai.usage.total_tokens": event?.totalUsage?.totalTokens,
        })),
        onError: endSpanOnError(span),
        onAbort: endSpanOnAbort(span),
      }),
  ).toTextStreamResponse();
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

/** openai `chat.completions.create({ stream: true })` chunks. Usage is there only with `stream_options.include_usage`. */
function openAiChatChunks(): ChunkCollector<{
  id?: string;
  model?: string;
  choices?: Array<{
    index?: number;
    delta?: {
      content?: string | null;
      tool_calls?: Array<{ index: number; id?: string; function?: { name?: string; arguments?: string } }> | null;
    } | null;
    finish_reason?: string | null;
  }>;
  usage?: { prompt_tokens?: number; completion_tokens?: number; total_tokens?: number } | null;
}> {
  const texts: string[] = [];
  const finishReasons: string[] = [];
  // The first choice's tool calls, joined from their deltas (`index` says which call a delta continues).
  const toolCalls: Array<{ id?: string; type: "function"; function: { name: string; arguments: string } }> = [];
  let id: string | undefined;
  let model: string | undefined;
  let usage: { prompt_tokens?: number; completion_tokens?: number; total_tokens?: number } | undefined;
  return {
    add: (chunk) => {
      id ??= chunk.id;
      model ??= chunk.model;
      if (chunk.usage) usage = chunk.usage;
      for (const choice of chunk.choices ?? []) {
        const index = choice.index ?? 0;
        if (choice.delta?.content) texts[index] = (texts[index] ?? "") + choice.delta.content;
        if (choice.finish_reason) finishReasons[index] = choice.finish_reason;
        for (const call of index === 0 ? (choice.delta?.tool_calls ?? []) : []) {
          const joined = (toolCalls[call.index] ??= { type: "function", function: { name: "", arguments: "" } });
          joined.id ??= call.id;
          joined.function.name += call.function?.name ?? "";
          joined.function.arguments += call.function?.arguments ?? "";
        }
      }
    },
    attributes: () => ({
      "gen_ai.response.model": model,
      "gen_ai.response.id": id,
      "gen_ai.response.text": texts.length > 0 ? JSON.stringify(Array.from(texts, (text) => text ?? "")) : undefined,
      "gen_ai.response.tool_calls": toolCalls.length > 0 ? JSON.stringify(toolCalls) : undefined,
      "gen_ai.response.finish_reasons": finishReasons.length > 0 ? JSON.stringify(finishReasons) : undefined,
      "gen_ai.usage.input_tokens": usage?.prompt_tokens,
      "gen_ai.usage.output_tokens": usage?.completion_tokens,
      "gen_ai.usage.total_tokens": usage?.total_tokens,
    }),
  };
}
