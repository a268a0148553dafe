// Streaming in JavaScript: Bedrock ConverseStreamCommand; the helpers are added without their types.
import { BedrockRuntimeClient, ConverseStreamCommand } from "@aws-sdk/client-bedrock-runtime";
import * as Sentry from "@sentry/node";

const client = new BedrockRuntimeClient({ region: "eu-west-1" });

export async function printReply(question) {
  const { stream } = await Sentry.startSpanManual(
    {
      op: "gen_ai.chat",
      name: "chat amazon.nova-micro-v1:0",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "aws.bedrock",
        "gen_ai.request.model": "amazon.nova-micro-v1:0",
        "gen_ai.response.streaming": true,
      },
    },
    (span) =>
      endSpanWithStreamField(
        span,
        client.send(
          new ConverseStreamCommand({ modelId: "amazon.nova-micro-v1:0", messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: [{ text: question }] }]) }),
        ),
        "stream",
        outputsRecordedIf(sentryRecordsAiContent("outputs"), bedrockConverseChunks()),
        (result) => ({
          "gen_ai.response.id": result?.$metadata?.requestId,
        }),
      ),
  );
  for await (const event of stream) process.stdout.write(event.contentBlockDelta?.delta?.text ?? "");
}

/** Whether Sentry may record AI prompts (inputs) or responses (outputs), as its own AI integrations decide. */
function sentryRecordsAiContent(kind) {
  const options = Sentry.getClient()?.getOptions();
  if (!options) return false;
  if (options.dataCollection) return options.dataCollection.genAI?.[kind] ?? true;
  return Number(Sentry.SDK_VERSION.split(".")[0]) >= 11 || options.sendDefaultPii === true;
}

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value) {
  try {
    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** Records an AI request's input on its span and returns it unchanged; never throws into the app. */
function sentryRecordInput(span, key, value) {
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

/**
 * A collector whose span leaves the model's output out (the codemod's `--no-record-outputs`): the text
 * and tool calls are not recorded; ids, models, finish reasons and token counts still are.
 */
function withoutOutputs(collector) {
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
function outputsRecordedIf(recorded, collector) {
  return recorded ? collector : withoutOutputs(collector);
}

/**
 * Hands back what `request` resolves to once `observe` has instrumented it in place (when `observe` fails, the
 * span ends and the result is still handed back); a failed request ends the span with an error status and
 * rejects as before.
 */
function observeWhenResolved(span, request, observe) {
  return Promise.resolve(request).then(
    (result) => {
      try {
        observe(result);
      } catch {
        span.end();
      }
      return result;
    },
    (error) => {
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
function unfinishedStreamSpans() {
  const holder = unfinishedStreamSpans;
  holder.registry ??= new FinalizationRegistry((span) => span.end());
  return holder.registry;
}

/** Ends a stream's span once, with what its collector read; `failed` marks it errored, `cleanup` runs first. */
function streamSpanFinisher(span, collector, cleanup) {
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
function observedRead(read, collector, finish) {
  return async (...args) => {
    let result;
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
async function finishingAfter(close, finish, failed) {
  try {
    return await close();
  } finally {
    finish(failed);
  }
}

/** Routes every way of reading `stream` through one observer of its chunks and its end. */
function observeStream(span, stream, collector) {
  let started = false;
  const signal = stream.controller?.signal;
  const abortSignal = signal instanceof AbortSignal ? signal : undefined;
  const finish = streamSpanFinisher(span, collector, () => abortSignal?.removeEventListener("abort", onAbort));
  // Aborting a stream nobody reads ends it; once reading has begun, the reader's end is the stream's end.
  const onAbort = () => {
    if (!started) finish(false);
  };
  const observe = (iterator) => {
    started = true;
    return {
      next: observedRead((...args) => iterator.next(...args), collector, finish),
      return: (value) => finishingAfter(() => (iterator.return ? iterator.return(value) : { done: true, value }), finish, false),
      ...(iterator.throw && {
        throw: (error) => finishingAfter(() => iterator.throw(error), finish, true),
      }),
    };
  };
  const target = stream;
  if (Object.prototype.hasOwnProperty.call(target, "iterator") && typeof target.iterator === "function") {
    // openai and @anthropic-ai/sdk `Stream`: `[Symbol.asyncIterator]()`, `tee()` and `toReadableStream()`
    // all start from this per-instance iterator factory (openai's `tee()` does not go through the symbol).
    const createIterator = target.iterator;
    target.iterator = () => observe(createIterator.call(stream));
  } else if (typeof target.next === "function") {
    // An async generator (@google/genai): `for await` and direct `next()` calls both reach `next`.
    const generator = stream;
    const observed = observe({
      next: generator.next.bind(generator),
      return: generator.return.bind(generator),
      throw: generator.throw.bind(generator),
    });
    Object.assign(generator, { next: observed.next, return: observed.return, throw: observed.throw });
  } else {
    // Any other async iterable (Mistral's `EventStream`, a ReadableStream): each `for await` is observed.
    const iterate = stream[Symbol.asyncIterator];
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
function endSpanWithStreamField(span, request, field, collector, attributesOf) {
  return observeWhenResolved(span, request, (result) => {
    try {
      if (attributesOf) span.setAttributes(attributesOf(result));
    } catch {
      // a reading gone wrong loses attributes, never the app's stream
    }
    const stream = result[field];
    if (typeof stream === "object" && stream !== null && Symbol.asyncIterator in stream) {
      observeStream(span, stream, collector);
    } else span.end();
  });
}

/**
 * Bedrock `ConverseStreamCommand` events: `contentBlockStart` opens a tool call (`start.toolUse`), each
 * `contentBlockDelta` adds text or a tool call's JSON input to its block (`contentBlockIndex`), `messageStop` has
 * the stop reason and `metadata` the usage. The text and tool calls are recorded as the non-streaming
 * `ConverseCommand`'s are: one text per text block, the tool calls with their parsed input.
 */
function bedrockConverseChunks() {
  const blocks = new Map();
  const blockAt = (index) => {
    const key = index ?? 0;
    let block = blocks.get(key);
    if (!block) blocks.set(key, (block = {}));
    return block;
  };
  let stopReason;
  let usage;
  const parsed = (input) => {
    try {
      return input ? JSON.parse(input) : {};
    } catch {
      return input;
    }
  };
  return {
    add: (event) => {
      const started = event.contentBlockStart?.start?.toolUse;
      if (started) {
        const { toolUseId, name } = started;
        blockAt(event.contentBlockStart?.contentBlockIndex).toolUse = { toolUseId, name, input: "" };
      }
      const delta = event.contentBlockDelta;
      if (delta) {
        const block = blockAt(delta.contentBlockIndex);
        if (typeof delta.delta?.text === "string") block.text = (block.text ?? "") + delta.delta.text;
        if (block.toolUse && typeof delta.delta?.toolUse?.input === "string") block.toolUse.input += delta.delta.toolUse.input;
      }
      if (event.messageStop?.stopReason) stopReason = event.messageStop.stopReason;
      if (event.metadata?.usage) usage = event.metadata.usage;
    },
    attributes: () => {
      const ordered = [...blocks.entries()].sort(([a], [b]) => a - b).map(([, block]) => block);
      const texts = ordered.flatMap((block) => (block.text === undefined ? [] : [block.text]));
      const toolCalls = ordered.flatMap((block) =>
        block.toolUse ? [{ toolUseId: block.toolUse.toolUseId, name: block.toolUse.name, input: parsed(block.toolUse.input) }] : [],
      );
      return {
        "gen_ai.response.text": texts.length > 0 ? JSON.stringify(texts) : undefined,
        "gen_ai.response.tool_calls": toolCalls.length > 0 ? JSON.stringify(toolCalls) : undefined,
        "gen_ai.response.finish_reasons": stopReason ? JSON.stringify([stopReason]) : undefined,
        "gen_ai.usage.input_tokens": usage?.inputTokens,
        "gen_ai.usage.output_tokens": usage?.outputTokens,
        "gen_ai.usage.total_tokens": usage?.totalTokens,
      };
    },
  };
}
