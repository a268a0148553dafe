import { openai } from "./lib/clients";
import { buildSuggestionMessages } from "./lib/prompts";
import type { Ticket } from "./lib/tickets";

/** Streams a suggested next message into the agent's editor while they type. */
export async function streamSuggestion(
  ticket: Ticket,
  agentNotes: string,
  onToken: (token: string) => void,
): Promise<string> {
  const stream = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: buildSuggestionMessages(ticket, agentNotes),
    stream: true,
    stream_options: { include_usage: true },
  });

  let suggestion = "";
  for await (const chunk of stream) {
    const token = chunk.choices[0]?.delta?.content ?? "";
    suggestion += token;
    onToken(token);
  }
  return suggestion;
}
