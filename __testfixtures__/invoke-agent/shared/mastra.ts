// The app's Mastra instance: agents registered by key.
import { Mastra } from "@mastra/core";
import { plannerAgent, weatherAgent } from "./mastra-agents";

export const mastra = new Mastra({ agents: { weatherAgent, trips: plannerAgent } });
