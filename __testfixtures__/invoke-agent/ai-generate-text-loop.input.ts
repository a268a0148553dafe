// Vercel AI SDK v5+ with `aiSdkLoopsAsAgents` (see the .config.json): generateText given tools and a step limit
// runs a tool loop, so it is an agent run, named by its telemetry functionId, else by the function around it.
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
        execute: async ({ location }) => ({ location, temperature: 72 }),
      }),
    },
    stopWhen: stepCountIs(5),
    prompt: `What is the weather in ${city}?`,
  });
  return text;
}

export const planTrip = async (destination: string) => {
  const result = await generateText({
    model: openai("gpt-4o-mini"),
    experimental_telemetry: { isEnabled: true, functionId: "trip-planner" },
    tools: {
      find_sights: tool({
        description: "List the sights of a city",
        inputSchema: z.object({ city: z.string() }),
        execute: async ({ city }) => [`${city} cathedral`, `${city} old town`],
      }),
    },
    stopWhen: stepCountIs(3),
    messages: [{ role: "user", content: `Plan a day in ${destination}.` }],
  });
  return result.text;
};
