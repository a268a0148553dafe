// OpenAI: embeddings.create with an array input (operation "embeddings", not "chat").
import OpenAI from "openai";

const openai = new OpenAI();

export async function embedDocuments(chunks: string[]): Promise<number[][]> {
  const response = await openai.embeddings.create({
    model: "text-embedding-3-small",
    input: chunks,
    dimensions: 512,
  });
  return response.data.map((item) => item.embedding);
}
