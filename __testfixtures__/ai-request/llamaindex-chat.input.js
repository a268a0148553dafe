// LlamaIndex in plain JavaScript: the provider's `raw` fields are read as they are.
import { OpenAI } from "@llamaindex/openai";

const llm = new OpenAI({ model: "gpt-4o-mini" });

export async function ask(question) {
  const response = await llm.chat({ messages: [{ role: "user", content: question }] });
  return response.message.content;
}
