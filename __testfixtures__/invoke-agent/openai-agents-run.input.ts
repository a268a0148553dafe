// @openai/agents: run(agent, input) with the agent's name and model traced to `new Agent({ name, model })`.
import { Agent, run } from "@openai/agents";

const weatherAgent = new Agent({
  name: "Weather Agent",
  instructions: "You answer questions about the weather.",
  model: "gpt-4.1-mini",
});

export async function askWeather(question: string): Promise<string | undefined> {
  const result = await run(weatherAgent, question);
  return result.finalOutput;
}
