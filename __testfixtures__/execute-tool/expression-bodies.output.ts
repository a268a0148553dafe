// Expression-bodied tools: the new body starts on the line after `=>`, one level in (as prettier lays it out),
// and only a value that may be a promise is awaited: a template, an object or arithmetic is passed on as it is,
// and an `await` is not awaited twice. A span callback that awaits nothing is not async.
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
      (span) => {
        return recordToolOutput(span, `sunny in ${city}`);
      },
    ),
});

export const report = tool({
  name: "get_report",
  description: "A forecast report",
  parameters,
  execute: async ({ city }) =>
    Sentry.startSpan(
      {
        op: "gen_ai.execute_tool",
        name: "execute_tool get_report",
        attributes: {
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": "get_report",
          "gen_ai.tool.description": "A forecast report",
          "gen_ai.tool.input": toSpanJson({ city }),
        },
      },
      async (span) => {
        return recordToolOutput(span, `forecast for ${city}: ${await lookupForecast(city)}`);
      },
    ),
});

export const forecast = tool({
  name: "get_forecast",
  description: "The forecast for a city",
  parameters,
  execute: async ({ city }) =>
    Sentry.startSpan(
      {
        op: "gen_ai.execute_tool",
        name: "execute_tool get_forecast",
        attributes: {
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": "get_forecast",
          "gen_ai.tool.description": "The forecast for a city",
          "gen_ai.tool.input": toSpanJson({ city }),
        },
      },
      async (span) => {
        return recordToolOutput(span, await lookupForecast(city));
      },
    ),
});

export const awaited = tool({
  name: "get_forecast_awaited",
  description: "The forecast for a city",
  parameters,
  execute: async ({ city }) =>
    Sentry.startSpan(
      {
        op: "gen_ai.execute_tool",
        name: "execute_tool get_forecast_awaited",
        attributes: {
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": "get_forecast_awaited",
          "gen_ai.tool.description": "The forecast for a city",
          "gen_ai.tool.input": toSpanJson({ city }),
        },
      },
      async (span) => {
        return recordToolOutput(span, await lookupForecast(city));
      },
    ),
});

export const summary = tool({
  name: "get_summary",
  description: "A short summary",
  parameters,
  execute: async ({ city }) =>
    Sentry.startSpan(
      {
        op: "gen_ai.execute_tool",
        name: "execute_tool get_summary",
        attributes: {
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": "get_summary",
          "gen_ai.tool.description": "A short summary",
          "gen_ai.tool.input": toSpanJson({ city }),
        },
      },
      (span) => {
        return recordToolOutput(span, { city, long: city.length > 5 });
      },
    ),
});

export const maybe = tool({
  name: "get_forecast_or_default",
  description: "The forecast, or a default",
  parameters,
  execute: async ({ city }) =>
    Sentry.startSpan(
      {
        op: "gen_ai.execute_tool",
        name: "execute_tool get_forecast_or_default",
        attributes: {
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": "get_forecast_or_default",
          "gen_ai.tool.description": "The forecast, or a default",
          "gen_ai.tool.input": toSpanJson({ city }),
        },
      },
      async (span) => {
        return recordToolOutput(span, await (city ? lookupForecast(city) : "unknown"));
      },
    ),
});

export const commented = tool({
  name: "get_cached",
  description: "A cached answer",
  parameters,
  execute: async ({ city }) => /* from the cache */ Sentry.startSpan(
    {
      op: "gen_ai.execute_tool",
      name: "execute_tool get_cached",
      attributes: {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": "get_cached",
        "gen_ai.tool.description": "A cached answer",
        "gen_ai.tool.input": toSpanJson({ city }),
      },
    },
    (span) => {
      return recordToolOutput(span, `cached ${city}`);
    },
  ),
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
