import Anthropic from "@anthropic-ai/sdk";
import type { Ticket } from "./lib/tickets";
import type { Triage } from "./triage";

const SYSTEM_PROMPT = `You are a support agent at Acme Cloud. Write a reply to the customer:
- be warm and brief (under 150 words),
- never promise refunds or dates,
- end with one clear next step.`;

export class ReplyDrafter {
  private readonly client: Anthropic;

  constructor(apiKey = process.env.ANTHROPIC_API_KEY) {
    this.client = new Anthropic({ apiKey });
  }

  async draft(ticket: Ticket, triage: Omit<Triage, "embedding">): Promise<string> {
    const message = await this.client.messages.create({
      model: "claude-sonnet-4-5",
      max_tokens: 1024,
      system: SYSTEM_PROMPT,
      messages: [
        {
          role: "user",
          content: `Category: ${triage.category} (priority ${triage.priority})\nSubject: ${ticket.subject}\n\n${ticket.body}`,
        },
      ],
    });

    return message.content
      .filter((block): block is Anthropic.TextBlock => block.type === "text")
      .map((block) => block.text)
      .join("\n");
  }
}
