// Runtime program (uninstrumented): @openai/agents/realtime agents without a live connection. The program
// does what a RealtimeSession does when the model calls a tool and then asks for a handoff: it invokes the
// function tool, and emits `agent_handoff` on the agent it hands off from.
import { RunContext } from "@openai/agents";
import { RealtimeAgent, tool } from "@openai/agents/realtime";
import { z } from "zod";

const getWeather = tool({
  name: "get_weather",
  description: "Get the weather for a city",
  parameters: z.object({ city: z.string() }),
  execute: async ({ city }) => `sunny in ${city}`,
});

const weatherAgent = new RealtimeAgent({ name: "Weather Agent", instructions: "Talk about the weather.", tools: [getWeather] });

const frontDesk = new RealtimeAgent({ name: "Front Desk", instructions: "Pass the caller on.", handoffs: [weatherAgent] });

export async function main() {
  const context = new RunContext({ history: [] });
  const forecast = await getWeather.invoke(context, JSON.stringify({ city: "Paris" }));
  frontDesk.emit("agent_handoff", context, weatherAgent);
  return { forecast };
}
