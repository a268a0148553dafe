// Streaming: Anthropic messages.stream(...) with .on("text") and finalMessage(): the span ends with the SDK's `end` event.
import Anthropic from "@anthropic-ai/sdk";
import * as Sentry from "@sentry/node";

const anthropic = new Anthropic();

export async function streamPoem(subject: string, write: (text: string) => void) {
  const stream = Sentry.startSpanManual(
    {
      op: "gen_ai.chat",
      name: "chat claude-sonnet-4-5",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "anthropic",
        "gen_ai.request.model": "claude-sonnet-4-5",
        "gen_ai.request.max_tokens": 1024,
        "gen_ai.response.streaming": true,
      },
    },
    (span) => {
      const response = anthropic.messages.stream({
        model: "claude-sonnet-4-5",
        max_tokens: 1024,
        messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: `Write a short poem about ${subject}.` }]),
      });
      response.on("finalMessage", (messageValue) => {
        span.setAttributes({
          "gen_ai.response.model": messageValue?.model,
          "gen_ai.response.id": messageValue?.id,
          "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson(messageValue?.content?.flatMap((block) => (block.type === "text" ? [block?.text] : []))) : undefined,
          "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(messageValue?.content?.flatMap((block) => (block.type === "tool_use" ? [block] : []))) : undefined,
          "gen_ai.response.finish_reasons": toSpanJson([messageValue?.stop_reason]),
          "gen_ai.usage.input_tokens": messageValue?.usage?.input_tokens == null ? undefined : messageValue?.usage?.input_tokens + (messageValue?.usage?.cache_read_input_tokens ?? 0) + (messageValue?.usage?.cache_creation_input_tokens ?? 0),
          "gen_ai.usage.output_tokens": messageValue?.usage?.output_tokens,
          "gen_ai.usage.total_tokens": messageValue?.usage?.input_tokens == null ? undefined : messageValue?.usage?.input_tokens + (messageValue?.usage?.cache_read_input_tokens ?? 0) + (messageValue?.usage?.cache_creation_input_tokens ?? 0) + (messageValue?.usage?.output_tokens ?? 0),
        });
      });
      return endSpanWithEventStream(span, response);
    },
  );
  stream.on("text", (text) => write(text));
  const message = await stream.finalMessage();
  return message.usage.output_tokens;
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
