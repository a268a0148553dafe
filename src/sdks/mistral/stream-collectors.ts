// @mistralai/mistralai's stream collector(s): running totals read from a raw stream's chunks as they pass, for
// `endSpanWithStream` (src/engine/javascript/streaming/runtime-helpers.ts). Each declaration is copied as
// written into the files that use it (stream-helpers.generated.ts carries its text): self-contained, needing
// only the types of src/core/stream-collector.ts and the other declarations here. Listed in
// src/sdks/registry-stream-collectors.ts; regenerate the text with
// `UPDATE_FIXTURES=1 npx jest test/runtime/streaming/helpers.test.ts`.
import type { ChunkCollector } from "../../core/stream-collector";

/** @mistralai/mistralai `chat.stream` events (`{ data: chunk }`, camelCase); usage rides on the last chunk. */
function mistralChunks(): ChunkCollector<{
  data?: {
    id?: string;
    model?: string;
    choices?: Array<{ index?: number; delta?: { content?: unknown }; finishReason?: string | null }>;
    usage?: { promptTokens?: number; completionTokens?: number; totalTokens?: number };
  };
}> {
  const texts: string[] = [];
  const finishReasons: string[] = [];
  let id: string | undefined;
  let model: string | undefined;
  let usage: { promptTokens?: number; completionTokens?: number; totalTokens?: number } | undefined;
  return {
    add: (event) => {
      const chunk = event.data;
      if (!chunk) return;
      id ??= chunk.id;
      model ??= chunk.model;
      if (chunk.usage) usage = chunk.usage;
      for (const choice of chunk.choices ?? []) {
        const index = choice.index ?? 0;
        if (typeof choice.delta?.content === "string") texts[index] = (texts[index] ?? "") + choice.delta.content;
        if (choice.finishReason) finishReasons[index] = choice.finishReason;
      }
    },
    attributes: () => ({
      "gen_ai.response.model": model,
      "gen_ai.response.id": id,
      "gen_ai.response.text": texts.length > 0 ? JSON.stringify(Array.from(texts, (text) => text ?? "")) : undefined,
      "gen_ai.response.finish_reasons": finishReasons.length > 0 ? JSON.stringify(finishReasons) : undefined,
      "gen_ai.usage.input_tokens": usage?.promptTokens,
      "gen_ai.usage.output_tokens": usage?.completionTokens,
      "gen_ai.usage.total_tokens": usage?.totalTokens,
    }),
  };
}

export { mistralChunks };
