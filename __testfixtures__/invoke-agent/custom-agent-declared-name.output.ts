// Project agent classes that name themselves: a `name` field, or a constructor default. The run is named by
// that value when the construction leaves it to the class, and by the class name when nothing names it.
import * as Sentry from "@sentry/node";

class RouterAgent {
  readonly name = "Router Agent";

  async run(task: string): Promise<string> {
    return `${this.name}: ${task}`;
  }
}

class SupportAgent {
  constructor(readonly llm: (input: string) => string, readonly name = "Support Desk") {}

  async run(question: string): Promise<string> {
    return this.llm(question);
  }
}

class BillingAgent {
  readonly name: string;
  constructor({ name = "Billing Desk" }: { name?: string } = {}) {
    this.name = name;
  }

  async run(question: string): Promise<string> {
    return `${this.name}: ${question}`;
  }
}

// Look-alikes: a field that is not the name, and a router whose options name it at run time: class names.
class LabelledAgent {
  readonly label = "Not the name";

  async run(task: string): Promise<string> {
    return `${this.label}: ${task}`;
  }
}

class NamedRouterAgent {
  name = "Default Router";
  constructor(options: { name?: string } = {}) {
    if (options.name) this.name = options.name;
  }

  async run(task: string): Promise<string> {
    return `${this.name}: ${task}`;
  }
}

const router = new RouterAgent();
const support = new SupportAgent((input) => input.toUpperCase());
const renamedSupport = new SupportAgent((input) => input, "Escalations");
const billing = new BillingAgent();
const labelled = new LabelledAgent();
const namedRouter = new NamedRouterAgent({ name: process.env.ROUTER_NAME });

export async function lookAlikes(task: string) {
  const first = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent LabelledAgent",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "LabelledAgent",
      },
    },
    async (span) => {
      const response = await labelled.run(sentryRecordInput(span, "gen_ai.request.messages", task));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response]) : undefined,
      });
      return response;
    },
  );
  Sentry.startSpan(
    {
      op: "gen_ai.handoff",
      name: "handoff from LabelledAgent to NamedRouterAgent",
      attributes: {
        "gen_ai.operation.name": "handoff",
      },
    },
    () => {},
  );
  return Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent NamedRouterAgent",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "NamedRouterAgent",
      },
    },
    async (span) => {
      const response = await namedRouter.run(sentryRecordInput(span, "gen_ai.request.messages", first));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response]) : undefined,
      });
      return response;
    },
  );
}

export async function route(task: string) {
  const routed = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent Router Agent",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "Router Agent",
      },
    },
    async (span) => {
      const response = await router.run(sentryRecordInput(span, "gen_ai.request.messages", task));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response]) : undefined,
      });
      return response;
    },
  );
  Sentry.startSpan(
    {
      op: "gen_ai.handoff",
      name: "handoff from Router Agent to Support Desk",
      attributes: {
        "gen_ai.operation.name": "handoff",
      },
    },
    () => {},
  );
  const answered = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent Support Desk",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "Support Desk",
      },
    },
    async (span) => {
      const response = await support.run(sentryRecordInput(span, "gen_ai.request.messages", routed));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response]) : undefined,
      });
      return response;
    },
  );
  Sentry.startSpan(
    {
      op: "gen_ai.handoff",
      name: "handoff from Support Desk to Escalations",
      attributes: {
        "gen_ai.operation.name": "handoff",
      },
    },
    () => {},
  );
  const escalated = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent Escalations",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "Escalations",
      },
    },
    async (span) => {
      const response = await renamedSupport.run(sentryRecordInput(span, "gen_ai.request.messages", answered));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response]) : undefined,
      });
      return response;
    },
  );
  Sentry.startSpan(
    {
      op: "gen_ai.handoff",
      name: "handoff from Escalations to Billing Desk",
      attributes: {
        "gen_ai.operation.name": "handoff",
      },
    },
    () => {},
  );
  return Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent Billing Desk",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "Billing Desk",
      },
    },
    async (span) => {
      const response = await billing.run(sentryRecordInput(span, "gen_ai.request.messages", escalated));
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
