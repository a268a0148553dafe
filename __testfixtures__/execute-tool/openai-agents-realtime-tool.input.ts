// @openai/agents/realtime: a voice agent's tool({ name, description, parameters, execute }) runs in an
// execute_tool span when the RealtimeSession calls it.
import { RealtimeAgent, tool } from "@openai/agents/realtime";
import { z } from "zod";

const getWeather = tool({
  name: "get_weather",
  description: "Get the weather for a city",
  parameters: z.object({ city: z.string() }),
  execute: async ({ city }) => `sunny in ${city}`,
});

export const voiceAgent = new RealtimeAgent({
  name: "Voice Agent",
  instructions: "Answer weather questions out loud.",
  tools: [getWeather],
});
