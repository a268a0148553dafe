// LangChain: a model bound to tools. bindTools() returns a Runnable, which has no `model` field: the model
// comes from the constructor's literal, or else from the response.
import { ChatOpenAI } from "@langchain/openai";
import * as Sentry from "@sentry/node";

const weatherTool = {
  type: "function" as const,
  function: { name: "get_weather", description: "Weather in a city", parameters: { type: "object", properties: {} } },
};

const fixed = new ChatOpenAI({ model: "gpt-4o-mini" }).bindTools([weatherTool]);
const configured = new ChatOpenAI({ model: process.env.CHAT_MODEL ?? "gpt-4o-mini" });
const configuredWithTools = configured.bindTools([weatherTool]);

export async function forecast(city: string) {
  return Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat gpt-4o-mini",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "gpt-4o-mini",
      },
    },
    async (span) => {
      const response = await fixed.invoke(sentryRecordInput(span, "gen_ai.request.messages", `What is the weather in ${city}?`));
      span.setAttributes({
        "gen_ai.response.model": response?.response_metadata?.model_name,
        "gen_ai.response.id": response?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.content]) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(response?.tool_calls) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson([response?.response_metadata?.finish_reason]),
        "gen_ai.usage.input_tokens": response?.usage_metadata?.input_tokens,
        "gen_ai.usage.output_tokens": response?.usage_metadata?.output_tokens,
        "gen_ai.usage.total_tokens": response?.usage_metadata?.total_tokens,
      });
      return response;
    },
  );
}

export async function chat(question: string) {
  return Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: `chat ${configured.model}`,
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "openai",
        "gen_ai.request.model": configured.model,
      },
    },
    async (span) => {
      const response = await configured.invoke(sentryRecordInput(span, "gen_ai.request.messages", question));
      span.setAttributes({
        "gen_ai.response.model": response?.response_metadata?.model_name,
        "gen_ai.response.id": response?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.content]) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(response?.tool_calls) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson([response?.response_metadata?.finish_reason]),
        "gen_ai.usage.input_tokens": response?.usage_metadata?.input_tokens,
        "gen_ai.usage.output_tokens": response?.usage_metadata?.output_tokens,
        "gen_ai.usage.total_tokens": response?.usage_metadata?.total_tokens,
      });
      return response;
    },
  );
}

export async function forecastWith(city: string) {
  return Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "openai",
      },
    },
    async (span) => {
      const response = await configuredWithTools.invoke(sentryRecordInput(span, "gen_ai.request.messages", `What is the weather in ${city}?`));
      span.setAttributes({
        "gen_ai.request.model": response?.response_metadata?.model_name,
        "gen_ai.response.model": response?.response_metadata?.model_name,
        "gen_ai.response.id": response?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.content]) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(response?.tool_calls) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson([response?.response_metadata?.finish_reason]),
        "gen_ai.usage.input_tokens": response?.usage_metadata?.input_tokens,
        "gen_ai.usage.output_tokens": response?.usage_metadata?.output_tokens,
        "gen_ai.usage.total_tokens": response?.usage_metadata?.total_tokens,
      });
      if (response?.response_metadata?.model_name) span.updateName(`chat ${response?.response_metadata?.model_name}`);
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
