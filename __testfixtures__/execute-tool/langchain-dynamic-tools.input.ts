// LangChain: new DynamicStructuredTool({ name, description, schema, func }) and new DynamicTool({ name, func }).
import { DynamicStructuredTool, DynamicTool } from "@langchain/core/tools";
import { z } from "zod";

export const lookupOrder = new DynamicStructuredTool({
  name: "lookup_order",
  description: "Look an order up by id",
  schema: z.object({ orderId: z.string() }),
  func: async ({ orderId }) => JSON.stringify({ orderId, status: "shipped" }),
});

export const currentTime = new DynamicTool({
  name: "current_time",
  description: "The current time as an ISO string",
  func: async () => new Date().toISOString(),
});
