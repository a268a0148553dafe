// openai's tool runner: `client.chat.completions.runTools({ tools })` calls each tool's `function` itself. Inline
// tools (named by `name`, else by their function's own name, as the SDK does) and `zodFunction` tools run in
// execute_tool spans, under the runner's own gen_ai.chat span, which stays open until the runner ends.
import OpenAI from "openai";
import { zodFunction } from "openai/helpers/zod";
import { z } from "zod";
import * as Sentry from "@sentry/node";

const client = new OpenAI();

const getStock = zodFunction({
  name: "get_stock",
  description: "Units of a product in stock",
  parameters: z.object({ sku: z.string() }),
  function: async ({ sku }) => runInToolSpan("get_stock", "Units of a product in stock", { sku }, async () => {
    const response = await fetch(`https://stock.example/${sku}`);
    return (await response.json()) as { units: number };
  }),
});

export async function askStore(question: string) {
  const runner = Sentry.startSpanManual(
    {
      op: "gen_ai.chat",
      name: "chat gpt-4o-mini",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "gpt-4o-mini",
        "gen_ai.request.available_tools": "[{\"name\":\"get_weather\",\"description\":\"Get the weather for a city\"},{\"name\":\"currentTime\",\"description\":\"The current time\"}]",
        "gen_ai.response.streaming": true,
      },
    },
    (span) => {
      const result = client.chat.completions.runTools({
        model: "gpt-4o-mini",
        messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: question }]),
        tools: [
          {
            type: "function",
            function: {
              name: "get_weather",
              description: "Get the weather for a city",
              parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
              parse: JSON.parse,
              function: async ({ city }: { city: string }) => runInToolSpan("get_weather", "Get the weather for a city", { city }, async () => `sunny in ${city}`),
            },
          },
          {
            type: "function",
            function: {
              description: "The current time",
              parameters: { type: "object", properties: {} },
              function: function currentTime() { return runInToolSpan("currentTime", "The current time", arguments[0], () => {
                return new Date().toISOString();
              }); },
            },
          },
        ],
      });
      result.on("finalChatCompletion", (completion) => {
        span.setAttributes({
          "gen_ai.response.model": completion?.model,
          "gen_ai.response.id": completion?.id,
          "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson(completion?.choices?.map((choice) => choice?.message?.content)) : undefined,
          "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(completion?.choices?.[0]?.message?.tool_calls) : undefined,
          "gen_ai.response.finish_reasons": toSpanJson(completion?.choices?.map((choice) => choice?.finish_reason)),
        });
      });
      result.on("totalUsage", (usage) => {
        span.setAttributes({
          "gen_ai.usage.input_tokens": usage?.prompt_tokens,
          "gen_ai.usage.output_tokens": usage?.completion_tokens,
          "gen_ai.usage.total_tokens": usage?.total_tokens,
        });
      });
      return endSpanWithEventStream(span, result);
    },
  );
  return runner.finalContent();
}

export async function checkStock(question: string) {
  const runner = Sentry.startSpanManual(
    {
      op: "gen_ai.chat",
      name: "chat gpt-4o-mini",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "gpt-4o-mini",
        "gen_ai.request.available_tools": toSpanJson([getStock]),
        "gen_ai.response.streaming": true,
      },
    },
    (span) => {
      const result = client.chat.completions.runTools({
        model: "gpt-4o-mini",
        messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: question }]),
        tools: [getStock],
      });
      result.on("finalChatCompletion", (completion) => {
        span.setAttributes({
          "gen_ai.response.model": completion?.model,
          "gen_ai.response.id": completion?.id,
          "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson(completion?.choices?.map((choice) => choice?.message?.content)) : undefined,
          "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(completion?.choices?.[0]?.message?.tool_calls) : undefined,
          "gen_ai.response.finish_reasons": toSpanJson(completion?.choices?.map((choice) => choice?.finish_reason)),
        });
      });
      result.on("totalUsage", (usage) => {
        span.setAttributes({
          "gen_ai.usage.input_tokens": usage?.prompt_tokens,
          "gen_ai.usage.output_tokens": usage?.completion_tokens,
          "gen_ai.usage.total_tokens": usage?.total_tokens,
        });
      });
      return endSpanWithEventStream(span, result);
    },
  );
  return runner.finalContent();
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

/** Runs a tool's body in a Sentry execute_tool span; its result (a promise stays a promise) and errors pass through. */
function runInToolSpan<R>(name: string | undefined, description: string | undefined, input: unknown, body: () => R): R {
  return Sentry.startSpan(
    {
      op: "gen_ai.execute_tool",
      name: name ? `execute_tool ${name}` : "execute_tool",
      attributes: {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": name,
        "gen_ai.tool.description": description,
        "gen_ai.tool.input": sentryRecordsAiContent("inputs") ? toSpanJson(input) : undefined,
      },
    },
    (span) => {
      const output = body();
      const record = (value: unknown) => {
        if (sentryRecordsAiContent("outputs")) span.setAttribute("gen_ai.tool.output", toSpanJson(value));
      };
      if (typeof (output as { then?: unknown } | null | undefined)?.then === "function") {
        (output as unknown as PromiseLike<unknown>).then(record, () => undefined);
      } else {
        record(output);
      }
      return output;
    },
  );
}
