// ollama's stream collector: running totals read from a raw stream's chunks as they pass, for
// `endSpanWithStream` (src/engine/javascript/streaming/runtime-helpers.ts). Each declaration is copied as
// written into the files that use it (stream-helpers.generated.ts carries its text): self-contained, needing
// only the types of src/core/stream-collector.ts and the other declarations here. Listed in
// src/sdks/registry-stream-collectors.ts; regenerate the text with
// `UPDATE_FIXTURES=1 npx jest test/runtime/streaming/helpers.test.ts`.
import type { ChunkCollector } from "../../core/stream-collector";

/**
 * ollama `chat({ stream: true })` / `generate({ stream: true })` chunks (NDJSON on the wire): each a piece of
 * `message.content` (chat) or `response` (generate); the last has `done: true`, `done_reason` and the token counts.
 */
function ollamaChunks(): ChunkCollector<{
  model?: string;
  message?: { content?: string; tool_calls?: unknown[] };
  response?: string;
  done?: boolean;
  done_reason?: string;
  prompt_eval_count?: number;
  eval_count?: number;
}> {
  let text = "";
  let model: string | undefined;
  let doneReason: string | undefined;
  let input: number | undefined;
  let output: number | undefined;
  const toolCalls: unknown[] = [];
  return {
    add: (chunk) => {
      model ??= chunk.model;
      if (typeof chunk.message?.content === "string") text += chunk.message.content;
      if (typeof chunk.response === "string") text += chunk.response;
      if (Array.isArray(chunk.message?.tool_calls)) toolCalls.push(...chunk.message.tool_calls);
      if (chunk.done) {
        doneReason = chunk.done_reason ?? doneReason;
        input = chunk.prompt_eval_count ?? input;
        output = chunk.eval_count ?? output;
      }
    },
    attributes: () => ({
      "gen_ai.response.model": model,
      "gen_ai.response.text": text ? JSON.stringify([text]) : undefined,
      "gen_ai.response.tool_calls": toolCalls.length > 0 ? JSON.stringify(toolCalls) : undefined,
      "gen_ai.response.finish_reasons": doneReason ? JSON.stringify([doneReason]) : undefined,
      "gen_ai.usage.input_tokens": input,
      "gen_ai.usage.output_tokens": output,
      "gen_ai.usage.total_tokens": input == null && output == null ? undefined : (input ?? 0) + (output ?? 0),
    }),
  };
}

export { ollamaChunks };
