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
    execute: async ({ query }) =>
      Sentry.startSpan(
        {
          op: "gen_ai.execute_tool",
          name: "execute_tool search_docs",
          attributes: {
            "gen_ai.operation.name": "execute_tool",
            "gen_ai.tool.name": "search_docs",
            "gen_ai.tool.description": "Search the docs",
            "gen_ai.tool.input": toSpanJson({ query }),
          },
        },
        (span) => {
          return recordToolOutput(span, `${opts.index}: ${query}`);
        },
      ),
  });

/** @openai/agents, block body and no literal name: the const's name. */
export const lookupTool = (opts: SearchOptions, name: string) => {
  return agentTool({
    name,
    description: "Look a term up",
    parameters: z.object({ term: z.string() }),
    execute: async ({ term }) =>
      Sentry.startSpan(
        {
          op: "gen_ai.execute_tool",
          name: "execute_tool lookupTool",
          attributes: {
            "gen_ai.operation.name": "execute_tool",
            "gen_ai.tool.name": "lookupTool",
            "gen_ai.tool.description": "Look a term up",
            "gen_ai.tool.input": toSpanJson({ term }),
          },
        },
        (span) => {
          return recordToolOutput(span, `${opts.index}/${term}`);
        },
      ),
  });
};

/** AI SDK: put under `tools: { weather: weatherTool(...) }`, so the model calls it `weather`. */
export const weatherTool = (unit: "C" | "F") =>
  tool({
    description: "Get the weather",
    inputSchema: z.object({ city: z.string() }),
    execute: async ({ city }) =>
      Sentry.startSpan(
        {
          op: "gen_ai.execute_tool",
          name: "execute_tool weather",
          attributes: {
            "gen_ai.operation.name": "execute_tool",
            "gen_ai.tool.name": "weather",
            "gen_ai.tool.description": "Get the weather",
            "gen_ai.tool.input": toSpanJson({ city }),
          },
        },
        (span) => {
          return recordToolOutput(span, `${city}: 21${unit}`);
        },
      ),
  });

/** AI SDK, never put in a tools object here: the const's name. */
export function clockTool() {
  return tool({
    description: "The current time",
    inputSchema: z.object({}),
    execute: async () =>
      Sentry.startSpan(
        {
          op: "gen_ai.execute_tool",
          name: "execute_tool clockTool",
          attributes: {
            "gen_ai.operation.name": "execute_tool",
            "gen_ai.tool.name": "clockTool",
            "gen_ai.tool.description": "The current time",
          },
        },
        async (span) => {
          return recordToolOutput(span, await new Date().toISOString());
        },
      ),
  });
}

export const assistant = new ToolLoopAgent({
  id: "assistant",
  model: openai("gpt-4o-mini"),
  tools: { weather: weatherTool("C") },
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
