// @google/genai's stream collector(s): running totals read from a raw stream's chunks as they pass, for
// `endSpanWithStream` (src/engine/javascript/streaming/runtime-helpers.ts). Each declaration is copied as
// written into the files that use it (stream-helpers.generated.ts carries its text): self-contained, needing
// only the types of src/core/stream-collector.ts and the other declarations here. Listed in
// src/sdks/registry-stream-collectors.ts; regenerate the text with
// `UPDATE_FIXTURES=1 npx jest test/runtime/streaming/helpers.test.ts`.
import type { ChunkCollector } from "../../core/stream-collector";

/** @google/genai `generateContentStream` chunks: each a partial response; the last usage seen is the final one. */
function geminiChunks(): ChunkCollector<{
  candidates?: Array<{ content?: { parts?: Array<{ text?: string; thought?: boolean }> }; finishReason?: string }>;
  usageMetadata?: { promptTokenCount?: number; candidatesTokenCount?: number; thoughtsTokenCount?: number; totalTokenCount?: number };
  modelVersion?: string;
  responseId?: string;
}> {
  let text = "";
  let finishReason: string | undefined;
  let model: string | undefined;
  let id: string | undefined;
  let usage: { promptTokenCount?: number; candidatesTokenCount?: number; thoughtsTokenCount?: number; totalTokenCount?: number } | undefined;
  return {
    add: (chunk) => {
      const candidate = chunk.candidates?.[0];
      for (const part of candidate?.content?.parts ?? []) if (part.text && !part.thought) text += part.text;
      if (candidate?.finishReason) finishReason = candidate.finishReason;
      if (chunk.usageMetadata) usage = chunk.usageMetadata;
      model = chunk.modelVersion ?? model;
      id = chunk.responseId ?? id;
    },
    attributes: () => ({
      "gen_ai.response.model": model,
      "gen_ai.response.id": id,
      "gen_ai.response.text": text ? JSON.stringify([text]) : undefined,
      "gen_ai.response.finish_reasons": finishReason ? JSON.stringify([finishReason]) : undefined,
      "gen_ai.usage.input_tokens": usage?.promptTokenCount,
      "gen_ai.usage.output_tokens": usage?.candidatesTokenCount == null ? undefined : usage.candidatesTokenCount + (usage.thoughtsTokenCount ?? 0),
      "gen_ai.usage.total_tokens": usage?.totalTokenCount,
    }),
  };
}

export { geminiChunks };
