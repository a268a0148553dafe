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
      },
    },
    async (span) => {
      const response = await new SupportBot({ name: "support", model: "gpt-4o-mini" }).run(sentryRecordInput(span, "gen_ai.request.messages", question));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response]) : undefined,
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
      },
    },
    async (span) => {
      const response = await triage.run(sentryRecordInput(span, "gen_ai.request.messages", ticket));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response]) : undefined,
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
      },
    },
    (span) => {
      const response = triage.draft(sentryRecordInput(span, "gen_ai.request.messages", ticket));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response]) : undefined,
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
        },
      },
      async (span) => {
        const response = await this.bot.run(sentryRecordInput(span, "gen_ai.request.messages", ticket));
        span.setAttributes({
          "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response]) : undefined,
        });
        return response;
      },
    );
  }
}

/** Whether Sentry may record AI prompts (inputs) or responses (outputs), as its own AI integrations decide. */
function sentryRecordsAiContent(kind: "inputs" | "outputs"): boolean {
  // SDK 11 has dataCollection and no sendDefaultPii; older SDKs may have no dataCollection.
  const options: { sendDefaultPii?: boolean; dataCollection?: { genAI?: { inputs?: boolean; outputs?: boolean } } } | undefined =
    Sentry.getClient()?.getOptions();
  if (!options) return false;
  if (options.dataCollection) return options.dataCollection.genAI?.[kind] ?? true;
  return Number(Sentry.SDK_VERSION.split(".")[0]) >= 11 || options.sendDefaultPii === true;
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

/** Records an AI request's input on its span and returns it unchanged; never throws into the app. */
function sentryRecordInput<T>(span: Sentry.Span, key: string, value: T): T {
  try {
    if (sentryRecordsAiContent("inputs")) {
      const recorded =
        typeof value === "string" && key !== "gen_ai.request.messages"
          ? value
          : toSpanJson(typeof value === "string" ? [{ role: "user", content: value }] : value);
      if (recorded !== undefined) span.setAttribute(key, recorded);
    }
  } catch {
    // Recording must not change what the app sends.
  }
  return value;
}
