// LlamaIndex TS: an agent without its own `llm` runs on `Settings.llm`, whose model names the run.
import { OpenAI } from "@llamaindex/openai";
import { agent } from "@llamaindex/workflow";
import { Settings, tool } from "llamaindex";
import { z } from "zod";

Settings.llm = new OpenAI({ model: "gpt-4.1-mini" });

const getWeather = tool({
  name: "get_weather",
  description: "Get the weather for a city",
  parameters: z.object({ city: z.string() }),
  execute: ({ city }) => `sunny in ${city}`,
});

const weatherAgent = agent({ name: "weather", tools: [getWeather] });

export async function forecast(question: string) {
  const result = await weatherAgent.run(question);
  return result.data.result;
}
