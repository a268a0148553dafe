// @google/genai: models.embedContent (operation "embeddings").
import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

export async function embedFaq(entries: string[]) {
  const response = await ai.models.embedContent({
    model: "gemini-embedding-001",
    contents: entries,
    config: { taskType: "RETRIEVAL_DOCUMENT" },
  });
  return response.embeddings?.map((e) => e.values ?? []) ?? [];
}
