// Explicit transfers between custom agents: the triage agent runs, then control passes to a specialist
// (`handoff from triage to billing` just before the specialist's invoke_agent span); and an agent class that
// runs another agent from its own run method hands off to it.
import * as Sentry from "@sentry/node";

class SpecialistAgent {
  constructor(readonly options: { name: string }) {}

  async run(question: string): Promise<string> {
    return `${this.options.name} answers ${question}`;
  }
}

class EscalationAgent {
  private readonly manager = new SpecialistAgent({ name: "manager" });

  async run(question: string): Promise<string> {
    Sentry.startSpan(
      {
        op: "gen_ai.handoff",
        name: "handoff from EscalationAgent to manager",
        attributes: {
          "gen_ai.operation.name": "handoff",
        },
      },
      () => {},
    );
    const answer = await Sentry.startSpan(
      {
        op: "gen_ai.invoke_agent",
        name: "invoke_agent manager",
        attributes: {
          "gen_ai.operation.name": "invoke_agent",
          "gen_ai.agent.name": "manager",
        },
      },
      async (span) => {
        const response = await this.manager.run(sentryRecordInput(span, "gen_ai.request.messages", question));
        span.setAttributes({
          "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response]) : undefined,
        });
        return response;
      },
    );
    return `escalated: ${answer}`;
  }
}

const triage = new SpecialistAgent({ name: "triage" });
const billing = new SpecialistAgent({ name: "billing" });

export async function support(question: string) {
  const route = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent triage",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "triage",
      },
    },
    async (span) => {
      const response = await triage.run(sentryRecordInput(span, "gen_ai.request.messages", question));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response]) : undefined,
      });
      return response;
    },
  );
  if (route.includes("invoice")) {
    Sentry.startSpan(
      {
        op: "gen_ai.handoff",
        name: "handoff from triage to billing",
        attributes: {
          "gen_ai.operation.name": "handoff",
        },
      },
      () => {},
    );
    const answer = await Sentry.startSpan(
      {
        op: "gen_ai.invoke_agent",
        name: "invoke_agent billing",
        attributes: {
          "gen_ai.operation.name": "invoke_agent",
          "gen_ai.agent.name": "billing",
        },
      },
      async (span) => {
        const response = await billing.run(sentryRecordInput(span, "gen_ai.request.messages", question));
        span.setAttributes({
          "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response]) : undefined,
        });
        return response;
      },
    );
    return answer;
  }
  Sentry.startSpan(
    {
      op: "gen_ai.handoff",
      name: "handoff from triage to EscalationAgent",
      attributes: {
        "gen_ai.operation.name": "handoff",
      },
    },
    () => {},
  );
  return Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent EscalationAgent",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "EscalationAgent",
      },
    },
    async (span) => {
      const response = await new EscalationAgent().run(sentryRecordInput(span, "gen_ai.request.messages", question));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response]) : undefined,
      });
      return response;
    },
  );
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
