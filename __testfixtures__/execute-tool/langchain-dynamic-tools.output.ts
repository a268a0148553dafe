// LangChain: new DynamicStructuredTool({ name, description, schema, func }) and new DynamicTool({ name, func }).
import { DynamicStructuredTool, DynamicTool } from "@langchain/core/tools";
import { z } from "zod";
import * as Sentry from "@sentry/node";

export const lookupOrder = new DynamicStructuredTool({
  name: "lookup_order",
  description: "Look an order up by id",
  schema: z.object({ orderId: z.string() }),
  func: async ({ orderId }) =>
    Sentry.startSpan(
      {
        op: "gen_ai.execute_tool",
        name: "execute_tool lookup_order",
        attributes: {
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": "lookup_order",
          "gen_ai.tool.description": "Look an order up by id",
          "gen_ai.tool.input": toSpanJson({ orderId }),
        },
      },
      async (span) => {
        return recordToolOutput(span, await JSON.stringify({ orderId, status: "shipped" }));
      },
    ),
});

export const currentTime = new DynamicTool({
  name: "current_time",
  description: "The current time as an ISO string",
  func: async () =>
    Sentry.startSpan(
      {
        op: "gen_ai.execute_tool",
        name: "execute_tool current_time",
        attributes: {
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": "current_time",
          "gen_ai.tool.description": "The current time as an ISO string",
        },
      },
      async (span) => {
        return recordToolOutput(span, await new Date().toISOString());
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
