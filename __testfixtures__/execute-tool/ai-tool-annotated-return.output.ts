// Vercel AI SDK: an execute with an explicit return type made of literal types; the wrapped body keeps it.
import { tool } from "ai";
import { z } from "zod";
import * as Sentry from "@sentry/node";

type Lookup = { status: "found" | "missing"; sku: string };

export const inventory = {
  check_stock: tool({
    description: "Check whether a SKU is in stock",
    inputSchema: z.object({ sku: z.string() }),
    execute: async ({ sku }): Promise<Lookup> =>
      Sentry.startSpan(
        {
          op: "gen_ai.execute_tool",
          name: "execute_tool check_stock",
          attributes: {
            "gen_ai.operation.name": "execute_tool",
            "gen_ai.tool.name": "check_stock",
            "gen_ai.tool.description": "Check whether a SKU is in stock",
            "gen_ai.tool.input": toSpanJson({ sku }),
          },
        },
        async (span) => {
          return recordToolOutput(span, await (async () => {
            if (sku.startsWith("X")) {
              return { status: "missing", sku };
            }
            return { status: "found", sku };
          })());
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
