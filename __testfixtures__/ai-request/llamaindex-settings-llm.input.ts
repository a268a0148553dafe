// LlamaIndex TS: the LLM and the embedding model set once in `Settings` and called through it. The provider and
// the model are the ones assigned to `Settings.llm` / `Settings.embedModel` in the file.
import { Anthropic } from "@llamaindex/anthropic";
import { OpenAIEmbedding } from "@llamaindex/openai";
import { Settings } from "llamaindex";

Settings.llm = new Anthropic({ model: "claude-sonnet-4-5" });
Settings.embedModel = new OpenAIEmbedding({ model: "text-embedding-3-small" });

export async function ask(question: string) {
  const response = await Settings.llm.chat({ messages: [{ role: "user", content: question }] });
  return response.message.content;
}

export async function finish(prompt: string) {
  const completion = await Settings.llm.complete({ prompt });
  return completion.text;
}

export async function embed(text: string) {
  return Settings.embedModel.getTextEmbedding(text);
}
