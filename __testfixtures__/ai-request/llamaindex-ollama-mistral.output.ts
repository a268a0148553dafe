// LlamaIndex TS with @llamaindex/ollama and @llamaindex/mistral: chat, complete and Ollama embeddings.
import { MistralAI } from "@llamaindex/mistral";
import { Ollama, OllamaEmbedding, ollama } from "@llamaindex/ollama";
import * as Sentry from "@sentry/node";

const local = new Ollama({ model: "llama3.2", config: { host: "http://localhost:11434" } });
const embedModel = new OllamaEmbedding({ model: "nomic-embed-text" });
const mistralLlm = new MistralAI({ model: "mistral-small-latest", temperature: 0 });

export async function ask(question: string) {
  const response = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat llama3.2",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "ollama",
        "gen_ai.request.model": "llama3.2",
      },
    },
    async (span) => {
      const result = await local.chat({ messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: question }]) });
      const raw = result?.raw as { model?: string; done_reason?: string; prompt_eval_count?: number; eval_count?: number } | null | undefined;
      const options = result?.message?.options as { toolCall?: unknown[] } | null | undefined;
      span.setAttributes({
        "gen_ai.response.model": raw?.model,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([result?.message?.content]) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(options?.toolCall) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson([raw?.done_reason]),
        "gen_ai.usage.input_tokens": raw?.prompt_eval_count,
        "gen_ai.usage.output_tokens": raw?.eval_count,
        "gen_ai.usage.total_tokens": raw?.prompt_eval_count == null ? undefined : raw?.prompt_eval_count + (raw?.eval_count ?? 0),
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
      name: "text_completion qwen3",
      attributes: {
        "gen_ai.operation.name": "text_completion",
        "gen_ai.system": "ollama",
        "gen_ai.request.model": "qwen3",
      },
    },
    async (span) => {
      const result = await ollama({ model: "qwen3" }).complete({ prompt: sentryRecordInput(span, "gen_ai.request.messages", prompt) });
      const raw = result?.raw as { model?: string; done_reason?: string; prompt_eval_count?: number; eval_count?: number } | null | undefined;
      span.setAttributes({
        "gen_ai.response.model": raw?.model,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([result?.text]) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson([raw?.done_reason]),
        "gen_ai.usage.input_tokens": raw?.prompt_eval_count,
        "gen_ai.usage.output_tokens": raw?.eval_count,
        "gen_ai.usage.total_tokens": raw?.prompt_eval_count == null ? undefined : raw?.prompt_eval_count + (raw?.eval_count ?? 0),
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
      name: "embeddings nomic-embed-text",
      attributes: {
        "gen_ai.operation.name": "embeddings",
        "gen_ai.system": "ollama",
        "gen_ai.request.model": "nomic-embed-text",
      },
    },
    async (span) => {
      return embedModel.getTextEmbedding(sentryRecordInput(span, "gen_ai.embeddings.input", text));
    },
  );
}

export async function askMistral(question: string) {
  const response = await Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat mistral-small-latest",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": "mistral_ai",
        "gen_ai.request.model": "mistral-small-latest",
      },
    },
    async (span) => {
      const result = await mistralLlm.chat({ messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: question }]) });
      const raw = result?.raw as { id?: string; model?: string; choices?: Array<{ finishReason?: string | null }>; usage?: { promptTokens?: number; completionTokens?: number; totalTokens?: number } } | null | undefined;
      const options = result?.message?.options as { toolCall?: unknown[] } | null | undefined;
      span.setAttributes({
        "gen_ai.response.model": raw?.model,
        "gen_ai.response.id": raw?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([result?.message?.content]) : undefined,
        "gen_ai.response.tool_calls": sentryRecordsAiContent("outputs") ? toSpanJson(options?.toolCall) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson(raw?.choices?.map((choice) => choice?.finishReason)),
        "gen_ai.usage.input_tokens": raw?.usage?.promptTokens,
        "gen_ai.usage.output_tokens": raw?.usage?.completionTokens,
        "gen_ai.usage.total_tokens": raw?.usage?.totalTokens,
      });
      return result;
    },
  );
  return response.message.content;
}

export async function finishMistral(prompt: string) {
  const completion = await Sentry.startSpan(
    {
      op: "gen_ai.text_completion",
      name: "text_completion mistral-small-latest",
      attributes: {
        "gen_ai.operation.name": "text_completion",
        "gen_ai.system": "mistral_ai",
        "gen_ai.request.model": "mistral-small-latest",
      },
    },
    async (span) => {
      const result = await mistralLlm.complete({ prompt: sentryRecordInput(span, "gen_ai.request.messages", prompt) });
      const raw = result?.raw as { id?: string; model?: string; choices?: Array<{ finishReason?: string | null }>; usage?: { promptTokens?: number; completionTokens?: number; totalTokens?: number } } | null | undefined;
      span.setAttributes({
        "gen_ai.response.model": raw?.model,
        "gen_ai.response.id": raw?.id,
        "gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([result?.text]) : undefined,
        "gen_ai.response.finish_reasons": toSpanJson(raw?.choices?.map((choice) => choice?.finishReason)),
        "gen_ai.usage.input_tokens": raw?.usage?.promptTokens,
        "gen_ai.usage.output_tokens": raw?.usage?.completionTokens,
        "gen_ai.usage.total_tokens": raw?.usage?.totalTokens,
      });
      return result;
    },
  );
  return completion.text;
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
