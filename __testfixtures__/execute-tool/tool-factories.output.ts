// Tools built by a factory function: each is named by the `name` the framework sees when it is a literal, else by
// the tools key it is put under (AI SDK), else by the factory's const.
import { tool as agentTool } from "@openai/agents";
import { openai } from "@ai-sdk/openai";
import { ToolLoopAgent, tool } from "ai";
import { z } from "zod";
import * as Sentry from "@sentry/node";

interface SearchOptions {
  index: string;
}

/** @openai/agents, expression body: the literal `name` wins. */
export const searchTool = (opts: SearchOptions) =>
  agentTool({
    name: "search_docs",
    description: "Search the docs",
    parameters: z.object({ query: z.string() }),
    execute: async ({ query }) => runInToolSpan("search_docs", "Search the docs", { query }, async () => `${opts.index}: ${query}`),
  });

/** @openai/agents, block body and no literal name: the const's name. */
export const lookupTool = (opts: SearchOptions, name: string) => {
  return agentTool({
    name,
    description: "Look a term up",
    parameters: z.object({ term: z.string() }),
    execute: async ({ term }) => runInToolSpan("lookupTool", "Look a term up", { term }, async () => `${opts.index}/${term}`),
  });
};

/** AI SDK: put under `tools: { weather: weatherTool(...) }`, so the model calls it `weather`. */
export const weatherTool = (unit: "C" | "F") =>
  tool({
    description: "Get the weather",
    inputSchema: z.object({ city: z.string() }),
    execute: async ({ city }) => runInToolSpan("weather", "Get the weather", { city }, async () => `${city}: 21${unit}`),
  });

/** AI SDK, never put in a tools object here: the const's name. */
export function clockTool() {
  return tool({
    description: "The current time",
    inputSchema: z.object({}),
    execute: async () => runInToolSpan("clockTool", "The current time", undefined, async () => new Date().toISOString()),
  });
}

export const assistant = new ToolLoopAgent({
  id: "assistant",
  model: openai("gpt-4o-mini"),
  tools: { weather: weatherTool("C") },
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
