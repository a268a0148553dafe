// `aiSdkLoopsAsAgents`: a tool loop with no telemetry functionId, in a function without a name: the agent is
// named after the SDK function. A list of stop conditions is a step limit too.
import { openai } from "@ai-sdk/openai";
import { generateText, hasToolCall, stepCountIs, tool } from "ai";
import { z } from "zod";

export default async function (question: string) {
  const result = await generateText({
    model: openai("gpt-4o"),
    tools: {
      lookup_order: tool({
        description: "Look up an order by id",
        inputSchema: z.object({ orderId: z.string() }),
        execute: async ({ orderId }) => ({ orderId, status: "shipped" }),
      }),
    },
    stopWhen: [stepCountIs(4), hasToolCall("lookup_order")],
    prompt: question,
  });
  return result.text;
}
