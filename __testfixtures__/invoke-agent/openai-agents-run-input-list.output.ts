// @openai/agents: run(agent, [...messages]) with `role` literals the SDK's input type needs; the list stays in the
// call (a copy in a const would widen `role: "user"` to string), and is recorded where it is.
import { Agent, run } from "@openai/agents";
import * as Sentry from "@sentry/node";

const weatherAgent = new Agent({
  name: "Weather Agent",
  instructions: "You answer questions about the weather.",
  model: "gpt-4.1-mini",
});

export async function askWeather(question: string, history: string): Promise<string | undefined> {
  const result = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent Weather Agent",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "Weather Agent",
        "gen_ai.request.model": "gpt-4.1-mini",
      },
    },
    async (span) => {
      const response = await run(weatherAgent, sentryRecordInput(span, "gen_ai.request.messages", [
        { role: "user", content: history },
        { role: "user", content: question.trim() },
      ]));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.finalOutput]) : undefined,
        "gen_ai.usage.input_tokens": response?.state?.usage?.inputTokens,
        "gen_ai.usage.output_tokens": response?.state?.usage?.outputTokens,
        "gen_ai.usage.total_tokens": response?.state?.usage?.totalTokens,
      });
      return response;
    },
  );
  return result.finalOutput;
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
