// The SDK types a tool's parameter from its schema (a generic of `tool(...)`): the function stays where it is, its
// parameter list and lines as written, and its body runs in the span from inside, so `input` keeps its type.
import { tool as agentsTool } from "@openai/agents";
import { tool } from "ai";
import { z } from "zod";

export const cityLength = agentsTool({
  name: "city_length",
  description: "The length of a city's name",
  parameters: z.object({ city: z.string() }),
  execute: async (input) => input.city.length,
});

export const shout = tool({
  description: "Shout a city's name",
  inputSchema: z.object({ city: z.string(), times: z.number() }),
  execute: async ({ city, times }) => city.toUpperCase().repeat(times),
});

export const greet = tool({
  description: "Greet a city",
  inputSchema: z.object({ city: z.string() }),
  execute: ({ city: name }) => {
    if (!name) throw new Error("no city");
    return `hello ${name.trim()}`;
  },
});

// A method has its own `arguments`: a destructured input is recorded whole as `arguments[0]`.
export const forecast = agentsTool({
  name: "forecast",
  description: "The forecast for a city",
  parameters: z.object({ city: z.string(), days: z.number() }),
  async execute({ city, days }) {
    return `${days} sunny days in ${city}`;
  },
});

// An arrow function has none: the names it binds are put back in the same shape, a rest element included.
export const route = tool({
  description: "A route between two cities",
  inputSchema: z.object({ from: z.string(), to: z.string(), via: z.array(z.string()) }),
  execute: async ({ from, via: [first], ...others }) => `${from} -> ${first} -> ${others.to}`,
});
