// Streaming program (uninstrumented): @aws-sdk/client-bedrock-runtime InvokeModelWithResponseStreamCommand for an
// Anthropic model, whose chunks are the result's `body` field, each `chunk.bytes` one event of the model's own format.
// Conventions: see ../../programs/openai-chat.ts; the scenarios (whole, early exit, failure) are in ../scenarios.ts.
import { BedrockRuntimeClient, InvokeModelWithResponseStreamCommand } from "@aws-sdk/client-bedrock-runtime";
import { chunkDelivered, runScenarios } from "../scenarios";
import * as Sentry from "@sentry/node";

const bedrock = new BedrockRuntimeClient({
  region: "us-east-1",
  endpoint: process.env.MOCK_LLM_URL,
  credentials: { accessKeyId: "AKIAMOCK", secretAccessKey: "mock-secret" },
  maxAttempts: 1,
});
const decoder = new TextDecoder();

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const response = await Sentry.startSpanManual(
    {
      op: "gen_ai.chat",
      name: `chat ${model}`,
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "aws.bedrock",
        "gen_ai.request.model": model,
        "gen_ai.response.streaming": true,
      },
    },
    (span) =>
      endSpanWithStreamField(
        span,
        bedrock.send(
          new InvokeModelWithResponseStreamCommand({
            modelId: model,
            contentType: "application/json",
            body: JSON.stringify({
              anthropic_version: "bedrock-2023-05-31",
              max_tokens: 256,
              messages: [{ role: "user", content: question }],
            }),
          }),
        ),
        "body",
        outputsRecordedIf(sentryRecordsAiContent("outputs"), bedrockInvokeChunks()),
        (output) => ({
          "gen_ai.response.id": output?.$metadata?.requestId,
        }),
      ),
  );
  let text = "";
  let chunks = 0;
  for await (const event of response.body ?? []) {
    chunkDelivered(model);
    chunks++;
    const body = JSON.parse(decoder.decode(event.chunk?.bytes)) as { delta?: { text?: string } };
    text += body.delta?.text ?? "";
    if (stopEarly && text) break;
  }
  return { text, chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, {
    complete: "anthropic.claude-3-haiku-20240307-v1:0",
    earlyExit: "anthropic.claude-3-haiku-20240307-v1:0-early-exit",
  });
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
 * Bedrock `InvokeModelWithResponseStreamCommand` chunks: each `chunk.bytes` is one JSON event in the invoked model's
 * own format. Text and stop reason are read where the model families Bedrock serves put them (Anthropic
 * `delta.text` / `delta.stop_reason`, Amazon Nova `contentBlockDelta` / `messageStop`, Meta Llama `generation` /
 * `stop_reason`, Amazon Titan `outputText` / `completionReason`, Mistral `outputs[0]`, Cohere `text` /
 * `finish_reason`, OpenAI-style `choices[0]`); the token counts from the `amazon-bedrock-invocationMetrics` that
 * Bedrock adds to the last chunk of every model; the response id is the request's, read from the result. A chunk
 * that is not JSON is skipped.
 */
function bedrockInvokeChunks(): ChunkCollector<{ chunk?: { bytes?: Uint8Array } }> {
  type ModelEvent = {
    message?: { model?: string };
    delta?: { text?: string; stop_reason?: string };
    contentBlockDelta?: { delta?: { text?: string } };
    messageStop?: { stopReason?: string };
    generation?: string;
    stop_reason?: string;
    outputText?: string;
    completionReason?: string;
    outputs?: Array<{ text?: string; stop_reason?: string }>;
    text?: string;
    finish_reason?: string;
    choices?: Array<{ delta?: { content?: string }; finish_reason?: string }>;
    "amazon-bedrock-invocationMetrics"?: { inputTokenCount?: number; outputTokenCount?: number };
  };
  const decoder = new TextDecoder();
  let text = "";
  let stopReason: string | undefined;
  let model: string | undefined;
  let metrics: { inputTokenCount?: number; outputTokenCount?: number } | undefined;
  const firstString = (...values: unknown[]): string | undefined =>
    values.find((value): value is string => typeof value === "string");
  return {
    add: (event) => {
      const bytes = event.chunk?.bytes;
      if (!bytes) return;
      let body: ModelEvent;
      try {
        body = JSON.parse(decoder.decode(bytes)) as ModelEvent;
      } catch {
        return;
      }
      if (typeof body !== "object" || body === null) return;
      text +=
        firstString(
          body.delta?.text,
          body.contentBlockDelta?.delta?.text,
          body.generation,
          body.outputText,
          body.outputs?.[0]?.text,
          body.text,
          body.choices?.[0]?.delta?.content,
        ) ?? "";
      stopReason =
        firstString(
          body.delta?.stop_reason,
          body.messageStop?.stopReason,
          body.stop_reason,
          body.completionReason,
          body.outputs?.[0]?.stop_reason,
          body.finish_reason,
          body.choices?.[0]?.finish_reason,
        ) ?? stopReason;
      model = body.message?.model ?? model;
      metrics = body["amazon-bedrock-invocationMetrics"] ?? metrics;
    },
    attributes: () => {
      const input = metrics?.inputTokenCount;
      const output = metrics?.outputTokenCount;
      return {
        "gen_ai.response.model": model,
        "gen_ai.response.text": text ? JSON.stringify([text]) : undefined,
        "gen_ai.response.finish_reasons": stopReason ? JSON.stringify([stopReason]) : undefined,
        "gen_ai.usage.input_tokens": input,
        "gen_ai.usage.output_tokens": output,
        "gen_ai.usage.total_tokens": input != null && output != null ? input + output : undefined,
      };
    },
  };
}
