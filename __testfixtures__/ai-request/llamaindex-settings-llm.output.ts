// LlamaIndex TS: the LLM and the embedding model set once in `Settings` and called through it. The provider and
// the model are the ones assigned to `Settings.llm` / `Settings.embedModel` in the file.
import { Anthropic } from "@llamaindex/anthropic";
import { OpenAIEmbedding } from "@llamaindex/openai";
import { Settings } from "llamaindex";
import * as Sentry from "@sentry/node";

Settings.llm = new Anthropic({ model: "claude-sonnet-4-5" });
Settings.embedModel = new OpenAIEmbedding({ model: "text-embedding-3-small" });

export async function ask(question: string) {
  const response = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat claude-sonnet-4-5",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "anthropic",
        "gen_ai.request.model": "claude-sonnet-4-5",
      },
    },
    async (span) => {
      const result = await Settings.llm.chat({ messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: question }]) });
      const raw = result?.raw as { id?: string; model?: string; stop_reason?: string | null; content?: Array<{ type?: string; text?: string }>; usage?: { input_tokens?: number; output_tokens?: number; cache_read_input_tokens?: number | null; cache_creation_input_tokens?: number | null } } | null | undefined;
      const options = result?.message?.options as { toolCall?: unknown[] } | null | undefined;
      span.setAttributes({
        "gen_ai.response.model": raw?.model,
        "gen_ai.response.id": raw?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson(raw?.content?.flatMap((block) => (block.type === "text" ? [block?.text] : []))) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(options?.toolCall) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson([raw?.stop_reason]),
        "gen_ai.usage.input_tokens": raw?.usage?.input_tokens == null ? undefined : raw?.usage?.input_tokens + (raw?.usage?.cache_read_input_tokens ?? 0) + (raw?.usage?.cache_creation_input_tokens ?? 0),
        "gen_ai.usage.output_tokens": raw?.usage?.output_tokens,
        "gen_ai.usage.total_tokens": raw?.usage?.input_tokens == null ? undefined : raw?.usage?.input_tokens + (raw?.usage?.cache_read_input_tokens ?? 0) + (raw?.usage?.cache_creation_input_tokens ?? 0) + (raw?.usage?.output_tokens ?? 0),
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
      name: "text_completion claude-sonnet-4-5",
      attributes: {
        "gen_ai.operation.name": "text_completion",
        "gen_ai.system": "anthropic",
        "gen_ai.request.model": "claude-sonnet-4-5",
      },
    },
    async (span) => {
      const result = await Settings.llm.complete({ prompt: sentryRecordInput(span, "gen_ai.request.messages", prompt) });
      const raw = result?.raw as { id?: string; model?: string; stop_reason?: string | null; content?: Array<{ type?: string; text?: string }>; usage?: { input_tokens?: number; output_tokens?: number; cache_read_input_tokens?: number | null; cache_creation_input_tokens?: number | null } } | null | undefined;
      span.setAttributes({
        "gen_ai.response.model": raw?.model,
        "gen_ai.response.id": raw?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([result?.text]) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson([raw?.stop_reason]),
        "gen_ai.usage.input_tokens": raw?.usage?.input_tokens == null ? undefined : raw?.usage?.input_tokens + (raw?.usage?.cache_read_input_tokens ?? 0) + (raw?.usage?.cache_creation_input_tokens ?? 0),
        "gen_ai.usage.output_tokens": raw?.usage?.output_tokens,
        "gen_ai.usage.total_tokens": raw?.usage?.input_tokens == null ? undefined : raw?.usage?.input_tokens + (raw?.usage?.cache_read_input_tokens ?? 0) + (raw?.usage?.cache_creation_input_tokens ?? 0) + (raw?.usage?.output_tokens ?? 0),
      });
      return result;
    },
  );
  return completion.text;
}

export async function embed(text: string) {
  return Sentry.startSpan(
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
      return Settings.embedModel.getTextEmbedding(sentryRecordInput(span, "gen_ai.embeddings.input", text));
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
