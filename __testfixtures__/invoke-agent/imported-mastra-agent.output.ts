// Mastra agents created in another module: imported directly, or fetched from the app's Mastra instance by key
// (getAgent) or by id (getAgentById) -> invoke_agent, named by the registered agent.
import { mastra } from "./shared/mastra";
import { weatherAgent } from "./shared/mastra-agents";
import * as Sentry from "@sentry/node";

export async function forecast(city: string) {
  const result = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent Weather Agent",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "Weather Agent",
        "gen_ai.request.model": "openai/gpt-4o-mini",
      },
    },
    async (span) => {
      const response = await weatherAgent.generate(sentryRecordInput(span, "gen_ai.request.messages", `Weather in ${city}?`));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.text]) : undefined,
        "gen_ai.usage.input_tokens": response?.usage?.inputTokens,
        "gen_ai.usage.output_tokens": response?.usage?.outputTokens,
        "gen_ai.usage.total_tokens": response?.usage?.totalTokens,
      });
      return response;
    },
  );
  return result.text;
}

export async function plan(city: string) {
  const planner = mastra.getAgent("trips");
  const result = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent Trip Planner",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "Trip Planner",
        "gen_ai.request.model": "openai/gpt-4o",
      },
    },
    async (span) => {
      const response = await planner.generate(sentryRecordInput(span, "gen_ai.request.messages", `Plan a day in ${city}`));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.text]) : undefined,
        "gen_ai.usage.input_tokens": response?.usage?.inputTokens,
        "gen_ai.usage.output_tokens": response?.usage?.outputTokens,
        "gen_ai.usage.total_tokens": response?.usage?.totalTokens,
      });
      return response;
    },
  );
  return result.text;
}

export async function forecastById(city: string) {
  const result = await Sentry.startSpan(
    {
      op: "gen_ai.invoke_agent",
      name: "invoke_agent Weather Agent",
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": "Weather Agent",
        "gen_ai.request.model": "openai/gpt-4o-mini",
      },
    },
    async (span) => {
      const response = await mastra.getAgentById("weather-agent").generate(sentryRecordInput(span, "gen_ai.request.messages", `Weather in ${city}?`));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.text]) : undefined,
        "gen_ai.usage.input_tokens": response?.usage?.inputTokens,
        "gen_ai.usage.output_tokens": response?.usage?.outputTokens,
        "gen_ai.usage.total_tokens": response?.usage?.totalTokens,
      });
      return response;
    },
  );
  return result.text;
}

export async function streamForecast(city: string) {
  return mastra.getAgent("weatherAgent").stream(`Weather in ${city}?`);
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
