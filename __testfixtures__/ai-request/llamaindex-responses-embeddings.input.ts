// LlamaIndex TS: the Responses API LLM, and embeddings of one text and of a batch.
import { OpenAIEmbedding, OpenAIResponses } from "@llamaindex/openai";

const llm = new OpenAIResponses({ model: "gpt-4.1-mini" });
const embedModel = new OpenAIEmbedding({ model: "text-embedding-3-small" });

export async function ask(question: string) {
  const response = await llm.chat({ messages: [{ role: "user", content: question }] });
  return response.message.content;
}

export async function embed(text: string, texts: string[]) {
  const one = await embedModel.getTextEmbedding(text);
  const many = await embedModel.getTextEmbeddings(texts);
  return { one, many };
}
