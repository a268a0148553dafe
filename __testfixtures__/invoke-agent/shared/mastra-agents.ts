// Mastra agents in their own module, registered in ./mastra.
import { Agent } from "@mastra/core/agent";

export const weatherAgent = new Agent({
  id: "weather-agent",
  name: "Weather Agent",
  instructions: "You are a helpful weather assistant.",
  model: "openai/gpt-4o-mini",
});

export const plannerAgent = new Agent({
  id: "planner",
  name: "Trip Planner",
  instructions: "You plan trips.",
  model: "openai/gpt-4o",
});
