// Mastra agents created in another module: imported directly, or fetched from the app's Mastra instance by key
// (getAgent) or by id (getAgentById) -> invoke_agent, named by the registered agent.
import { mastra } from "./shared/mastra";
import { weatherAgent } from "./shared/mastra-agents";

export async function forecast(city: string) {
  const result = await weatherAgent.generate(`Weather in ${city}?`);
  return result.text;
}

export async function plan(city: string) {
  const planner = mastra.getAgent("trips");
  const result = await planner.generate(`Plan a day in ${city}`);
  return result.text;
}

export async function forecastById(city: string) {
  const result = await mastra.getAgentById("weather-agent").generate(`Weather in ${city}?`);
  return result.text;
}

export async function streamForecast(city: string) {
  return mastra.getAgent("weatherAgent").stream(`Weather in ${city}?`);
}
