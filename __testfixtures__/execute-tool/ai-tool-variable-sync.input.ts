// Vercel AI SDK: a tool held in a variable and put in `tools: { convert: celsiusTool }` (named by the key); its
// execute is synchronous, so the span callback stays synchronous. A method-shorthand execute keeps `arguments`.
import { openai } from "@ai-sdk/openai";
import { ToolLoopAgent, tool } from "ai";
import { z } from "zod";

const celsiusTool = tool({
  description: "Convert Fahrenheit to Celsius",
  inputSchema: z.object({ fahrenheit: z.number() }),
  execute: ({ fahrenheit }) => Math.round(((fahrenheit - 32) * 5) / 9),
});

const toolkit = {
  clock: tool({
    description: "The current time",
    inputSchema: z.object({ timeZone: z.string() }),
    async execute(input) {
      const formatted = new Date().toLocaleString("en-US", { timeZone: input.timeZone });
      return `${formatted} (${arguments.length} arguments)`;
    },
  }),
};

export const assistant = new ToolLoopAgent({
  id: "assistant",
  model: openai("gpt-4o-mini"),
  tools: { convert: celsiusTool, time: toolkit.clock },
});

/** A synchronous execute that returns a promise: its output is recorded when the promise resolves. */
export const lazyTools = {
  fetch_page: tool({
    description: "Fetch a page",
    inputSchema: z.object({ url: z.string() }),
    execute: ({ url }) => fetch(url).then((response) => response.status),
  }),
};
