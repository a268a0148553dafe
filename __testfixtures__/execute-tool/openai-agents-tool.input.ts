// @openai/agents: tool({ name, description, parameters, execute }) -> the body runs in an execute_tool span.
import { Agent, tool } from "@openai/agents";
import { z } from "zod";

async function lookupForecast(city: string): Promise<string> {
  return city.length > 5 ? "sunny" : "rainy";
}

export const getWeather = tool({
  name: "get_weather",
  description: "Get the weather for a city",
  parameters: z.object({ city: z.string() }),
  execute: async ({ city }) => {
    const forecast = await lookupForecast(city);
    if (!forecast) {
      throw new Error(`no forecast for ${city}`);
    }
    return `The weather in ${city} is ${forecast}.`;
  },
});

export const weatherAgent = new Agent({
  name: "Weather Agent",
  instructions: "Use the tool.",
  tools: [getWeather],
});
