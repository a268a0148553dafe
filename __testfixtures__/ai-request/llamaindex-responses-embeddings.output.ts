// LlamaIndex TS: the Responses API LLM, and embeddings of one text and of a batch.
import { OpenAIEmbedding, OpenAIResponses } from "@llamaindex/openai";
import * as Sentry from "@sentry/node";

const llm = new OpenAIResponses({ model: "gpt-4.1-mini" });
const embedModel = new OpenAIEmbedding({ model: "text-embedding-3-small" });

export async function ask(question: string) {
  const response = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat gpt-4.1-mini",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "gpt-4.1-mini",
      },
    },
    async (span) => {
      const result = await llm.chat({ messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: question }]) });
      const raw = result?.raw as { id?: string; model?: string; status?: string; usage?: { input_tokens?: number; output_tokens?: number; total_tokens?: number } } | null | undefined;
      const options = result?.message?.options as { toolCall?: unknown[] } | null | undefined;
      span.setAttributes({
        "gen_ai.response.model": raw?.model,
        "gen_ai.response.id": raw?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([result?.message?.content]) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(options?.toolCall) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson([raw?.status]),
        "gen_ai.usage.input_tokens": raw?.usage?.input_tokens,
        "gen_ai.usage.output_tokens": raw?.usage?.output_tokens,
        "gen_ai.usage.total_tokens": raw?.usage?.total_tokens,
      });
      return result;
    },
  );
  return response.message.content;
}

export async function embed(text: string, texts: string[]) {
  const one = await Sentry.startSpan(
    {
      op: "gen_ai.embeddings",
      name: "embeddings text-embedding-3-small",
      attributes: {
        "gen_ai.operation.name": "embeddings",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "text-embedding-3-small",
      },
    },
    async (span) => {
      return embedModel.getTextEmbedding(sentryRecordInput(span, "gen_ai.embeddings.input", text));
    },
  );
  const many = await Sentry.startSpan(
    {
      op: "gen_ai.embeddings",
      name: "embeddings text-embedding-3-small",
      attributes: {
        "gen_ai.operation.name": "embeddings",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "text-embedding-3-small",
      },
    },
    async (span) => {
      return embedModel.getTextEmbeddings(sentryRecordInput(span, "gen_ai.embeddings.input", texts));
    },
  );
  return { one, many };
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
