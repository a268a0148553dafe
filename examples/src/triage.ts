import { openai } from "./lib/clients";
import { buildTriageMessages } from "./lib/prompts";
import type { Ticket, TicketCategory, TicketPriority } from "./lib/tickets";

export interface Triage {
  category: TicketCategory;
  priority: TicketPriority;
  embedding: number[];
}

const CATEGORIES: readonly TicketCategory[] = ["billing", "bug", "account", "feature_request", "other"];
const PRIORITIES: readonly TicketPriority[] = ["low", "normal", "high", "urgent"];

/** Classifies a new ticket and computes its embedding for duplicate search, in parallel. */
export async function triageTicket(ticket: Ticket): Promise<Triage> {
  const [completion, embeddingResponse] = await Promise.all([
    openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: buildTriageMessages(ticket),
      response_format: { type: "json_object" },
      temperature: 0,
    }),
    openai.embeddings.create({
      model: "text-embedding-3-small",
      input: `${ticket.subject}\n\n${ticket.body}`,
    }),
  ]);

  const parsed = parseTriage(completion.choices[0]?.message.content ?? "{}");
  return { ...parsed, embedding: embeddingResponse.data[0].embedding };
}

function parseTriage(raw: string): Omit<Triage, "embedding"> {
  let data: { category?: string; priority?: string } = {};
  try {
    data = JSON.parse(raw);
  } catch {
    // The model ignored the JSON instruction; fall back to defaults below.
  }
  const category = CATEGORIES.find((c) => c === data.category) ?? "other";
  const priority = PRIORITIES.find((p) => p === data.priority) ?? "normal";
  return { category, priority };
}
