// Runtime program (uninstrumented): AI SDK generateText with one tool over two steps.
import { createOpenAI } from "@ai-sdk/openai";
import { generateText, stepCountIs, tool } from "ai";
import { z } from "zod";

const openai = createOpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1` });

export async function main(_baseUrl: string) {
  const result = await generateText({
    model: openai.chat("gpt-4o-mini-tool"),
    tools: {
      get_weather: tool({
        description: "Get the weather for a city",
        inputSchema: z.object({ city: z.string() }),
        execute: async ({ city }) => {
          return { city, forecast: "sunny" };
        },
      }),
    },
    stopWhen: stepCountIs(2),
    prompt: "Weather in Paris?",
    maxRetries: 0,
  });
  return { steps: result.steps.length, toolResults: result.steps.flatMap((step) => step.toolResults.map((item) => item.output)) };
}
