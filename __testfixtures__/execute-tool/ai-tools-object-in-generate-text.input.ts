// Vercel AI SDK: tool({ description, inputSchema, execute }) written inside `tools: { key: ... }` of a
// generateText call: the tool is named by its key, and its span nests inside the chat span at run time.
import { openai } from "@ai-sdk/openai";
import { generateText, stepCountIs, tool } from "ai";
import { z } from "zod";

export async function weatherReport(city: string) {
  const { text } = await generateText({
    model: openai("gpt-4o"),
    tools: {
      get_weather: tool({
        description: "Get the weather in a location",
        inputSchema: z.object({ location: z.string() }),
        execute: async ({ location }) => ({
          location,
          temperature: 72 + Math.floor(Math.random() * 21) - 10,
        }),
      }),
    },
    stopWhen: stepCountIs(3),
    prompt: `What is the weather in ${city}?`,
  });
  return text;
}
