// Vercel AI SDK: a tool held in a variable and put in `tools: { convert: celsiusTool }` (named by the key); its
// execute is synchronous, so the span callback stays synchronous. A method-shorthand execute keeps `arguments`.
import { openai } from "@ai-sdk/openai";
import { ToolLoopAgent, tool } from "ai";
import { z } from "zod";
import * as Sentry from "@sentry/node";

const celsiusTool = tool({
  description: "Convert Fahrenheit to Celsius",
  inputSchema: z.object({ fahrenheit: z.number() }),
  execute: ({ fahrenheit }) =>
    Sentry.startSpan(
      {
        op: "gen_ai.execute_tool",
        name: "execute_tool convert",
        attributes: {
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": "convert",
          "gen_ai.tool.description": "Convert Fahrenheit to Celsius",
          "gen_ai.tool.input": toSpanJson({ fahrenheit }),
        },
      },
      (span) => {
        return recordToolOutput(span, Math.round(((fahrenheit - 32) * 5) / 9));
      },
    ),
});

const toolkit = {
  clock: tool({
    description: "The current time",
    inputSchema: z.object({ timeZone: z.string() }),
    async execute(input) {
      return Sentry.startSpan(
        {
          op: "gen_ai.execute_tool",
          name: "execute_tool time",
          attributes: {
            "gen_ai.operation.name": "execute_tool",
            "gen_ai.tool.name": "time",
            "gen_ai.tool.description": "The current time",
            "gen_ai.tool.input": toSpanJson(input),
          },
        },
        async (span) => {
          return recordToolOutput(span, await (async () => {
            const formatted = new Date().toLocaleString("en-US", { timeZone: input.timeZone });
            return `${formatted} (${arguments.length} arguments)`;
          })());
        },
      );
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
    execute: ({ url }) =>
      Sentry.startSpan(
        {
          op: "gen_ai.execute_tool",
          name: "execute_tool fetch_page",
          attributes: {
            "gen_ai.operation.name": "execute_tool",
            "gen_ai.tool.name": "fetch_page",
            "gen_ai.tool.description": "Fetch a page",
            "gen_ai.tool.input": toSpanJson({ url }),
          },
        },
        (span) => {
          return recordToolOutput(span, fetch(url).then((response) => response.status));
        },
      ),
  }),
};

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
