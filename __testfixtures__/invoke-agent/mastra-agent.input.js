// Mastra: new Agent({ id, name, model }).generate(prompt) -> invoke_agent; agent.stream() is reported only.
import { Agent } from "@mastra/core/agent";

export const weatherAgent = new Agent({
  id: "weather-agent",
  name: "Weather Agent",
  instructions: "You are a helpful weather assistant.",
  model: "openai/gpt-4o-mini",
});

export async function forecast(city) {
  const result = await weatherAgent.generate(`What's the weather in ${city}?`);
  const stream = await weatherAgent.stream("And tomorrow?");
  return [result.text, stream];
}
