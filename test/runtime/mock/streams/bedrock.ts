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
