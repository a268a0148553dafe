// @openai/agents: tool({ name, description, parameters, execute }) -> the body runs in an execute_tool span.
import { Agent, tool } from "@openai/agents";
import { z } from "zod";
import * as Sentry from "@sentry/node";

async function lookupForecast(city: string): Promise<string> {
  return city.length > 5 ? "sunny" : "rainy";
}

export const getWeather = tool({
  name: "get_weather",
  description: "Get the weather for a city",
  parameters: z.object({ city: z.string() }),
  execute: async ({ city }) =>
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
      async (span) => {
        return recordToolOutput(span, await (async () => {
          const forecast = await lookupForecast(city);
          if (!forecast) {
            throw new Error(`no forecast for ${city}`);
          }
          return `The weather in ${city} is ${forecast}.`;
        })());
      },
    ),
});

export const weatherAgent = new Agent({
  name: "Weather Agent",
  instructions: "Use the tool.",
  tools: [getWeather],
});

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
