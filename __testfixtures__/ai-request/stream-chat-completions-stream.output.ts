// Streaming: chat.completions.stream(...) returns a runner synchronously: the span ends with its `end` event, read from finalChatCompletion.
import OpenAI from "openai";
import * as Sentry from "@sentry/node";

const openai = new OpenAI();

export async function streamExplanation(topic: string, write: (text: string) => void) {
  const runner = Sentry.startSpanManual(
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
    (span) => {
      const response = openai.chat.completions.stream({
        model: "gpt-4o-mini",
        messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: `Explain ${topic} step by step.` }]),
      });
      response.on("finalChatCompletion", (completionValue) => {
        span.setAttributes({
          "gen_ai.response.model": completionValue?.model,
          "gen_ai.response.id": completionValue?.id,
          "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson(completionValue?.choices?.map((choice) => choice?.message?.content)) : undefined,
          "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(completionValue?.choices?.[0]?.message?.tool_calls) : undefined,
          "gen_ai.response.finish_reasons": toSpanJson(completionValue?.choices?.map((choice) => choice?.finish_reason)),
          "gen_ai.usage.input_tokens": completionValue?.usage?.prompt_tokens,
          "gen_ai.usage.output_tokens": completionValue?.usage?.completion_tokens,
          "gen_ai.usage.total_tokens": completionValue?.usage?.total_tokens,
        });
      });
      return endSpanWithEventStream(span, response);
    },
  );
  runner.on("content", (delta) => write(delta));
  const completion = await runner.finalChatCompletion();
  return completion.choices[0].message.content;
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
