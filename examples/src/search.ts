import { openai } from "./lib/clients";
import { tickets, type Ticket } from "./lib/tickets";

export function embedQuery(query: string): Promise<number[]> {
  return openai.embeddings
    .create({ model: "text-embedding-3-small", input: query })
    .then((response) => response.data[0].embedding);
}

/** Finds earlier tickets that look like the same problem, for the "possible duplicates" panel. */
export async function findSimilarTickets(query: string, limit = 5): Promise<Ticket[]> {
  const queryVector = await embedQuery(query);
  const candidates = await tickets.listWithEmbeddings();
  return candidates
    .map((ticket) => ({ ticket, score: cosine(queryVector, ticket.embedding ?? []) }))
    .filter(({ score }) => score > 0.8)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ ticket }) => ticket);
}

function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    dot += a[i] * b[i];
    normA += a[i] * a[i];
    normB += b[i] * b[i];
  }
  return normA && normB ? dot / Math.sqrt(normA * normB) : 0;
}
