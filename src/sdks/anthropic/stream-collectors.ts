// @anthropic-ai/sdk's stream collector(s): running totals read from a raw stream's chunks as they pass, for
// `endSpanWithStream` (src/engine/javascript/streaming/runtime-helpers.ts). Each declaration is copied as
// written into the files that use it (stream-helpers.generated.ts carries its text): self-contained, needing
// only the types of src/core/stream-collector.ts and the other declarations here. Listed in
// src/sdks/registry-stream-collectors.ts; regenerate the text with
// `UPDATE_FIXTURES=1 npx jest test/runtime/streaming/helpers.test.ts`.
import type { ChunkCollector } from "../../core/stream-collector";

/**
 * @anthropic-ai/sdk `messages.create({ stream: true })` events. `message_start` carries the input side of
 * the usage (input and cache tokens), `message_delta` the final output count; input counts cache reads
 * and writes, as for the non-streaming call.
 */
function anthropicStreamEvents(): ChunkCollector<{
  type: string;
  message?: { id?: string; model?: string; usage?: AnthropicStreamUsage };
  delta?: { type?: string; text?: string; stop_reason?: string | null };
  usage?: AnthropicStreamUsage;
}> {
  let text = "";
  let id: string | undefined;
  let model: string | undefined;
  let stopReason: string | undefined;
  const usage: AnthropicStreamUsage = {};
  const merge = (counts: AnthropicStreamUsage): void => {
    for (const key of ["input_tokens", "output_tokens", "cache_read_input_tokens", "cache_creation_input_tokens"] as const) {
      if (counts[key] != null) usage[key] = counts[key];
    }
  };
  return {
    add: (event) => {
      if (event.type === "message_start" && event.message) {
        id = event.message.id;
        model = event.message.model;
        if (event.message.usage) merge(event.message.usage);
      } else if (event.type === "content_block_delta" && event.delta?.type === "text_delta") {
        text += event.delta.text ?? "";
      } else if (event.type === "message_delta") {
        if (event.delta?.stop_reason) stopReason = event.delta.stop_reason;
        if (event.usage) merge(event.usage);
      }
    },
    attributes: () => {
      const input = usage.input_tokens == null ? undefined : usage.input_tokens + (usage.cache_read_input_tokens ?? 0) + (usage.cache_creation_input_tokens ?? 0);
      return {
        "gen_ai.response.model": model,
        "gen_ai.response.id": id,
        "gen_ai.response.text": text ? JSON.stringify([text]) : undefined,
        "gen_ai.response.finish_reasons": stopReason ? JSON.stringify([stopReason]) : undefined,
        "gen_ai.usage.input_tokens": input,
        "gen_ai.usage.output_tokens": usage.output_tokens ?? undefined,
        "gen_ai.usage.total_tokens": input == null ? undefined : input + (usage.output_tokens ?? 0),
      };
    },
  };
}

interface AnthropicStreamUsage {
  input_tokens?: number | null;
  output_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  cache_creation_input_tokens?: number | null;
}

export { anthropicStreamEvents };
