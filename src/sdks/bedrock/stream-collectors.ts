// @aws-sdk/client-bedrock-runtime's stream collectors: running totals read from a `ConverseStreamCommand`
// result's `stream` events, or an `InvokeModelWithResponseStreamCommand` result's `body` chunks, as they pass, for
// `endSpanWithStreamField`
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

/**
 * Bedrock `InvokeModelWithResponseStreamCommand` chunks: each `chunk.bytes` is one JSON event in the invoked model's
 * own format. Text and stop reason are read where the model families Bedrock serves put them (Anthropic
 * `delta.text` / `delta.stop_reason`, Amazon Nova `contentBlockDelta` / `messageStop`, Meta Llama `generation` /
 * `stop_reason`, Amazon Titan `outputText` / `completionReason`, Mistral `outputs[0]`, Cohere `text` /
 * `finish_reason`, OpenAI-style `choices[0]`); the token counts from the `amazon-bedrock-invocationMetrics` that
 * Bedrock adds to the last chunk of every model; the response id is the request's, read from the result. A chunk
 * that is not JSON is skipped.
 */
function bedrockInvokeChunks(): ChunkCollector<{ chunk?: { bytes?: Uint8Array } }> {
  type ModelEvent = {
    message?: { model?: string };
    delta?: { text?: string; stop_reason?: string };
    contentBlockDelta?: { delta?: { text?: string } };
    messageStop?: { stopReason?: string };
    generation?: string;
    stop_reason?: string;
    outputText?: string;
    completionReason?: string;
    outputs?: Array<{ text?: string; stop_reason?: string }>;
    text?: string;
    finish_reason?: string;
    choices?: Array<{ delta?: { content?: string }; finish_reason?: string }>;
    "amazon-bedrock-invocationMetrics"?: { inputTokenCount?: number; outputTokenCount?: number };
  };
  const decoder = new TextDecoder();
  let text = "";
  let stopReason: string | undefined;
  let model: string | undefined;
  let metrics: { inputTokenCount?: number; outputTokenCount?: number } | undefined;
  const firstString = (...values: unknown[]): string | undefined =>
    values.find((value): value is string => typeof value === "string");
  return {
    add: (event) => {
      const bytes = event.chunk?.bytes;
      if (!bytes) return;
      let body: ModelEvent;
      try {
        body = JSON.parse(decoder.decode(bytes)) as ModelEvent;
      } catch {
        return;
      }
      if (typeof body !== "object" || body === null) return;
      text +=
        firstString(
          body.delta?.text,
          body.contentBlockDelta?.delta?.text,
          body.generation,
          body.outputText,
          body.outputs?.[0]?.text,
          body.text,
          body.choices?.[0]?.delta?.content,
        ) ?? "";
      stopReason =
        firstString(
          body.delta?.stop_reason,
          body.messageStop?.stopReason,
          body.stop_reason,
          body.completionReason,
          body.outputs?.[0]?.stop_reason,
          body.finish_reason,
          body.choices?.[0]?.finish_reason,
        ) ?? stopReason;
      model = body.message?.model ?? model;
      metrics = body["amazon-bedrock-invocationMetrics"] ?? metrics;
    },
    attributes: () => {
      const input = metrics?.inputTokenCount;
      const output = metrics?.outputTokenCount;
      return {
        "gen_ai.response.model": model,
        "gen_ai.response.text": text ? JSON.stringify([text]) : undefined,
        "gen_ai.response.finish_reasons": stopReason ? JSON.stringify([stopReason]) : undefined,
        "gen_ai.usage.input_tokens": input,
        "gen_ai.usage.output_tokens": output,
        "gen_ai.usage.total_tokens": input != null && output != null ? input + output : undefined,
      };
    },
  };
}

export { bedrockConverseChunks, bedrockInvokeChunks };
