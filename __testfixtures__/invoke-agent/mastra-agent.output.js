// Mastra: new Agent({ id, name, model }).generate(prompt) -> invoke_agent; agent.stream() is reported only.
import { Agent } from "@mastra/core/agent";
import * as Sentry from "@sentry/node";

export const weatherAgent = new Agent({
  id: "weather-agent",
  name: "Weather Agent",
  instructions: "You are a helpful weather assistant.",
  model: "openai/gpt-4o-mini",
});

export async function forecast(city) {
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
      const response = await weatherAgent.generate(sentryRecordInput(span, "gen_ai.request.messages", `What's the weather in ${city}?`));
      span.setAttributes({
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.text]) : undefined,
        "gen_ai.usage.input_tokens": response?.usage?.inputTokens,
        "gen_ai.usage.output_tokens": response?.usage?.outputTokens,
        "gen_ai.usage.total_tokens": response?.usage?.totalTokens,
      });
      return response;
    },
  );
  const stream = await weatherAgent.stream("And tomorrow?");
  return [result.text, stream];
}

/** Whether Sentry may record AI prompts (inputs) or responses (outputs), as its own AI integrations decide. */
function sentryRecordsAiContent(kind) {
  const options = Sentry.getClient()?.getOptions();
  if (!options) return false;
  if (options.dataCollection) return options.dataCollection.genAI?.[kind] ?? true;
  return Number(Sentry.SDK_VERSION.split(".")[0]) >= 11 || options.sendDefaultPii === true;
}

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value) {
  try {
    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** Records an AI request's input on its span and returns it unchanged; never throws into the app. */
function sentryRecordInput(span, key, value) {
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
