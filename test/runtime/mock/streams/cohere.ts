// Cohere v2 `/v2/chat` with `stream: true`: server-sent events named like their `type` (message-start,
// content-start, content-delta per text piece, content-end, message-end with the finish reason and usage).
import { MockCall } from "../route";
import { MOCK_USAGE } from "../usage";
import { SseEvent, SseStream, textDeltas } from "./sse";

export function cohereChatStream(call: MockCall): SseStream {
  const event = (data: { type: string } & Record<string, unknown>): SseEvent => ({ event: data.type, data });
  const events: SseEvent[] = [
    event({
      id: `cohere-mock-${call.hash}`,
      type: "message-start",
      delta: { message: { role: "assistant", content: [], tool_plan: "", tool_calls: [], citations: [] } },
    }),
    event({ type: "content-start", index: 0, delta: { message: { content: { type: "text", text: "" } } } }),
    ...textDeltas(call.replyText).map((text) =>
      event({ type: "content-delta", index: 0, delta: { message: { content: { text } } } }),
    ),
    event({ type: "content-end", index: 0 }),
    event({ type: "message-end", delta: { finish_reason: "COMPLETE", usage: MOCK_USAGE.cohere } }),
  ];
  return { events };
}
