// A Mastra agent registered in the app's Mastra instance; ../mastra-get-agent.ts fetches it by key.
import { createOpenAI } from "@ai-sdk/openai";
import { Mastra } from "@mastra/core";
import { Agent } from "@mastra/core/agent";

const openai = createOpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1` });

const weatherAgent = new Agent({ id: "weather-agent", name: "Weather Agent", instructions: "Answer briefly.", model: openai.chat("gpt-4o-mini") });

export const mastra = new Mastra({ agents: { weather: weatherAgent } });
