// Runtime program (uninstrumented): LlamaIndex TS against the mock's OpenAI routes: a chat, a completion,
// embeddings, and an agent workflow that calls its tool once and then answers. `tool` comes from
// `@llamaindex/core/tools`, which `llamaindex` re-exports: the full package types an ambient `web-tree-sitter`
// module that clashes with the engine's own in the project type-check.
import { OpenAI, OpenAIEmbedding } from "@llamaindex/openai";
import { agent } from "@llamaindex/workflow";
import { tool } from "@llamaindex/core/tools";
import { z } from "zod";

const connection = { apiKey: "sk-mock", maxRetries: 0, baseURL: `${process.env.MOCK_LLM_URL}/v1` };
const llm = new OpenAI({ ...connection, model: "gpt-4o-mini" });
const embedModel = new OpenAIEmbedding({ ...connection, model: "text-embedding-3-small" });

const getWeather = tool({
  name: "get_weather",
  description: "Get the weather for a city",
  parameters: z.object({ city: z.string() }),
  execute: ({ city }) => `sunny in ${city}`,
});

const weatherAgent = agent({ name: "weather", llm: new OpenAI({ ...connection, model: "gpt-4o-agent" }), tools: [getWeather] });

export async function main(_baseUrl: string) {
  const chat = await llm.chat({
    messages: [
      { role: "system", content: "You are terse." },
      { role: "user", content: "What is LlamaIndex?" },
    ],
  });
  const completion = await llm.complete({ prompt: "Complete this" });
  const vector = await embedModel.getTextEmbedding("embed me");
  const run = await weatherAgent.run("Weather in Paris?");
  return { chat: chat.message.content, completion: completion.text, dimensions: vector.length, answer: run.data.result };
}
