// LlamaIndex TS tools: `tool({ ..., execute })` and `tool(fn, { name, ... })`.
import { tool } from "llamaindex";
import { z } from "zod";

export const getWeather = tool({
  name: "get_weather",
  description: "Get the weather for a city",
  parameters: z.object({ city: z.string() }),
  execute: async ({ city }) => `sunny in ${city}`,
});

export const add = tool(({ a, b }: { a: number; b: number }) => a + b, {
  name: "add",
  description: "Add two numbers",
  parameters: z.object({ a: z.number(), b: z.number() }),
});
