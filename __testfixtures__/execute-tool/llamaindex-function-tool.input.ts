// LlamaIndex TS tools made with `FunctionTool.from` (what `tool` aliases), in both of its forms.
import { FunctionTool } from "llamaindex";
import { z } from "zod";

export const lookUpOrder = FunctionTool.from(
  async ({ orderId }: { orderId: string }) => ({ orderId, status: "shipped" }),
  {
    name: "look_up_order",
    description: "Look up an order by its id",
    parameters: z.object({ orderId: z.string() }),
  },
);

export const cancelOrder = FunctionTool.from({
  name: "cancel_order",
  description: "Cancel an order",
  parameters: z.object({ orderId: z.string() }),
  execute: ({ orderId }) => `cancelled ${orderId}`,
});

export const sumTool = FunctionTool.from(({ a, b }: { a: number; b: number }) => a + b, {
  name: "sum",
  description: "Add two numbers",
  parameters: {
    type: "object",
    properties: { a: { type: "number" }, b: { type: "number" } },
    required: ["a", "b"],
  },
});
