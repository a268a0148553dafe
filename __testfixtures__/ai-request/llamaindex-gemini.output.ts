// LlamaIndex TS with @llamaindex/google: Gemini chat and complete, GoogleStudio chat, and GeminiEmbedding.
import { GEMINI_EMBEDDING_MODEL, GEMINI_MODEL, Gemini, GeminiEmbedding, GoogleStudio, gemini } from "@llamaindex/google";
import * as Sentry from "@sentry/node";

const llm = new Gemini({ model: GEMINI_MODEL.GEMINI_2_0_FLASH });
const studio = new GoogleStudio({ model: GEMINI_MODEL.GEMINI_2_5_FLASH_LATEST, apiKey: "key" });
const embedModel = new GeminiEmbedding({ model: "text-embedding-004" as GEMINI_EMBEDDING_MODEL });

export async function ask(question: string) {
  const response = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: `chat ${llm.model}`,
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "gcp.gemini",
        "gen_ai.request.model": llm.model,
      },
    },
    async (span) => {
      const result = await llm.chat({ messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: question }]) });
      const raw = result?.raw as { responseId?: string; modelVersion?: string; candidates?: Array<{ finishReason?: string }>; usageMetadata?: { promptTokenCount?: number; candidatesTokenCount?: number; thoughtsTokenCount?: number; totalTokenCount?: number } } | null | undefined;
      const options = result?.message?.options as { toolCall?: unknown[] } | null | undefined;
      span.setAttributes({
        "gen_ai.response.model": raw?.modelVersion,
        "gen_ai.response.id": raw?.responseId,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([result?.message?.content]) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(options?.toolCall) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson(raw?.candidates?.map((candidate) => candidate?.finishReason)),
        "gen_ai.usage.input_tokens": raw?.usageMetadata?.promptTokenCount,
        "gen_ai.usage.output_tokens": raw?.usageMetadata?.candidatesTokenCount == null ? undefined : raw?.usageMetadata?.candidatesTokenCount + (raw?.usageMetadata?.thoughtsTokenCount ?? 0),
        "gen_ai.usage.total_tokens": raw?.usageMetadata?.totalTokenCount,
      });
      return result;
    },
  );
  return response.message.content;
}

export async function finish(prompt: string) {
  const completion = await Sentry.startSpan(
    {
      op: "gen_ai.text_completion",
      name: "text_completion gemini-2.5-flash",
      attributes: {
        "gen_ai.operation.name": "text_completion",
        "gen_ai.system": "gcp.gemini",
        "gen_ai.request.model": "gemini-2.5-flash",
      },
    },
    async (span) => {
      const result = await gemini({ model: "gemini-2.5-flash" as GEMINI_MODEL }).complete({ prompt: sentryRecordInput(span, "gen_ai.request.messages", prompt) });
      const raw = result?.raw as { responseId?: string; modelVersion?: string; candidates?: Array<{ finishReason?: string }>; usageMetadata?: { promptTokenCount?: number; candidatesTokenCount?: number; thoughtsTokenCount?: number; totalTokenCount?: number } } | null | undefined;
      span.setAttributes({
        "gen_ai.response.model": raw?.modelVersion,
        "gen_ai.response.id": raw?.responseId,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([result?.text]) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson(raw?.candidates?.map((candidate) => candidate?.finishReason)),
        "gen_ai.usage.input_tokens": raw?.usageMetadata?.promptTokenCount,
        "gen_ai.usage.output_tokens": raw?.usageMetadata?.candidatesTokenCount == null ? undefined : raw?.usageMetadata?.candidatesTokenCount + (raw?.usageMetadata?.thoughtsTokenCount ?? 0),
        "gen_ai.usage.total_tokens": raw?.usageMetadata?.totalTokenCount,
      });
      return result;
    },
  );
  return completion.text;
}

export async function askStudio(question: string) {
  const response = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: `chat ${studio.model}`,
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "gcp.gemini",
        "gen_ai.request.model": studio.model,
      },
    },
    async (span) => {
      const result = await studio.chat({ messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: question }]) });
      const raw = result?.raw as { responseId?: string; modelVersion?: string; candidates?: Array<{ finishReason?: string }>; usageMetadata?: { promptTokenCount?: number; candidatesTokenCount?: number; thoughtsTokenCount?: number; totalTokenCount?: number } } | null | undefined;
      const options = result?.message?.options as { toolCall?: unknown[] } | null | undefined;
      span.setAttributes({
        "gen_ai.response.model": raw?.modelVersion,
        "gen_ai.response.id": raw?.responseId,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([result?.message?.content]) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(options?.toolCall) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson(raw?.candidates?.map((candidate) => candidate?.finishReason)),
        "gen_ai.usage.input_tokens": raw?.usageMetadata?.promptTokenCount,
        "gen_ai.usage.output_tokens": raw?.usageMetadata?.candidatesTokenCount == null ? undefined : raw?.usageMetadata?.candidatesTokenCount + (raw?.usageMetadata?.thoughtsTokenCount ?? 0),
        "gen_ai.usage.total_tokens": raw?.usageMetadata?.totalTokenCount,
      });
      return result;
    },
  );
  return response.message.content;
}

export async function embed(text: string) {
  return Sentry.startSpan(
    {
      op: "gen_ai.embeddings",
      name: "embeddings text-embedding-004",
      attributes: {
        "gen_ai.operation.name": "embeddings",
        "gen_ai.system": "gcp.gemini",
        "gen_ai.request.model": "text-embedding-004",
      },
    },
    async (span) => {
      return embedModel.getTextEmbedding(sentryRecordInput(span, "gen_ai.embeddings.input", text));
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
