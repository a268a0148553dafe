// The SDK types a tool's parameter from its schema (a generic of `tool(...)`): the function stays where it is, its
// parameter list and lines as written, and its body runs in the span from inside, so `input` keeps its type.
import { tool as agentsTool } from "@openai/agents";
import { tool } from "ai";
import { z } from "zod";
import * as Sentry from "@sentry/node";

export const cityLength = agentsTool({
  name: "city_length",
  description: "The length of a city's name",
  parameters: z.object({ city: z.string() }),
  execute: async (input) => runInToolSpan("city_length", "The length of a city's name", input, async () => input.city.length),
});

export const shout = tool({
  description: "Shout a city's name",
  inputSchema: z.object({ city: z.string(), times: z.number() }),
  execute: async ({ city, times }) => runInToolSpan("shout", "Shout a city's name", { city, times }, async () => city.toUpperCase().repeat(times)),
});

export const greet = tool({
  description: "Greet a city",
  inputSchema: z.object({ city: z.string() }),
  execute: ({ city: name }) => runInToolSpan("greet", "Greet a city", { city: name }, () => {
    if (!name) throw new Error("no city");
    return `hello ${name.trim()}`;
  }),
});

// A method has its own `arguments`: a destructured input is recorded whole as `arguments[0]`.
export const forecast = agentsTool({
  name: "forecast",
  description: "The forecast for a city",
  parameters: z.object({ city: z.string(), days: z.number() }),
  async execute({ city, days }) { return runInToolSpan("forecast", "The forecast for a city", arguments[0], async () => {
    return `${days} sunny days in ${city}`;
  }); },
});

// An arrow function has none: the names it binds are put back in the same shape, a rest element included.
export const route = tool({
  description: "A route between two cities",
  inputSchema: z.object({ from: z.string(), to: z.string(), via: z.array(z.string()) }),
  execute: async ({ from, via: [first], ...others }) => runInToolSpan("route", "A route between two cities", { from, via: [first], ...others }, async () => `${from} -> ${first} -> ${others.to}`),
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
