// LlamaIndex TS: `Settings.llm` built with a model from the environment. `Settings.llm` is typed as the base
// `LLM`, which has no `model` field, so the span is named from the response's model instead.
import { OpenAI } from "@llamaindex/openai";
import { Settings } from "@llamaindex/core/global";

Settings.llm = new OpenAI({ model: process.env.LLM_MODEL });

export async function ask(question: string) {
  const response = await Settings.llm.chat({ messages: [{ role: "user", content: question }] });
  return response.message.content;
}
