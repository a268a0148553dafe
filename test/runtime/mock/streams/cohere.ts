// Cohere `stream: true`. v2 `/v2/chat`: server-sent events named like their `type` (message-start, content-start,
// content-delta per text piece, content-end, message-end with the finish reason and usage). v1 `/v1/chat`:
// newline-delimited JSON events told apart by `event_type` (stream-start, text-generation per text piece,
// stream-end with the finish reason and the whole response, its `meta` holding the token counts).
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

/** The v1 reply `stream-end` carries whole, as the non-streamed `/v1/chat` answers it. */
export function cohereV1Response(call: MockCall): object {
  return {
    response_id: `cohere-mock-response-${call.hash}`,
    generation_id: `cohere-mock-${call.hash}`,
    text: call.replyText,
    finish_reason: "COMPLETE",
    chat_history: [
      { role: "USER", message: call.userText },
      { role: "CHATBOT", message: call.replyText },
    ],
    meta: { api_version: { version: "1" }, ...MOCK_USAGE.cohere },
  };
}

export function cohereV1ChatStream(call: MockCall): SseStream {
  const events: SseEvent[] = [
    { data: { is_finished: false, event_type: "stream-start", generation_id: `cohere-mock-${call.hash}` } },
    ...textDeltas(call.replyText).map((text) => ({
      data: { is_finished: false, event_type: "text-generation", text },
    })),
    {
      data: {
        is_finished: true,
        event_type: "stream-end",
        finish_reason: "COMPLETE",
        response: cohereV1Response(call),
      },
    },
  ];
  return { events, format: "ndjson" };
}
