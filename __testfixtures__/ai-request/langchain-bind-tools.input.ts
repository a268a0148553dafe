// LangChain: a model bound to tools. bindTools() returns a Runnable, which has no `model` field: the model
// comes from the constructor's literal, or else from the response.
import { ChatOpenAI } from "@langchain/openai";

const weatherTool = {
  type: "function" as const,
  function: { name: "get_weather", description: "Weather in a city", parameters: { type: "object", properties: {} } },
};

const fixed = new ChatOpenAI({ model: "gpt-4o-mini" }).bindTools([weatherTool]);
const configured = new ChatOpenAI({ model: process.env.CHAT_MODEL ?? "gpt-4o-mini" });
const configuredWithTools = configured.bindTools([weatherTool]);

export async function forecast(city: string) {
  return fixed.invoke(`What is the weather in ${city}?`);
}

export async function chat(question: string) {
  return configured.invoke(question);
}

export async function forecastWith(city: string) {
  return configuredWithTools.invoke(`What is the weather in ${city}?`);
}
