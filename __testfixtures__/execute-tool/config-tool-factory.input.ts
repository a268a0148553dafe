// Tool factories named in the config (`toolFactories`), imported from a package: the function under
// `executeOption` runs in an execute_tool span named by `nameOption` and described by `descriptionOption`.
import { defineTool, makeAction } from "@acme/agents";

export const lookupOrder = defineTool({
  name: "lookup_order",
  description: "Look up an order by id",
  execute: async ({ orderId }: { orderId: string }) => {
    const response = await fetch(`https://orders.example/${orderId}`);
    return (await response.json()) as { status: string };
  },
});

export const refund = makeAction({
  title: "refund_order",
  summary: "Refund an order",
  handler({ orderId }: { orderId: string }) {
    return `refunded ${orderId}`;
  },
});
