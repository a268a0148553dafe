// LlamaIndex TS: an agent workflow (`agent({ name, llm, tools })`) run once, and a streamed run left for manual work.
import { openai } from "@llamaindex/openai";
import { agent } from "@llamaindex/workflow";
import { tool } from "llamaindex";
import { z } from "zod";

const getWeather = tool({
  name: "get_weather",
  description: "Get the weather for a city",
  parameters: z.object({ city: z.string() }),
  execute: ({ city }) => `sunny in ${city}`,
});

const weatherAgent = agent({ name: "weather", llm: openai({ model: "gpt-4o-mini" }), tools: [getWeather] });

export async function ask(question: string) {
  const result = await weatherAgent.run(question);
  return result.data.result;
}

export async function askStreaming(question: string) {
  const events = weatherAgent.runStream(question);
  for await (const event of events) console.log(event);
}
