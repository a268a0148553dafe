// Anthropic Messages API (`@anthropic-ai/sdk` messages.create, and `stream: true` / messages.stream()).
import { bodyModel, jsonReply, MockCall, MockRoute, postTo, streamReply } from "../route";
import { anthropicMessageStream } from "../streams/anthropic";
import { asksForStream } from "../streams/sse";
import { MOCK_USAGE } from "../usage";

function message(call: MockCall): object {
  const toolCall = call.toolCall;
  return {
    id: `msg_mock_${call.hash}`,
    type: "message",
    role: "assistant",
    model: call.responseModel,
    content: toolCall
      ? [{ type: "tool_use", id: toolCall.id, name: toolCall.name, input: toolCall.arguments }]
      : [{ type: "text", text: call.replyText }],
    stop_reason: toolCall ? "tool_use" : "end_turn",
    stop_sequence: null,
    usage: MOCK_USAGE.anthropic,
  };
}

export const anthropicRoutes: MockRoute[] = [
  {
    provider: "anthropic",
    operation: "messages",
    matches: postTo("/v1/messages"),
    model: bodyModel,
    reply: (call) => {
      const headers = { "request-id": `req_mock_${call.hash}` };
      return asksForStream(call.request.body)
        ? streamReply(anthropicMessageStream(call), headers)
        : jsonReply(message(call), headers);
    },
    error: (message) => ({ status: 500, body: { type: "error", error: { type: "api_error", message } } }),
  },
];
