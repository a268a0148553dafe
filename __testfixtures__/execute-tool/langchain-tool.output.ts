// LangChain: tool(fn, { name, description, schema }) -> the function runs in an execute_tool span.
import { tool } from "@langchain/core/tools";
import { z } from "zod";
import * as Sentry from "@sentry/node";

export const multiply = tool(
  async ({ a, b }) =>
    Sentry.startSpan(
      {
        op: "gen_ai.execute_tool",
        name: "execute_tool multiply",
        attributes: {
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": "multiply",
          "gen_ai.tool.description": "Multiply two numbers",
          "gen_ai.tool.input": toSpanJson({ a, b }),
        },
      },
      async (span) => {
        return recordToolOutput(span, await (async () => {
          return a * b;
        })());
      },
    ),
  {
    name: "multiply",
    description: "Multiply two numbers",
    schema: z.object({ a: z.number(), b: z.number() }),
  },
);

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
