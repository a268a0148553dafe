// Runtime program (uninstrumented): an @openai/agents triage agent hands off to a weather agent, which
// calls a function tool and then answers. The SDK speaks the OpenAI Responses API to the mock; the mock's
// `agent` models call each offered tool once (the handoff is offered as the tool `transfer_to_<agent>`).
import { Agent, OpenAIProvider, run, setDefaultModelProvider, setTracingDisabled, tool } from "@openai/agents";
import { z } from "zod";

const getWeather = tool({
  name: "get_weather",
  description: "Get the weather for a city",
  parameters: z.object({ city: z.string() }),
  execute: async ({ city }) => `sunny in ${city}`,
});

const weatherAgent = new Agent({
  name: "Weather Agent",
  instructions: "Answer questions about the weather with the get_weather tool.",
  handoffDescription: "Questions about the weather",
  model: "gpt-4o-agent",
  tools: [getWeather],
});

const triageAgent = new Agent({
  name: "Triage Agent",
  instructions: "Hand the customer to the right specialist.",
  model: "gpt-4o-agent",
  handoffs: [weatherAgent],
});

export async function main(baseUrl: string) {
  setTracingDisabled(true);
  setDefaultModelProvider(new OpenAIProvider({ apiKey: "sk-mock", baseURL: `${baseUrl}/v1` }));
  const result = await run(triageAgent, "What is the weather in Paris?");
  return { output: result.finalOutput, lastAgent: result.lastAgent?.name, requests: result.state.usage.requests };
}
