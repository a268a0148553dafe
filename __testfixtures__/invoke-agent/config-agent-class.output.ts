// An agent class named in the config (`agentClasses`), imported from a package: its runs get invoke_agent spans,
// named from the `name` option. `draft` is synchronous, so its span callback stays synchronous. A namespace import
// and a class field holding the agent are traced too.
import * as acme from "@acme/agents";
import { SupportBot } from "@acme/agents";
import * as Sentry from "@sentry/node";

export async function answer(question: string): Promise<string> {
  return Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent support",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "support",
        "gen_ai.request.model": "gpt-4o-mini",
        "gen_ai.request.messages": toSpanJson([{ role: "user", content: question }]),
      },
    },
    async (span) => {
      const response = await new SupportBot({ name: "support", model: "gpt-4o-mini" }).run(question);
      span.setAttributes({
        "gen_ai.response.text": toSpanJson([response]),
      });
      return response;
    },
  );
}

const triage = new SupportBot({ name: "triage" });

export async function classify(ticket: string) {
  const label = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent triage",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "triage",
        "gen_ai.request.messages": toSpanJson([{ role: "user", content: ticket }]),
      },
    },
    async (span) => {
      const response = await triage.run(ticket);
      span.setAttributes({
        "gen_ai.response.text": toSpanJson([response]),
      });
      return response;
    },
  );
  return label.trim();
}

export function preview(ticket: string): string {
  const reply = Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent triage",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "triage",
        "gen_ai.request.messages": toSpanJson([{ role: "user", content: ticket }]),
      },
    },
    (span) => {
      const response = triage.draft(ticket);
      span.setAttributes({
        "gen_ai.response.text": toSpanJson([response]),
      });
      return response;
    },
  );
  return reply.toUpperCase();
}

export class Helpdesk {
  private readonly bot = new acme.SupportBot({ name: "helpdesk", model: "gpt-4o" });

  async reply(ticket: string) {
    return Sentry.startSpan(
      {
        op: "gen_ai.invoke_agent",
        name: "invoke_agent helpdesk",
        attributes: {
          "gen_ai.operation.name": "invoke_agent",
          "gen_ai.agent.name": "helpdesk",
          "gen_ai.request.model": "gpt-4o",
          "gen_ai.request.messages": toSpanJson([{ role: "user", content: ticket }]),
        },
      },
      async (span) => {
        const response = await this.bot.run(ticket);
        span.setAttributes({
          "gen_ai.response.text": toSpanJson([response]),
        });
        return response;
      },
    );
  }
}

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value: unknown): string | undefined {
  try {
    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
