// An agent class named in the config (`agentClasses`), imported from a package: its runs get invoke_agent spans,
// named from the `name` option. `draft` is synchronous, so its span callback stays synchronous. A namespace import
// and a class field holding the agent are traced too.
import * as acme from "@acme/agents";
import { SupportBot } from "@acme/agents";

export async function answer(question: string): Promise<string> {
  return new SupportBot({ name: "support", model: "gpt-4o-mini" }).run(question);
}

const triage = new SupportBot({ name: "triage" });

export async function classify(ticket: string) {
  const label = await triage.run(ticket);
  return label.trim();
}

export function preview(ticket: string): string {
  const reply = triage.draft(ticket);
  return reply.toUpperCase();
}

export class Helpdesk {
  private readonly bot = new acme.SupportBot({ name: "helpdesk", model: "gpt-4o" });

  async reply(ticket: string) {
    return this.bot.run(ticket);
  }
}
