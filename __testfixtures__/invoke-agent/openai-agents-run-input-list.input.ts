// @openai/agents: run(agent, [...messages]) with `role` literals the SDK's input type needs; the list stays in the
// call (a copy in a const would widen `role: "user"` to string), and is recorded where it is.
import { Agent, run } from "@openai/agents";

const weatherAgent = new Agent({
  name: "Weather Agent",
  instructions: "You answer questions about the weather.",
  model: "gpt-4.1-mini",
});

export async function askWeather(question: string, history: string): Promise<string | undefined> {
  const result = await run(weatherAgent, [
    { role: "user", content: history },
    { role: "user", content: question.trim() },
  ]);
  return result.finalOutput;
}
