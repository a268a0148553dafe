// Runtime program (uninstrumented): the @openai/agents triage flow of openai-agents-handoff-tool, with the
// handoff pushed onto the triage agent after both agents exist.
import { Agent, OpenAIProvider, run, setDefaultModelProvider, setTracingDisabled, tool } from "@openai/agents";
import { z } from "zod";

const getWeather = tool({
  name: "get_weather",
  description: "Get the weather for a city",
  parameters: z.object({ city: z.string() }),
  execute: async ({ city }) => `sunny in ${city}`,
});

const triageAgent = new Agent({
  name: "Triage Agent",
  instructions: "Hand the customer to the right specialist.",
  model: "gpt-4o-agent",
});

const weatherAgent = new Agent({
  name: "Weather Agent",
  instructions: "Answer questions about the weather with the get_weather tool.",
  handoffDescription: "Questions about the weather",
  model: "gpt-4o-agent",
  tools: [getWeather],
});

triageAgent.handoffs.push(weatherAgent);

export async function main(baseUrl: string) {
  setTracingDisabled(true);
  setDefaultModelProvider(new OpenAIProvider({ apiKey: "sk-mock", baseURL: `${baseUrl}/v1` }));
  const result = await run(triageAgent, "What is the weather in Paris?");
  return { output: result.finalOutput, lastAgent: result.lastAgent?.name };
}
