// Vercel AI SDK: the model held in a const, a parameter, a request field or a provider call with a dynamic id.
// The span records the model id (a LanguageModel object's `modelId`), never the object itself.
import { openai } from "@ai-sdk/openai";
import { generateText, type LanguageModel } from "ai";
import * as Sentry from "@sentry/node";

const tagline = openai("gpt-4o");

export async function writeTagline(product: string) {
  const { text } = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat gpt-4o",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "gpt-4o",
      },
    },
    async (span) => {
      const response = await generateText({ model: tagline, prompt: sentryRecordInput(span, "gen_ai.request.messages", `Write a tagline for ${product}.`) });
      span.setAttributes({
        "gen_ai.response.model": response?.response?.modelId,
        "gen_ai.response.id": response?.response?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.text]) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(response?.toolCalls) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson([response?.finishReason]),
        "gen_ai.usage.input_tokens": response?.totalUsage?.inputTokens,
        "gen_ai.usage.output_tokens": response?.totalUsage?.outputTokens,
        "gen_ai.usage.total_tokens": response?.totalUsage?.totalTokens,
      });
      return response;
    },
  );
  return text;
}

export async function summarize(model: LanguageModel, article: string) {
  const { text } = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: `chat ${typeof model === "string" ? model : model?.modelId}`,
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "vercel.ai",
        "gen_ai.request.model": typeof model === "string" ? model : model?.modelId,
      },
    },
    async (span) => {
      const response = await generateText({ model, prompt: sentryRecordInput(span, "gen_ai.request.messages", article) });
      span.setAttributes({
        "gen_ai.response.model": response?.response?.modelId,
        "gen_ai.response.id": response?.response?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.text]) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(response?.toolCalls) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson([response?.finishReason]),
        "gen_ai.usage.input_tokens": response?.totalUsage?.inputTokens,
        "gen_ai.usage.output_tokens": response?.totalUsage?.outputTokens,
        "gen_ai.usage.total_tokens": response?.totalUsage?.totalTokens,
      });
      return response;
    },
  );
  return text;
}

export async function answer(request: { model: LanguageModel; question: string }) {
  return Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: `chat ${typeof request.model === "string" ? request.model : request.model?.modelId}`,
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "vercel.ai",
        "gen_ai.request.model": typeof request.model === "string" ? request.model : request.model?.modelId,
      },
    },
    async (span) => {
      const response = await generateText({ model: request.model, prompt: sentryRecordInput(span, "gen_ai.request.messages", request.question) });
      span.setAttributes({
        "gen_ai.response.model": response?.response?.modelId,
        "gen_ai.response.id": response?.response?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.text]) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(response?.toolCalls) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson([response?.finishReason]),
        "gen_ai.usage.input_tokens": response?.totalUsage?.inputTokens,
        "gen_ai.usage.output_tokens": response?.totalUsage?.outputTokens,
        "gen_ai.usage.total_tokens": response?.totalUsage?.totalTokens,
      });
      return response;
    },
  );
}

export async function viaGateway(modelId: string, question: string) {
  return Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: `chat ${modelId}`,
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "vercel.ai",
        "gen_ai.request.model": modelId,
      },
    },
    async (span) => {
      const response = await generateText({ model: modelId, prompt: sentryRecordInput(span, "gen_ai.request.messages", question) });
      span.setAttributes({
        "gen_ai.response.model": response?.response?.modelId,
        "gen_ai.response.id": response?.response?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.text]) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(response?.toolCalls) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson([response?.finishReason]),
        "gen_ai.usage.input_tokens": response?.totalUsage?.inputTokens,
        "gen_ai.usage.output_tokens": response?.totalUsage?.outputTokens,
        "gen_ai.usage.total_tokens": response?.totalUsage?.totalTokens,
      });
      return response;
    },
  );
}

export async function withModelId(modelId: string, question: string) {
  return Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: `chat ${modelId}`,
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "openai",
        "gen_ai.request.model": modelId,
      },
    },
    async (span) => {
      const response = await generateText({ model: openai(modelId), prompt: sentryRecordInput(span, "gen_ai.request.messages", question) });
      span.setAttributes({
        "gen_ai.response.model": response?.response?.modelId,
        "gen_ai.response.id": response?.response?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.text]) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(response?.toolCalls) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson([response?.finishReason]),
        "gen_ai.usage.input_tokens": response?.totalUsage?.inputTokens,
        "gen_ai.usage.output_tokens": response?.totalUsage?.outputTokens,
        "gen_ai.usage.total_tokens": response?.totalUsage?.totalTokens,
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
