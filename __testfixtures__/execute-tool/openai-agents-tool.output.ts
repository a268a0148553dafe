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
  execute: async ({ city }) => runInToolSpan("get_weather", "Get the weather for a city", { city }, async () => {
    const forecast = await lookupForecast(city);
    if (!forecast) {
      throw new Error(`no forecast for ${city}`);
    }
    return `The weather in ${city} is ${forecast}.`;
  }),
});

export const weatherAgent = new Agent({
  name: "Weather Agent",
  instructions: "Use the tool.",
  tools: [getWeather],
});

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
