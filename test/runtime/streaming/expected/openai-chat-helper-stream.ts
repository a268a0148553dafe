// Streaming program (uninstrumented): openai's helper stream chat.completions.stream(), iterated chunk by chunk.
// Conventions: see ../../programs/openai-chat.ts; the scenarios (whole, early exit, failure) are in ../scenarios.ts.
import OpenAI from "openai";
import { chunkDelivered, runScenarios } from "../scenarios";
import * as Sentry from "@sentry/node";

const openai = new OpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1`, maxRetries: 0 });

async function streamAnswer(model: string, question: string, stopEarly: boolean) {
  const stream = Sentry.startSpanManual(
    {
      op: "gen_ai.chat",
      name: `chat ${model}`,
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "openai",
        "gen_ai.request.model": model,
        "gen_ai.response.streaming": true,
      },
    },
    (span) => {
      const response = openai.chat.completions.stream({
        model,
        messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: question }]),
        stream_options: { include_usage: true },
      });
      response.on("finalChatCompletion", (completion) => {
        span.setAttributes({
          "gen_ai.response.model": completion?.model,
          "gen_ai.response.id": completion?.id,
          "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson(completion?.choices?.map((choice) => choice?.message?.content)) : undefined,
          "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(completion?.choices?.[0]?.message?.tool_calls) : undefined,
          "gen_ai.response.finish_reasons": toSpanJson(completion?.choices?.map((choice) => choice?.finish_reason)),
          "gen_ai.usage.input_tokens": completion?.usage?.prompt_tokens,
          "gen_ai.usage.output_tokens": completion?.usage?.completion_tokens,
          "gen_ai.usage.total_tokens": completion?.usage?.total_tokens,
        });
      });
      return endSpanWithEventStream(span, response);
    },
  );
  let text = "";
  let chunks = 0;
  for await (const chunk of stream) {
    chunkDelivered(model);
    chunks++;
    text += chunk.choices[0]?.delta?.content ?? "";
    if (stopEarly && text) break;
  }
  return { text, chunks };
}

export async function main(_baseUrl: string) {
  return runScenarios(streamAnswer, { complete: "gpt-4o", earlyExit: "gpt-4o-early-exit" });
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
