// Server-sent event replies: what a streaming route answers, and how the server writes it.
import { eventStreamException, eventStreamFrame } from "./event-stream-frame";

export interface SseEvent {
  /** The `event:` line; omitted by providers that put the type in the data (OpenAI chat, Google, Mistral). */
  event?: string;
  /** Serialised as JSON unless it is already a string (OpenAI's `[DONE]`). */
  data: unknown;
}

export interface SseStream {
  events: SseEvent[];
  /**
   * How the events are written: server-sent events (the default), newline-delimited JSON (Ollama, Cohere v1),
   * one `data` per line, with no `event:` line, or AWS's binary event-stream frames (Bedrock), `event` as the
   * `:event-type` header and `data` as the JSON payload.
   */
  format?: "sse" | "ndjson" | "eventstream";
  /**
   * Destroy the connection after this many events instead of finishing (an event stream sends an exception
   * message instead): the `error-midstream-model` case, where the client has seen part of the answer and then
   * the transport fails.
   */
  failAfterEvents?: number;
}

/** Model whose streaming reply sends a few events and then drops the connection. */
export const ERROR_MIDSTREAM_MODEL = "error-midstream-model";

/** Events the server writes before dropping an `error-midstream-model` stream. */
export const MIDSTREAM_FAILURE_AFTER_EVENTS = 3;

/** Gap between events, so each arrives in its own read and a client can stop between them. */
const EVENT_GAP_MS = 2;

/**
 * A reply text cut into word-sized deltas ("mock ", "reply: ", ...): their concatenation is exactly the
 * text, which is what a streaming span's `gen_ai.response.text` must add up to.
 */
export function textDeltas(text: string): string[] {
  return text.match(/\S+\s*/g) ?? [text];
}

/** True when the request body asks for a stream (`"stream": true`, OpenAI-style APIs). */
export function asksForStream(body: unknown): boolean {
  return typeof body === "object" && body !== null && (body as { stream?: unknown }).stream === true;
}

/** The part of Node's HTTP/1 response the stream writer uses. */
export interface StreamingResponse {
  writeHead(status: number, headers: Record<string, string | number>): unknown;
  write(chunk: string | Uint8Array): unknown;
  end(): unknown;
  destroy(error?: Error): unknown;
  readonly destroyed: boolean;
  on(event: "close", listener: () => void): unknown;
}

/**
 * Writes `stream` as `text/event-stream` (or `application/x-ndjson`), one event per write, stopping early
 * when the client goes away.
 */
export function writeEventStream(
  outgoing: StreamingResponse,
  stream: SseStream,
  headers?: Record<string, string>,
): void {
  const ndjson = stream.format === "ndjson";
  const contentType = ndjson
    ? "application/x-ndjson"
    : stream.format === "eventstream"
      ? "application/vnd.amazon.eventstream"
      : "text/event-stream";
  outgoing.writeHead(200, { "content-type": contentType, "cache-control": "no-cache", ...headers });
  let closed = false;
  outgoing.on("close", () => (closed = true));
  const writeFrom = (index: number): void => {
    if (closed || outgoing.destroyed) return;
    if (stream.failAfterEvents !== undefined && index >= stream.failAfterEvents) {
      // An event stream fails with an exception message (dropping an HTTP/2 stream ends it cleanly for the SDK).
      if (stream.format === "eventstream") {
        outgoing.write(eventStreamException("modelStreamErrorException", "mock failure half way"));
        outgoing.end();
      } else outgoing.destroy();
      return;
    }
    const next = stream.events[index];
    if (!next) {
      outgoing.end();
      return;
    }
    if (stream.format === "eventstream") outgoing.write(eventStreamFrame(next.event ?? "", next.data));
    else outgoing.write(ndjson ? `${JSON.stringify(next.data)}\n` : formatEvent(next));
    setTimeout(() => writeFrom(index + 1), EVENT_GAP_MS);
  };
  writeFrom(0);
}

function formatEvent({ event, data }: SseEvent): string {
  const payload = typeof data === "string" ? data : JSON.stringify(data);
  return `${event ? `event: ${event}\n` : ""}data: ${payload}\n\n`;
}
