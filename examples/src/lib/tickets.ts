import { randomUUID } from "node:crypto";

export type TicketCategory = "billing" | "bug" | "account" | "feature_request" | "other";
export type TicketPriority = "low" | "normal" | "high" | "urgent";

export interface Ticket {
  id: string;
  customerEmail: string;
  subject: string;
  body: string;
  createdAt: Date;
  category?: TicketCategory;
  priority?: TicketPriority;
  embedding?: number[];
  draftReply?: string;
}

export type NewTicket = Pick<Ticket, "customerEmail" | "subject" | "body">;

/**
 * In-memory stand-in for the tickets table. `create` here is a plain database
 * insert, nothing to do with any LLM SDK.
 */
export class TicketRepository {
  private readonly rows = new Map<string, Ticket>();

  async create(input: NewTicket): Promise<Ticket> {
    const ticket: Ticket = { ...input, id: randomUUID(), createdAt: new Date() };
    this.rows.set(ticket.id, ticket);
    return ticket;
  }

  async findById(id: string): Promise<Ticket | undefined> {
    return this.rows.get(id);
  }

  async update(id: string, patch: Partial<Omit<Ticket, "id">>): Promise<Ticket> {
    const current = this.rows.get(id);
    if (!current) throw new Error(`ticket ${id} not found`);
    const updated = { ...current, ...patch };
    this.rows.set(id, updated);
    return updated;
  }

  async listWithEmbeddings(): Promise<Ticket[]> {
    return [...this.rows.values()].filter((t) => t.embedding !== undefined);
  }
}

export const tickets = new TicketRepository();
