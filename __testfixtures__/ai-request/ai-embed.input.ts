// Vercel AI SDK: embed with openai.embedding(...) (operation "embeddings").
import { openai } from "@ai-sdk/openai";
import { embed } from "ai";

export async function embedSearchQuery(query: string): Promise<number[]> {
  const { embedding } = await embed({
    model: openai.embedding("text-embedding-3-small"),
    value: query,
  });
  return embedding;
}
