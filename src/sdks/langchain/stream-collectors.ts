// LangChain's and LangGraph's stream collector(s): running totals read from a stream's chunks or events as they
// pass, for `endSpanWithReadableStream` / `endSpanWithReturnedStream` (src/engine/javascript/streaming/
// runtime-helpers.ts). Each declaration is copied as written into the files that use it
// (stream-helpers.generated.ts carries its text): self-contained, needing only the types of
// src/core/stream-collector.ts and the other declarations here. Listed in src/sdks/registry-stream-collectors.ts;
// regenerate the text with `UPDATE_FIXTURES=1 npx jest test/runtime/streaming/helpers.test.ts`.
import type { ChunkCollector, StreamSpanAttributes } from "../../core/stream-collector";

/** LangChain token counts (`usage_metadata` of an AI message or chunk). */
interface LangChainUsage {
  input_tokens?: number;
  output_tokens?: number;
  total_tokens?: number;
}

/** What a LangChain AI message or chunk carries that a span records. */
interface LangChainMessage {
  content?: unknown;
  usage_metadata?: LangChainUsage;
  response_metadata?: { model_name?: unknown };
}

/** The text of a LangChain message's `content`: the string, or its text parts joined. */
function langChainText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  let text = "";
  for (const part of content as unknown[]) {
    const typed = part as { type?: unknown; text?: unknown } | null;
    if (typeof part === "string") text += part;
    else if (typed?.type === "text" && typeof typed.text === "string") text += typed.text;
  }
  return text;
}

/** Adds a message's token counts to `total`, as LangChain's own chunk `concat` sums them. */
function addLangChainUsage(total: LangChainUsage, usage: LangChainUsage | undefined): void {
  for (const key of ["input_tokens", "output_tokens", "total_tokens"] as const) {
    if (typeof usage?.[key] === "number") total[key] = (total[key] ?? 0) + usage[key];
  }
}

/** The span attributes of a LangChain stream's reply: its text, model and token counts. */
function langChainReplyAttributes(text: string, model: unknown, usage: LangChainUsage): StreamSpanAttributes {
  return {
    "gen_ai.response.model": typeof model === "string" ? model : undefined,
    "gen_ai.response.text": text ? JSON.stringify([text]) : undefined,
    "gen_ai.usage.input_tokens": usage.input_tokens,
    "gen_ai.usage.output_tokens": usage.output_tokens,
    "gen_ai.usage.total_tokens": usage.total_tokens,
  };
}

/**
 * LangChain chat model `.stream()` chunks (`AIMessageChunk`): content joined, token counts summed (providers send
 * them on the last chunk, or split between the first and the last), the model from `response_metadata.model_name`.
 */
function langChainChunks(): ChunkCollector<LangChainMessage> {
  let text = "";
  let model: unknown;
  const usage: LangChainUsage = {};
  return {
    add: (chunk) => {
      text += langChainText(chunk.content);
      model = chunk.response_metadata?.model_name ?? model;
      addLangChainUsage(usage, chunk.usage_metadata);
    },
    attributes: () => langChainReplyAttributes(text, model, usage),
  };
}

/**
 * LangChain `.streamEvents()` events (v1 and v2; a chat model's, or an agent's or graph's, whose run calls a model
 * one or more times). Each model run's text is joined from its `on_chat_model_stream` chunks until its
 * `on_chat_model_end` gives the whole message; the reply is the last model run's, the token counts are the sum
 * over every run. Other events (tools, chains, an encoded `text/event-stream` byte stream) are passed over.
 */
function langChainStreamEvents(): ChunkCollector<unknown> {
  const runs = new Map<unknown, { text: string; model?: unknown; usage: LangChainUsage }>();
  let last: { text: string; model?: unknown; usage: LangChainUsage } | undefined;
  return {
    add: (value) => {
      const event = value as { event?: unknown; run_id?: unknown; data?: { chunk?: LangChainMessage; output?: LangChainMessage } };
      if (event?.event !== "on_chat_model_stream" && event?.event !== "on_chat_model_end") return;
      let run = runs.get(event.run_id);
      if (!run) runs.set(event.run_id, (run = { text: "", usage: {} }));
      last = run;
      const message = event.event === "on_chat_model_stream" ? event.data?.chunk : event.data?.output;
      if (!message) return;
      if (event.event === "on_chat_model_stream") {
        run.text += langChainText(message.content);
        run.model = message.response_metadata?.model_name ?? run.model;
        addLangChainUsage(run.usage, message.usage_metadata);
      } else {
        run.text = langChainText(message.content);
        run.model = message.response_metadata?.model_name ?? run.model;
        if (message.usage_metadata) {
          run.usage = {};
          addLangChainUsage(run.usage, message.usage_metadata);
        }
      }
    },
    attributes: () => {
      const usage: LangChainUsage = {};
      for (const run of runs.values()) addLangChainUsage(usage, run.usage);
      return langChainReplyAttributes(last?.text ?? "", last?.model, usage);
    },
  };
}

/**
 * LangChain text-completion LLM `.stream()` chunks (the `BaseLLM` family, such as `OpenAI` of @langchain/openai):
 * strings, joined. They carry no model or token counts, so the span keeps the request's model only.
 */
function langChainTextChunks(): ChunkCollector<string> {
  let text = "";
  return {
    add: (chunk) => {
      if (typeof chunk === "string") text += chunk;
    },
    attributes: () => ({ "gen_ai.response.text": text ? JSON.stringify([text]) : undefined }),
  };
}

/**
 * `model.withStructuredOutput(schema).stream()` chunks: each a fuller partial object than the one before (a JSON
 * parser's), or the parsed object once; the last is the whole object, recorded as `.invoke()`'s result is.
 */
function langChainStructuredChunks(): ChunkCollector<unknown> {
  let last: unknown;
  return {
    add: (chunk) => {
      last = chunk;
    },
    attributes: () => {
      try {
        return { "gen_ai.response.text": last == null ? undefined : JSON.stringify([last]) };
      } catch {
        return {};
      }
    },
  };
}

/**
 * LangGraph graph and agent `.stream()` chunks: with `streamMode: "values"` (a compiled graph's default) each is the
 * whole state, with `"updates"` each node's update; the reply is the last message of the last `messages` seen. Other modes
 * (`"messages"`, `"custom"`, several at once) give no reply to record; the span still ends with the stream.
 */
function langGraphStateChunks(): ChunkCollector<unknown> {
  let reply: unknown;
  const lastMessage = (state: unknown): boolean => {
    const messages = (state as { messages?: unknown } | null)?.messages;
    if (!Array.isArray(messages) || messages.length === 0) return false;
    reply = (messages[messages.length - 1] as LangChainMessage | null)?.content;
    return true;
  };
  return {
    add: (chunk) => {
      if (chunk === null || typeof chunk !== "object" || Array.isArray(chunk) || lastMessage(chunk)) return;
      for (const update of Object.values(chunk)) lastMessage(update);
    },
    attributes: () => {
      const text = langChainText(reply);
      return { "gen_ai.response.text": text ? JSON.stringify([text]) : undefined };
    },
  };
}

export { langChainChunks, langChainStreamEvents, langChainStructuredChunks, langChainTextChunks, langGraphStateChunks };
export type { LangChainMessage, LangChainUsage };
