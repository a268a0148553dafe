// Vercel AI SDK: an execute with an explicit return type made of literal types; the wrapped body keeps it.
import { tool } from "ai";
import { z } from "zod";

type Lookup = { status: "found" | "missing"; sku: string };

export const inventory = {
  check_stock: tool({
    description: "Check whether a SKU is in stock",
    inputSchema: z.object({ sku: z.string() }),
    execute: async ({ sku }): Promise<Lookup> => {
      if (sku.startsWith("X")) {
        return { status: "missing", sku };
      }
      return { status: "found", sku };
    },
  }),
};
