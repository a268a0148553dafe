// cohere-ai's stream collector: running totals read from a raw stream's chunks as they pass, for
// `endSpanWithStream` (src/engine/javascript/streaming/runtime-helpers.ts). Each declaration is copied as
// written into the files that use it (stream-helpers.generated.ts carries its text): self-contained, needing
// only the types of src/core/stream-collector.ts and the other declarations here. Listed in
// src/sdks/registry-stream-collectors.ts; regenerate the text with
// `UPDATE_FIXTURES=1 npx jest test/runtime/streaming/helpers.test.ts`.
import type { ChunkCollector } from "../../core/stream-collector";

/**
 * cohere-ai `chatStream` events, as the SDK hands them over (camelCase). v2 (`client.v2.chatStream`, `CohereClientV2`):
 * `message-start` has the id, `content-delta` the text (`delta.message.content.text`), `message-end` the finish
 * reason and usage (`delta.usage.tokens`, else `billedUnits`). v1 (`CohereClient`): `stream-start` has the
 * generation id, `text-generation` the text, `stream-end` the finish reason and the final response's `meta`.
 */
function cohereStreamEvents(): ChunkCollector<{
  eventType?: string;
  type?: string;
  id?: string;
  generationId?: string;
  text?: string;
  finishReason?: string;
  // Read as `unknown`: their shapes differ from event to event (a weak type would reject some of the SDK's).
  response?: unknown;
  delta?: unknown;
}> {
  let text = "";
  let id: string | undefined;
  let finishReason: string | undefined;
  let counts: CohereStreamTokens | undefined;
  return {
    add: (event) => {
      const type = event.type ?? event.eventType;
      const delta = event.delta as
        | { message?: { content?: { text?: unknown } }; finishReason?: string; usage?: { tokens?: CohereStreamTokens; billedUnits?: CohereStreamTokens } }
        | undefined;
      const meta = (event.response as { meta?: { tokens?: CohereStreamTokens; billedUnits?: CohereStreamTokens } } | undefined)?.meta;
      if (type === "message-start") id ??= event.id;
      else if (type === "stream-start") id ??= event.generationId;
      else if (type === "content-delta") {
        const content = delta?.message?.content;
        if (typeof content?.text === "string") text += content.text;
      } else if (type === "text-generation" && typeof event.text === "string") text += event.text;
      else if (type === "message-end") {
        finishReason = delta?.finishReason ?? finishReason;
        counts = delta?.usage?.tokens ?? delta?.usage?.billedUnits ?? counts;
      } else if (type === "stream-end") {
        finishReason = event.finishReason ?? finishReason;
        counts = meta?.tokens ?? meta?.billedUnits ?? counts;
      }
    },
    attributes: () => ({
      "gen_ai.response.id": id,
      "gen_ai.response.text": text ? JSON.stringify([text]) : undefined,
      "gen_ai.response.finish_reasons": finishReason ? JSON.stringify([finishReason]) : undefined,
      "gen_ai.usage.input_tokens": counts?.inputTokens,
      "gen_ai.usage.output_tokens": counts?.outputTokens,
      "gen_ai.usage.total_tokens":
        counts?.inputTokens == null && counts?.outputTokens == null ? undefined : (counts?.inputTokens ?? 0) + (counts?.outputTokens ?? 0),
    }),
  };
}

interface CohereStreamTokens {
  inputTokens?: number;
  outputTokens?: number;
}

export { cohereStreamEvents };
