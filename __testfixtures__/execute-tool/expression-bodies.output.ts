// Expression-bodied tools: the text after `=>` is kept as written and becomes the body the span runs
// (`=> runInToolSpan(..., async () => <the expression>)`): a template, an object in parentheses, an `await` or a
// leading comment are passed on as they are.
import { tool } from "@openai/agents";
import { z } from "zod";
import * as Sentry from "@sentry/node";

async function lookupForecast(city: string): Promise<string> {
  return city.length > 5 ? "sunny" : "rainy";
}

const parameters = z.object({ city: z.string() });

export const weather = tool({
  name: "get_weather",
  description: "Get the weather for a city",
  parameters,
  execute: async ({ city }) => runInToolSpan("get_weather", "Get the weather for a city", { city }, async () => `sunny in ${city}`),
});

export const report = tool({
  name: "get_report",
  description: "A forecast report",
  parameters,
  execute: async ({ city }) => runInToolSpan("get_report", "A forecast report", { city }, async () => `forecast for ${city}: ${await lookupForecast(city)}`),
});

export const forecast = tool({
  name: "get_forecast",
  description: "The forecast for a city",
  parameters,
  execute: async ({ city }) => runInToolSpan("get_forecast", "The forecast for a city", { city }, async () => lookupForecast(city)),
});

export const awaited = tool({
  name: "get_forecast_awaited",
  description: "The forecast for a city",
  parameters,
  execute: async ({ city }) => runInToolSpan("get_forecast_awaited", "The forecast for a city", { city }, async () => await lookupForecast(city)),
});

export const summary = tool({
  name: "get_summary",
  description: "A short summary",
  parameters,
  execute: async ({ city }) => runInToolSpan("get_summary", "A short summary", { city }, async () => ({ city, long: city.length > 5 })),
});

export const maybe = tool({
  name: "get_forecast_or_default",
  description: "The forecast, or a default",
  parameters,
  execute: async ({ city }) => runInToolSpan("get_forecast_or_default", "The forecast, or a default", { city }, async () => (city ? lookupForecast(city) : "unknown")),
});

export const commented = tool({
  name: "get_cached",
  description: "A cached answer",
  parameters,
  execute: async ({ city }) => runInToolSpan("get_cached", "A cached answer", { city }, async () => /* from the cache */ `cached ${city}`),
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
