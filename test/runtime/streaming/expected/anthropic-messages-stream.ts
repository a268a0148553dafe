// Streaming program (uninstrumented): Anthropic's helper stream messages.stream(), iterated event by event.
// Conventions: see ../../programs/openai-chat.ts; the scenarios (whole, early exit, failure) are in ../scenarios.ts.
import Anthropic from "@anthropic-ai/sdk";
import { chunkDelivered, runScenarios } from "../scenarios";
import * as Sentry from "@sentry/node";

const anthropic = new Anthropic({ apiKey: "sk-ant-mock", baseURL: process.env.MOCK_LLM_URL, maxRetries: 0 });

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const stream = Sentry.startSpanManual(
    {
      op: "gen_ai.chat",
      name: `chat ${model}`,
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "anthropic",
        "gen_ai.request.model": model,
        "gen_ai.request.max_tokens": 256,
        "gen_ai.response.streaming": true,
      },
    },
    (span) => {
      const response = anthropic.messages.stream({
        model,
        max_tokens: 256,
        messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: question }]),
      });
      response.on("finalMessage", (message) => {
        span.setAttributes({
          "gen_ai.response.model": message?.model,
          "gen_ai.response.id": message?.id,
          "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson(message?.content?.flatMap((block) => (block.type === "text" ? [block?.text] : []))) : undefined,
          "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(message?.content?.flatMap((block) => (block.type === "tool_use" ? [block] : []))) : undefined,
          "gen_ai.response.finish_reasons": toSpanJson([message?.stop_reason]),
          "gen_ai.usage.input_tokens": message?.usage?.input_tokens == null ? undefined : message?.usage?.input_tokens + (message?.usage?.cache_read_input_tokens ?? 0) + (message?.usage?.cache_creation_input_tokens ?? 0),
          "gen_ai.usage.output_tokens": message?.usage?.output_tokens,
          "gen_ai.usage.total_tokens": message?.usage?.input_tokens == null ? undefined : message?.usage?.input_tokens + (message?.usage?.cache_read_input_tokens ?? 0) + (message?.usage?.cache_creation_input_tokens ?? 0) + (message?.usage?.output_tokens ?? 0),
        });
      });
      return endSpanWithEventStream(span, response);
    },
  );
  let text = "";
  let chunks = 0;
  for await (const event of stream) {
    chunkDelivered(model);
    chunks++;
    if (event.type === "content_block_delta" && event.delta.type === "text_delta") text += event.delta.text;
    if (stopEarly && text) break;
  }
  return { text, chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, { complete: "claude-haiku-4-5", earlyExit: "claude-haiku-4-5-early-exit" });
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
