// Vercel AI SDK: a tool held in a variable and put in `tools: { convert: celsiusTool }` (named by the key); its
// execute is synchronous, so the span callback stays synchronous. A method-shorthand execute keeps `arguments`.
import { openai } from "@ai-sdk/openai";
import { ToolLoopAgent, tool } from "ai";
import { z } from "zod";
import * as Sentry from "@sentry/node";

const celsiusTool = tool({
  description: "Convert Fahrenheit to Celsius",
  inputSchema: z.object({ fahrenheit: z.number() }),
  execute: ({ fahrenheit }) => runInToolSpan("convert", "Convert Fahrenheit to Celsius", { fahrenheit }, () => Math.round(((fahrenheit - 32) * 5) / 9)),
});

const toolkit = {
  clock: tool({
    description: "The current time",
    inputSchema: z.object({ timeZone: z.string() }),
    async execute(input) { return runInToolSpan("time", "The current time", input, async () => {
      const formatted = new Date().toLocaleString("en-US", { timeZone: input.timeZone });
      return `${formatted} (${arguments.length} arguments)`;
    }); },
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
    execute: ({ url }) => runInToolSpan("fetch_page", "Fetch a page", { url }, () => fetch(url).then((response) => response.status)),
  }),
};

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
