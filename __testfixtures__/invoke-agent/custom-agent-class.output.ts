// A project's own agent class (name ends in `Agent`): `.run()` -> invoke_agent, named by its `name` option
// or, without one, by the class name. The second agent runs on the first one's result: a handoff marker
// (`handoff from researcher to ResearchAgent`) goes just before it.
import * as Sentry from "@sentry/node";

interface AgentOptions {
  name?: string;
  model?: string;
}

class ResearchAgent {
  constructor(private readonly options: AgentOptions) {}

  async run(task: string): Promise<string> {
    return `${this.options.name ?? "research"}: ${task}`;
  }
}

const researcher = new ResearchAgent({ name: "researcher", model: "gpt-4o-mini" });
const fallback = new ResearchAgent({});

export async function research(topic: string) {
  const summary = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent researcher",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "researcher",
        "gen_ai.request.model": "gpt-4o-mini",
      },
    },
    async (span) => {
      const response = await researcher.run(sentryRecordInput(span, "gen_ai.request.messages", `Summarise ${topic}`));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response]) : undefined,
      });
      return response;
    },
  );
  Sentry.startSpan(
    {
      op: "gen_ai.handoff",
      name: "handoff from researcher to ResearchAgent",
      attributes: {
        "gen_ai.operation.name": "handoff",
      },
    },
    () => {},
  );
  const second = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent ResearchAgent",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "ResearchAgent",
      },
    },
    async (span) => {
      const response = await fallback.run(sentryRecordInput(span, "gen_ai.request.messages", summary));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response]) : undefined,
      });
      return response;
    },
  );
  return second;
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
