// openai's stream collector(s): running totals read from a raw stream's chunks as they pass, for
// `endSpanWithStream` (src/engine/javascript/streaming/runtime-helpers.ts). Each declaration is copied as
// written into the files that use it (stream-helpers.generated.ts carries its text): self-contained, needing
// only the types of src/core/stream-collector.ts and the other declarations here. Listed in
// src/sdks/registry-stream-collectors.ts; regenerate the text with
// `UPDATE_FIXTURES=1 npx jest test/runtime/streaming/helpers.test.ts`.
import type { ChunkCollector } from "../../core/stream-collector";

/** openai `chat.completions.create({ stream: true })` chunks. Usage is there only with `stream_options.include_usage`. */
function openAiChatChunks(): ChunkCollector<{
  id?: string;
  model?: string;
  choices?: Array<{
    index?: number;
    delta?: {
      content?: string | null;
      tool_calls?: Array<{ index: number; id?: string; function?: { name?: string; arguments?: string } }> | null;
    } | null;
    finish_reason?: string | null;
  }>;
  usage?: { prompt_tokens?: number; completion_tokens?: number; total_tokens?: number } | null;
}> {
  const texts: string[] = [];
  const finishReasons: string[] = [];
  // The first choice's tool calls, joined from their deltas (`index` says which call a delta continues).
  const toolCalls: Array<{ id?: string; type: "function"; function: { name: string; arguments: string } }> = [];
  let id: string | undefined;
  let model: string | undefined;
  let usage: { prompt_tokens?: number; completion_tokens?: number; total_tokens?: number } | undefined;
  return {
    add: (chunk) => {
      id ??= chunk.id;
      model ??= chunk.model;
      if (chunk.usage) usage = chunk.usage;
      for (const choice of chunk.choices ?? []) {
        const index = choice.index ?? 0;
        if (choice.delta?.content) texts[index] = (texts[index] ?? "") + choice.delta.content;
        if (choice.finish_reason) finishReasons[index] = choice.finish_reason;
        for (const call of index === 0 ? (choice.delta?.tool_calls ?? []) : []) {
          const joined = (toolCalls[call.index] ??= { type: "function", function: { name: "", arguments: "" } });
          joined.id ??= call.id;
          joined.function.name += call.function?.name ?? "";
          joined.function.arguments += call.function?.arguments ?? "";
        }
      }
    },
    attributes: () => ({
      "gen_ai.response.model": model,
      "gen_ai.response.id": id,
      "gen_ai.response.text": texts.length > 0 ? JSON.stringify(Array.from(texts, (text) => text ?? "")) : undefined,
      "gen_ai.response.tool_calls": toolCalls.length > 0 ? JSON.stringify(toolCalls) : undefined,
      "gen_ai.response.finish_reasons": finishReasons.length > 0 ? JSON.stringify(finishReasons) : undefined,
      "gen_ai.usage.input_tokens": usage?.prompt_tokens,
      "gen_ai.usage.output_tokens": usage?.completion_tokens,
      "gen_ai.usage.total_tokens": usage?.total_tokens,
    }),
  };
}

/** openai `responses.create({ stream: true })` events: text deltas, then `response.completed` with usage. */
function openAiResponseEvents(): ChunkCollector<{
  type: string;
  delta?: unknown;
  response?: {
    id?: string;
    model?: string;
    status?: string;
    usage?: { input_tokens?: number; output_tokens?: number; total_tokens?: number } | null;
  };
}> {
  let text = "";
  let response: { id?: string; model?: string; status?: string; usage?: { input_tokens?: number; output_tokens?: number; total_tokens?: number } | null } | undefined;
  return {
    add: (event) => {
      if (event.type === "response.output_text.delta" && typeof event.delta === "string") text += event.delta;
      if (event.response) response = event.response;
    },
    attributes: () => ({
      "gen_ai.response.model": response?.model,
      "gen_ai.response.id": response?.id,
      "gen_ai.response.text": text ? JSON.stringify([text]) : undefined,
      "gen_ai.response.finish_reasons": response?.status ? JSON.stringify([response.status]) : undefined,
      "gen_ai.usage.input_tokens": response?.usage?.input_tokens,
      "gen_ai.usage.output_tokens": response?.usage?.output_tokens,
      "gen_ai.usage.total_tokens": response?.usage?.total_tokens,
    }),
  };
}

export { openAiChatChunks, openAiResponseEvents };
