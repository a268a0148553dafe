import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import type { Ticket } from "./tickets";

const TRIAGE_INSTRUCTIONS = `You triage customer support tickets for Acme Cloud.
Reply with a JSON object: {"category": one of "billing" | "bug" | "account" | "feature_request" | "other",
"priority": one of "low" | "normal" | "high" | "urgent"}.
Outages and data loss are always "urgent".`;

export function buildTriageMessages(ticket: Ticket): ChatCompletionMessageParam[] {
  return [
    { role: "system", content: TRIAGE_INSTRUCTIONS },
    { role: "user", content: `Subject: ${ticket.subject}\n\n${ticket.body}` },
  ];
}

export function buildSuggestionMessages(ticket: Ticket, agentNotes: string): ChatCompletionMessageParam[] {
  return [
    {
      role: "system",
      content: "You help support agents write replies. Suggest a short, concrete next message to the customer.",
    },
    { role: "user", content: `Ticket: ${ticket.subject}\n${ticket.body}\n\nAgent notes so far:\n${agentNotes}` },
  ];
}
