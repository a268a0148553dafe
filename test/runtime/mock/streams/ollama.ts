// Ollama `/api/chat` and `/api/generate` with `stream: true`: newline-delimited JSON, one text piece per line;
// the last line has `done: true`, the done reason and the token counts (the earlier lines have none).
import { MockCall } from "../route";
import { MOCK_USAGE } from "../usage";
import { SseEvent, SseStream, textDeltas } from "./sse";

export const OLLAMA_CREATED_AT = "2023-11-14T22:13:20Z";

/** `piece` turns one text delta into the endpoint's field (`message` for chat, `response` for generate). */
function ollamaStream(call: MockCall, piece: (text: string) => object): SseStream {
  const deltas = textDeltas(call.replyText);
  const line = (text: string) => ({ model: call.responseModel, created_at: OLLAMA_CREATED_AT, ...piece(text) });
  const events: SseEvent[] = deltas.map((text) => ({ data: { ...line(text), done: false } }));
  events.push({
    data: {
      ...line(""),
      done: true,
      done_reason: "stop",
      total_duration: 1000,
      load_duration: 100,
      prompt_eval_duration: 200,
      eval_duration: 300,
      ...MOCK_USAGE.ollama,
    },
  });
  return { events, format: "ndjson" };
}

export function ollamaChatStream(call: MockCall): SseStream {
  return ollamaStream(call, (content) => ({ message: { role: "assistant", content } }));
}

export function ollamaGenerateStream(call: MockCall): SseStream {
  return ollamaStream(call, (response) => ({ response }));
}
