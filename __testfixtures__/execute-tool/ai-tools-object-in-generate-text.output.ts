// Vercel AI SDK: tool({ description, inputSchema, execute }) written inside `tools: { key: ... }` of a
// generateText call: the tool is named by its key, and its span nests inside the chat span at run time.
import { openai } from "@ai-sdk/openai";
import { generateText, stepCountIs, tool } from "ai";
import { z } from "zod";
import * as Sentry from "@sentry/node";

export async function weatherReport(city: string) {
  const { text } = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat gpt-4o",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "gpt-4o",
        "gen_ai.request.available_tools": "[{\"name\":\"get_weather\"}]",
      },
    },
    async (span) => {
      const response = await generateText({
        model: openai("gpt-4o"),
        tools: {
          get_weather: tool({
            description: "Get the weather in a location",
            inputSchema: z.object({ location: z.string() }),
            execute: async ({ location }) => runInToolSpan("get_weather", "Get the weather in a location", { location }, async () => ({
              location,
              temperature: 72 + Math.floor(Math.random() * 21) - 10,
            })),
          }),
        },
        stopWhen: stepCountIs(3),
        prompt: sentryRecordInput(span, "gen_ai.request.messages", `What is the weather in ${city}?`),
      });
      span.setAttributes({
        "gen_ai.response.model": response?.response?.modelId,
        "gen_ai.response.id": response?.response?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.text]) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(response?.toolCalls) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson([response?.finishReason]),
        "gen_ai.usage.input_tokens": response?.totalUsage?.inputTokens,
        "gen_ai.usage.output_tokens": response?.totalUsage?.outputTokens,
        "gen_ai.usage.total_tokens": response?.totalUsage?.totalTokens,
      });
      return response;
    },
  );
  return text;
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
