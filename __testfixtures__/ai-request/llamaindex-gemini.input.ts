// LlamaIndex TS with @llamaindex/google: Gemini chat and complete, GoogleStudio chat, and GeminiEmbedding.
import { GEMINI_EMBEDDING_MODEL, GEMINI_MODEL, Gemini, GeminiEmbedding, GoogleStudio, gemini } from "@llamaindex/google";

const llm = new Gemini({ model: GEMINI_MODEL.GEMINI_2_0_FLASH });
const studio = new GoogleStudio({ model: GEMINI_MODEL.GEMINI_2_5_FLASH_LATEST, apiKey: "key" });
const embedModel = new GeminiEmbedding({ model: "text-embedding-004" as GEMINI_EMBEDDING_MODEL });

export async function ask(question: string) {
  const response = await llm.chat({ messages: [{ role: "user", content: question }] });
  return response.message.content;
}

export async function finish(prompt: string) {
  const completion = await gemini({ model: "gemini-2.5-flash" as GEMINI_MODEL }).complete({ prompt });
  return completion.text;
}

export async function askStudio(question: string) {
  const response = await studio.chat({ messages: [{ role: "user", content: question }] });
  return response.message.content;
}

export async function embed(text: string) {
  return embedModel.getTextEmbedding(text);
}
