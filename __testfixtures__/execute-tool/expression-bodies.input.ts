// Expression-bodied tools: the text after `=>` is kept as written and becomes the body the span runs
// (`=> runInToolSpan(..., async () => <the expression>)`): a template, an object in parentheses, an `await` or a
// leading comment are passed on as they are.
import { tool } from "@openai/agents";
import { z } from "zod";

async function lookupForecast(city: string): Promise<string> {
  return city.length > 5 ? "sunny" : "rainy";
}

const parameters = z.object({ city: z.string() });

export const weather = tool({
  name: "get_weather",
  description: "Get the weather for a city",
  parameters,
  execute: async ({ city }) => `sunny in ${city}`,
});

export const report = tool({
  name: "get_report",
  description: "A forecast report",
  parameters,
  execute: async ({ city }) => `forecast for ${city}: ${await lookupForecast(city)}`,
});

export const forecast = tool({
  name: "get_forecast",
  description: "The forecast for a city",
  parameters,
  execute: async ({ city }) => lookupForecast(city),
});

export const awaited = tool({
  name: "get_forecast_awaited",
  description: "The forecast for a city",
  parameters,
  execute: async ({ city }) => await lookupForecast(city),
});

export const summary = tool({
  name: "get_summary",
  description: "A short summary",
  parameters,
  execute: async ({ city }) => ({ city, long: city.length > 5 }),
});

export const maybe = tool({
  name: "get_forecast_or_default",
  description: "The forecast, or a default",
  parameters,
  execute: async ({ city }) => (city ? lookupForecast(city) : "unknown"),
});

export const commented = tool({
  name: "get_cached",
  description: "A cached answer",
  parameters,
  execute: async ({ city }) => /* from the cache */ `cached ${city}`,
});
