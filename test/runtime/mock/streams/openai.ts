// OpenAI streaming wire formats: chat completion chunks (also Mistral's), and Responses API events.
import { field } from "../json";
import { argumentsForSchema } from "../request-content";
import { MOCK_CREATED_SECONDS, MockCall } from "../route";
import { SseEvent, SseStream, textDeltas } from "./sse";

interface ChatChunkOptions {
  idPrefix: string;
  usage: object;
  /**
   * Where usage goes: OpenAI sends a final chunk with empty `choices` only when the request set
   * `stream_options.include_usage` (and then `usage: null` on every other chunk); Mistral puts usage on
   * its last content chunk, always.
   */
  usagePlacement: "include_usage" | "last-chunk";
}

/** `data: {chat.completion.chunk}` ... `data: [DONE]`, one text delta per chunk (or a tool call's two). */
export function chatCompletionChunkStream(call: MockCall, options: ChatChunkOptions): SseStream {
  const includeUsage =
    options.usagePlacement === "include_usage" &&
    field(field(call.request.body, "stream_options"), "include_usage") === true;
  const base = {
    id: `${options.idPrefix}${call.hash}`,
    object: "chat.completion.chunk",
    created: MOCK_CREATED_SECONDS,
    model: call.responseModel,
  };
  const chunk = (delta: object, finishReason: string | null, extra?: object): SseEvent => ({
    data: {
      ...base,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
      ...(includeUsage && { usage: null }),
      ...extra,
    },
  });
  // A tool call streams as its name and id, then its arguments, and ends the choice with `tool_calls`.
  const toolCall = call.toolCall;
  const events: SseEvent[] = toolCall
    ? [
        chunk(
          {
            role: "assistant",
            content: null,
            tool_calls: [
              { index: 0, id: toolCall.id, type: "function", function: { name: toolCall.name, arguments: "" } },
            ],
          },
          null,
        ),
        chunk({ tool_calls: [{ index: 0, function: { arguments: JSON.stringify(toolCall.arguments) } }] }, null),
      ]
    : [
        chunk({ role: "assistant", content: "" }, null),
        ...textDeltas(chatReplyText(call)).map((content) => chunk({ content }, null)),
      ];
  const finishReason = toolCall ? "tool_calls" : "stop";
  events.push(
    options.usagePlacement === "last-chunk"
      ? chunk({}, finishReason, { usage: options.usage })
      : chunk({}, finishReason),
  );
  if (includeUsage) events.push({ data: { ...base, choices: [], usage: options.usage } });
  events.push({ data: "[DONE]" });
  return { events };
}

/**
 * Legacy completions (`/v1/completions`, `stream: true`): `data: {text_completion}` per text delta, a last chunk with
 * the finish reason, a usage chunk only when `stream_options.include_usage` asks for one, then `data: [DONE]`.
 */
export function completionChunkStream(call: MockCall, usage: object): SseStream {
  const includeUsage = field(field(call.request.body, "stream_options"), "include_usage") === true;
  const base = {
    id: `cmpl-mock-${call.hash}`,
    object: "text_completion",
    created: MOCK_CREATED_SECONDS,
    model: call.responseModel,
  };
  const chunk = (text: string, finishReason: string | null): SseEvent => ({
    data: { ...base, choices: [{ index: 0, text, logprobs: null, finish_reason: finishReason }] },
  });
  const events = [...textDeltas(call.replyText).map((text) => chunk(text, null)), chunk("", "stop")];
  if (includeUsage) events.push({ data: { ...base, choices: [], usage } });
  events.push({ data: "[DONE]" });
  return { events };
}

/**
 * The streamed text: JSON that fits the schema when the request asks for structured output
 * (`response_format: { type: "json_schema" }`, as AI SDK `streamObject` does), else the reply text.
 */
export function chatReplyText(call: MockCall): string {
  const format = field(call.request.body, "response_format");
  if (field(format, "type") !== "json_schema") return call.replyText;
  return JSON.stringify(argumentsForSchema(field(field(format, "json_schema"), "schema"), call.userText));
}

/**
 * Responses API stream: `response.created`, the message item and its text part opening, one
 * `response.output_text.delta` per piece, their closing events, then `response.completed` carrying the
 * whole response (usage included). `complete` is the non-streaming response object.
 */
export function responseEventStream(call: MockCall, complete: object): SseStream {
  const itemId = `msg_mock_${call.hash}`;
  const deltas = textDeltas(call.replyText);
  const inProgress = { ...complete, status: "in_progress", output: [], usage: null };
  const part = { type: "output_text", text: call.replyText, annotations: [] };
  const item = { type: "message", id: itemId, status: "completed", role: "assistant", content: [part] };
  const where = { item_id: itemId, output_index: 0, content_index: 0 };
  const payloads: Array<{ type: string } & Record<string, unknown>> = [
    { type: "response.created", response: inProgress },
    { type: "response.in_progress", response: inProgress },
    { type: "response.output_item.added", output_index: 0, item: { ...item, status: "in_progress", content: [] } },
    { type: "response.content_part.added", ...where, part: { ...part, text: "" } },
    ...deltas.map((delta) => ({ type: "response.output_text.delta", ...where, delta, logprobs: [] })),
    { type: "response.output_text.done", ...where, text: call.replyText, logprobs: [] },
    { type: "response.content_part.done", ...where, part },
    { type: "response.output_item.done", output_index: 0, item },
    { type: "response.completed", response: complete },
  ];
  return {
    events: payloads.map((payload, sequence) => ({
      event: payload.type,
      data: { ...payload, sequence_number: sequence },
    })),
  };
}
