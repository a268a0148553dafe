// Runtime program (uninstrumented): the app leaves AI SDK ToolLoopAgent.stream() runs early. The first run's
// textStream is left with `break` at its first text (after the tool step); the second run is left the same way
// but through its `abortSignal`, which the app aborts before it breaks.
import { createOpenAI } from "@ai-sdk/openai";
import { ToolLoopAgent, stepCountIs, tool } from "ai";
import { z } from "zod";

const openai = createOpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1` });

const weatherAgent = new ToolLoopAgent({
  id: "weather-agent",
  model: openai.chat("gpt-4o-mini-agent"),
  stopWhen: stepCountIs(3),
  maxRetries: 0,
  tools: {
    get_weather: tool({
      description: "Get the weather for a city",
      inputSchema: z.object({ city: z.string() }),
      execute: async ({ city }) => ({ city, forecast: "sunny" }),
    }),
  },
});

export async function main(_baseUrl: string) {
  const left = await weatherAgent.stream({ prompt: "Weather in Paris?" });
  let leftText = "";
  for await (const delta of left.textStream) {
    leftText += delta;
    break;
  }

  const controller = new AbortController();
  const aborted = await weatherAgent.stream({ prompt: "Weather in Oslo?", abortSignal: controller.signal });
  let abortedText = "";
  for await (const delta of aborted.textStream) {
    abortedText += delta;
    controller.abort();
    break;
  }
  // Give the SDK's own bookkeeping (and any callback) a moment after the app left.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { leftText, abortedText };
}
