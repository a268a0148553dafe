// @aws-sdk/client-bedrock-runtime's stream collector: running totals read from a `ConverseStreamCommand`
// result's `stream` events as they pass, for `endSpanWithStreamField`
// (src/engine/javascript/streaming/runtime-helpers.ts). Each declaration is copied as written into the files that
// use it (stream-helpers.generated.ts carries its text): self-contained, needing only the types of
// src/core/stream-collector.ts and the other declarations here. Listed in src/sdks/registry-stream-collectors.ts;
// regenerate the text with `UPDATE_FIXTURES=1 npx jest test/runtime/streaming/helpers.test.ts`.
import type { ChunkCollector } from "../../core/stream-collector";

/**
 * Bedrock `ConverseStreamCommand` events: `contentBlockStart` opens a tool call (`start.toolUse`), each
 * `contentBlockDelta` adds text or a tool call's JSON input to its block (`contentBlockIndex`), `messageStop` has
 * the stop reason and `metadata` the usage. The text and tool calls are recorded as the non-streaming
 * `ConverseCommand`'s are: one text per text block, the tool calls with their parsed input.
 */
function bedrockConverseChunks(): ChunkCollector<{
  contentBlockStart?: { contentBlockIndex?: number; start?: { toolUse?: { toolUseId?: string; name?: string } } };
  contentBlockDelta?: { contentBlockIndex?: number; delta?: { text?: string; toolUse?: { input?: string } } };
  messageStop?: { stopReason?: string };
  metadata?: { usage?: { inputTokens?: number; outputTokens?: number; totalTokens?: number } };
}> {
  const blocks = new Map<number, { text?: string; toolUse?: { toolUseId?: string; name?: string; input: string } }>();
  const blockAt = (index: number | undefined) => {
    const key = index ?? 0;
    let block = blocks.get(key);
    if (!block) blocks.set(key, (block = {}));
    return block;
  };
  let stopReason: string | undefined;
  let usage: { inputTokens?: number; outputTokens?: number; totalTokens?: number } | undefined;
  const parsed = (input: string): unknown => {
    try {
      return input ? JSON.parse(input) : {};
    } catch {
      return input;
    }
  };
  return {
    add: (event) => {
      const started = event.contentBlockStart?.start?.toolUse;
      if (started) {
        const { toolUseId, name } = started;
        blockAt(event.contentBlockStart?.contentBlockIndex).toolUse = { toolUseId, name, input: "" };
      }
      const delta = event.contentBlockDelta;
      if (delta) {
        const block = blockAt(delta.contentBlockIndex);
        if (typeof delta.delta?.text === "string") block.text = (block.text ?? "") + delta.delta.text;
        if (block.toolUse && typeof delta.delta?.toolUse?.input === "string") block.toolUse.input += delta.delta.toolUse.input;
      }
      if (event.messageStop?.stopReason) stopReason = event.messageStop.stopReason;
      if (event.metadata?.usage) usage = event.metadata.usage;
    },
    attributes: () => {
      const ordered = [...blocks.entries()].sort(([a], [b]) => a - b).map(([, block]) => block);
      const texts = ordered.flatMap((block) => (block.text === undefined ? [] : [block.text]));
      const toolCalls = ordered.flatMap((block) =>
        block.toolUse ? [{ toolUseId: block.toolUse.toolUseId, name: block.toolUse.name, input: parsed(block.toolUse.input) }] : [],
      );
      return {
        "gen_ai.response.text": texts.length > 0 ? JSON.stringify(texts) : undefined,
        "gen_ai.response.tool_calls": toolCalls.length > 0 ? JSON.stringify(toolCalls) : undefined,
        "gen_ai.response.finish_reasons": stopReason ? JSON.stringify([stopReason]) : undefined,
        "gen_ai.usage.input_tokens": usage?.inputTokens,
        "gen_ai.usage.output_tokens": usage?.outputTokens,
        "gen_ai.usage.total_tokens": usage?.totalTokens,
      };
    },
  };
}

export { bedrockConverseChunks };
