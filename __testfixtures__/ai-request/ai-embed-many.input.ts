// Vercel AI SDK: embedMany over a list of values.
import { openai } from "@ai-sdk/openai";
import { embedMany } from "ai";

export async function indexParagraphs(paragraphs: string[]) {
  const { embeddings, usage } = await embedMany({
    model: openai.embedding("text-embedding-3-large"),
    values: paragraphs,
  });
  console.log(`embedded ${paragraphs.length} paragraphs (${usage.tokens} tokens)`);
  return embeddings;
}
