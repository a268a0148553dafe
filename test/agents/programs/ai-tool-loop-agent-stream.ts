// Runtime program (uninstrumented): AI SDK ToolLoopAgent.stream() over the mock's agent model: a tool step, then
// the answer, read from textStream. A second agent streams from the mock's failing model.
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

const failingAgent = new ToolLoopAgent({ id: "failing-agent", model: openai.chat("error-model"), maxRetries: 0 });

export async function main(_baseUrl: string) {
  const steps: string[] = [];
  const result = await weatherAgent.stream({
    prompt: "Weather in Paris?",
    onStepFinish: (step) => {
      steps.push(step.finishReason);
    },
  });
  let text = "";
  for await (const delta of result.textStream) text += delta;

  const failed = await failingAgent.stream({ prompt: "Weather in Oslo?" });
  const parts: string[] = [];
  for await (const part of failed.fullStream) parts.push(part.type);
  return { text, steps, failedParts: parts.filter((type) => type === "error").length };
}
