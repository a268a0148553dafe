// Bedrock `ConverseStream` (`POST /model/{modelId}/converse-stream`): events in AWS's binary event-stream framing
// (`application/vnd.amazon.eventstream`): messageStart, one text block's contentBlockDelta per word,
// contentBlockStop, messageStop with the stop reason, then metadata with the usage.
import { MockCall } from "../route";
import { MOCK_USAGE } from "../usage";
import { SseEvent, SseStream, textDeltas } from "./sse";

export function bedrockConverseStream(call: MockCall): SseStream {
  const events: SseEvent[] = [
    { event: "messageStart", data: { role: "assistant" } },
    ...textDeltas(call.replyText).map((text) => ({
      event: "contentBlockDelta",
      data: { contentBlockIndex: 0, delta: { text } },
    })),
    { event: "contentBlockStop", data: { contentBlockIndex: 0 } },
    { event: "messageStop", data: { stopReason: "end_turn" } },
    { event: "metadata", data: { usage: MOCK_USAGE.bedrock, metrics: { latencyMs: 42 } } },
  ];
  return { events, format: "eventstream" };
}

/**
 * Bedrock `InvokeModelWithResponseStream` (`POST /model/{modelId}/invoke-with-response-stream`) for an Anthropic
 * model: `chunk` events in the same framing, each `{ bytes }` the base64 of one event in the model's own format
 * (Anthropic's message_start, content_block_delta per word, message_delta, message_stop), the last with the
 * `amazon-bedrock-invocationMetrics` Bedrock adds for every model.
 */
export function bedrockInvokeStream(call: MockCall): SseStream {
  const chunk = (body: unknown): SseEvent => ({
    event: "chunk",
    data: { bytes: Buffer.from(JSON.stringify(body), "utf8").toString("base64") },
  });
  const { inputTokens, outputTokens } = MOCK_USAGE.bedrock;
  const events: SseEvent[] = [
    chunk({
      type: "message_start",
      message: {
        id: `msg_bedrock_${call.hash}`,
        model: call.responseModel,
        usage: { input_tokens: inputTokens, output_tokens: 1 },
      },
    }),
    chunk({ type: "content_block_start", index: 0, content_block: { type: "text", text: "" } }),
    ...textDeltas(call.replyText).map((text) =>
      chunk({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text } }),
    ),
    chunk({ type: "content_block_stop", index: 0 }),
    chunk({ type: "message_delta", delta: { stop_reason: "end_turn" }, usage: { output_tokens: outputTokens } }),
    chunk({
      type: "message_stop",
      "amazon-bedrock-invocationMetrics": {
        inputTokenCount: inputTokens,
        outputTokenCount: outputTokens,
        invocationLatency: 42,
        firstByteLatency: 7,
      },
    }),
  ];
  return { events, format: "eventstream" };
}
