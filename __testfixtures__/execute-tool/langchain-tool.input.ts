// LangChain: tool(fn, { name, description, schema }) -> the function runs in an execute_tool span.
import { tool } from "@langchain/core/tools";
import { z } from "zod";

export const multiply = tool(
  async ({ a, b }) => {
    return a * b;
  },
  {
    name: "multiply",
    description: "Multiply two numbers",
    schema: z.object({ a: z.number(), b: z.number() }),
  },
);
