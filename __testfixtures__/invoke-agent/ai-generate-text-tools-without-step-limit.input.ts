// `aiSdkLoopsAsAgents`: tools without a step limit make one model call (the tools run once at most), so the call
// stays an LLM call with a chat span.
import { openai } from "@ai-sdk/openai";
import { generateText, tool } from "ai";
import { z } from "zod";

export async function pickTool(question: string) {
  const result = await generateText({
    model: openai("gpt-4o"),
    tools: {
      get_time: tool({
        description: "The time in a time zone",
        inputSchema: z.object({ zone: z.string() }),
        execute: async ({ zone }) => `noon in ${zone}`,
      }),
    },
    prompt: question,
  });
  return result.toolResults;
}
