// Tools built by a factory function: each is named by the `name` the framework sees when it is a literal, else by
// the tools key it is put under (AI SDK), else by the factory's const.
import { tool as agentTool } from "@openai/agents";
import { openai } from "@ai-sdk/openai";
import { ToolLoopAgent, tool } from "ai";
import { z } from "zod";

interface SearchOptions {
  index: string;
}

/** @openai/agents, expression body: the literal `name` wins. */
export const searchTool = (opts: SearchOptions) =>
  agentTool({
    name: "search_docs",
    description: "Search the docs",
    parameters: z.object({ query: z.string() }),
    execute: async ({ query }) => `${opts.index}: ${query}`,
  });

/** @openai/agents, block body and no literal name: the const's name. */
export const lookupTool = (opts: SearchOptions, name: string) => {
  return agentTool({
    name,
    description: "Look a term up",
    parameters: z.object({ term: z.string() }),
    execute: async ({ term }) => `${opts.index}/${term}`,
  });
};

/** AI SDK: put under `tools: { weather: weatherTool(...) }`, so the model calls it `weather`. */
export const weatherTool = (unit: "C" | "F") =>
  tool({
    description: "Get the weather",
    inputSchema: z.object({ city: z.string() }),
    execute: async ({ city }) => `${city}: 21${unit}`,
  });

/** AI SDK, never put in a tools object here: the const's name. */
export function clockTool() {
  return tool({
    description: "The current time",
    inputSchema: z.object({}),
    execute: async () => new Date().toISOString(),
  });
}

export const assistant = new ToolLoopAgent({
  id: "assistant",
  model: openai("gpt-4o-mini"),
  tools: { weather: weatherTool("C") },
});
