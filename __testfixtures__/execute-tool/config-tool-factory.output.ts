// Tool factories named in the config (`toolFactories`), imported from a package: the function under
// `executeOption` runs in an execute_tool span named by `nameOption` and described by `descriptionOption`.
import { defineTool, makeAction } from "@acme/agents";
import * as Sentry from "@sentry/node";

export const lookupOrder = defineTool({
  name: "lookup_order",
  description: "Look up an order by id",
  execute: async ({ orderId }: { orderId: string }) =>
    Sentry.startSpan(
      {
        op: "gen_ai.execute_tool",
        name: "execute_tool lookup_order",
        attributes: {
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": "lookup_order",
          "gen_ai.tool.description": "Look up an order by id",
          "gen_ai.tool.input": toSpanJson({ orderId }),
        },
      },
      async (span) => {
        return recordToolOutput(span, await (async () => {
          const response = await fetch(`https://orders.example/${orderId}`);
          return (await response.json()) as { status: string };
        })());
      },
    ),
});

export const refund = makeAction({
  title: "refund_order",
  summary: "Refund an order",
  handler({ orderId }: { orderId: string }) {
    return Sentry.startSpan(
      {
        op: "gen_ai.execute_tool",
        name: "execute_tool refund_order",
        attributes: {
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": "refund_order",
          "gen_ai.tool.description": "Refund an order",
          "gen_ai.tool.input": toSpanJson({ orderId }),
        },
      },
      (span) => {
        return recordToolOutput(span, (() => {
          return `refunded ${orderId}`;
        })());
      },
    );
  },
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
