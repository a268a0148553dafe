// Anthropic Messages streaming: message_start, one text block's start/deltas/stop, message_delta, message_stop.
import { MockCall } from "../route";
import { MOCK_USAGE } from "../usage";
import { SseStream, textDeltas } from "./sse";

/**
 * Input-side usage (input and cache tokens) arrives in `message_start`, with a placeholder output count;
 * the final output count arrives in `message_delta`. A reader that keeps only one of the two events gets
 * wrong numbers.
 */
export function anthropicMessageStream(call: MockCall): SseStream {
  const { output_tokens: outputTokens, ...inputUsage } = MOCK_USAGE.anthropic;
  const payloads: Array<{ type: string } & Record<string, unknown>> = [
    {
      type: "message_start",
      message: {
        id: `msg_mock_${call.hash}`,
        type: "message",
        role: "assistant",
        model: call.responseModel,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { ...inputUsage, output_tokens: 1 },
      },
    },
    { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } },
    ...textDeltas(call.replyText).map((text) => ({
      type: "content_block_delta",
      index: 0,
      delta: { type: "text_delta", text },
    })),
    { type: "content_block_stop", index: 0 },
    {
      type: "message_delta",
      delta: { stop_reason: "end_turn", stop_sequence: null },
      usage: { output_tokens: outputTokens },
    },
    { type: "message_stop" },
  ];
  return { events: payloads.map((data) => ({ event: data.type, data })) };
}
