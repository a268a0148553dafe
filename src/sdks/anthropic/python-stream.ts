import type { PyStreamBlockShape, PyStreamShape } from "../types/python";
import { MESSAGE } from "./calls";

/**
 * `messages.create(stream=True)`: anthropic's `Stream` / `AsyncStream` iterate `self._iterator` (observed in
 * place). Input and cache tokens come in `message_start`, the stop reason and the final output count in
 * `message_delta`.
 */
export const MESSAGE_EVENTS_STREAM: PyStreamShape = {
  collector: {
    name: "_SentryAnthropicEvents",
    source: `class _SentryAnthropicEvents(_SentryChunks):
    """anthropic messages.create(stream=True) events: text deltas, usage from message_start and message_delta."""

    in_place = ("_iterator",)  # anthropic's Stream iterates it: the app keeps the SDK's object

    def add(self, event):
        kind = _sentry_field(event, "type")
        if kind == "message_start":
            self.model, self.id = _sentry_field(event, "message", "model"), _sentry_field(event, "message", "id")
            self.merge(_sentry_field(event, "message", "usage"))
        elif kind == "content_block_delta" and _sentry_field(event, "delta", "type") == "text_delta":
            self.append(_sentry_field(event, "delta", "text"))
        elif kind == "message_delta":
            self.finish_reasons[0] = _sentry_field(event, "delta", "stop_reason") or self.finish_reasons.get(0)
            self.merge(_sentry_field(event, "usage"))

    def merge(self, usage):
        for key in ("input_tokens", "output_tokens", "cache_read_input_tokens", "cache_creation_input_tokens"):
            if _sentry_field(usage, key) is not None:
                self.usage[key] = _sentry_field(usage, key)

    def tokens(self):
        """Input tokens count the cached ones, as the non-streaming span does."""
        usage = self.usage
        if usage.get("input_tokens") is None:
            return None, usage.get("output_tokens"), None
        input_tokens = _sentry_sum(usage.get("input_tokens"), usage.get("cache_read_input_tokens"), usage.get("cache_creation_input_tokens"))
        return input_tokens, usage.get("output_tokens"), _sentry_sum(input_tokens, usage.get("output_tokens"))`,
  },
};

/** `with client.messages.stream(...) as stream:`: `MessageStream` accumulates the message. */
export const MESSAGE_STREAM_BLOCK: PyStreamBlockShape = {
  snapshotAttribute: "current_message_snapshot",
  snapshot: MESSAGE,
  recorder: "_sentry_record_anthropic_message",
};
