// openai's tool runner: `client.chat.completions.runTools({ tools })` calls each tool's `function` itself. Inline
// tools (named by `name`, else by their function's own name, as the SDK does) and `zodFunction` tools run in
// execute_tool spans; the runner itself streams several model calls and is reported for manual work.
import OpenAI from "openai";
import { zodFunction } from "openai/helpers/zod";
import { z } from "zod";
import * as Sentry from "@sentry/node";

const client = new OpenAI();

const getStock = zodFunction({
  name: "get_stock",
  description: "Units of a product in stock",
  parameters: z.object({ sku: z.string() }),
  function: async ({ sku }) =>
    Sentry.startSpan(
      {
        op: "gen_ai.execute_tool",
        name: "execute_tool get_stock",
        attributes: {
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": "get_stock",
          "gen_ai.tool.description": "Units of a product in stock",
          "gen_ai.tool.input": toSpanJson({ sku }),
        },
      },
      async (span) => {
        return recordToolOutput(span, await (async () => {
          const response = await fetch(`https://stock.example/${sku}`);
          return (await response.json()) as { units: number };
        })());
      },
    ),
});

export async function askStore(question: string) {
  const runner = client.chat.completions.runTools({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: question }],
    tools: [
      {
        type: "function",
        function: {
          name: "get_weather",
          description: "Get the weather for a city",
          parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
          parse: JSON.parse,
          function: async ({ city }: { city: string }) =>
            Sentry.startSpan(
              {
                op: "gen_ai.execute_tool",
                name: "execute_tool get_weather",
                attributes: {
                  "gen_ai.operation.name": "execute_tool",
                  "gen_ai.tool.name": "get_weather",
                  "gen_ai.tool.description": "Get the weather for a city",
                  "gen_ai.tool.input": toSpanJson({ city }),
                },
              },
              (span) => {
                return recordToolOutput(span, `sunny in ${city}`);
              },
            ),
        },
      },
      {
        type: "function",
        function: {
          description: "The current time",
          parameters: { type: "object", properties: {} },
          function: function currentTime() {
            return Sentry.startSpan(
              {
                op: "gen_ai.execute_tool",
                name: "execute_tool currentTime",
                attributes: {
                  "gen_ai.operation.name": "execute_tool",
                  "gen_ai.tool.name": "currentTime",
                  "gen_ai.tool.description": "The current time",
                },
              },
              (span) => {
                return recordToolOutput(span, (() => {
                  return new Date().toISOString();
                })());
              },
            );
          },
        },
      },
    ],
  });
  return runner.finalContent();
}

export async function checkStock(question: string) {
  const runner = client.chat.completions.runTools({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: question }],
    tools: [getStock],
  });
  return runner.finalContent();
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

/** Records a tool's output on its Sentry span and returns it unchanged (a promise is recorded when it resolves). */
function recordToolOutput<T>(span: { setAttribute(key: string, value: string | undefined): unknown }, output: T): T {
  if (typeof (output as { then?: unknown } | null | undefined)?.then === "function") {
    (output as unknown as PromiseLike<unknown>).then((value) => span.setAttribute("gen_ai.tool.output", toSpanJson(value)), () => undefined);
  } else {
    span.setAttribute("gen_ai.tool.output", toSpanJson(output));
  }
  return output;
}
