import type { PyStreamBlockShape, PyStreamShape } from "../types/python";
import { MESSAGE } from "./calls";

/**
 * `messages.create(stream=True)`: anthropic's `Stream` / `AsyncStream` iterate `self._iterator`. Input and
 * cache tokens come in `message_start`, the stop reason and the final output count in `message_delta`.
 */
export const MESSAGE_EVENTS_STREAM: PyStreamShape = {
  iteratorAttribute: "_iterator",
  collector: {
    name: "_SentryAnthropicEvents",
    source: `class _SentryAnthropicEvents:
    """anthropic messages.create(stream=True) events: text deltas, usage from message_start and message_delta."""

    def __init__(self):
        self.text, self.model, self.id, self.stop_reason, self.usage = "", None, None, None, {}

    def add(self, event):
        kind = _sentry_field(event, "type")
        if kind == "message_start":
            self.model, self.id = _sentry_field(event, "message", "model"), _sentry_field(event, "message", "id")
            self.merge(_sentry_field(event, "message", "usage"))
        elif kind == "content_block_delta" and _sentry_field(event, "delta", "type") == "text_delta":
            self.text += _sentry_field(event, "delta", "text") or ""
        elif kind == "message_delta":
            self.stop_reason = _sentry_field(event, "delta", "stop_reason") or self.stop_reason
            self.merge(_sentry_field(event, "usage"))

    def merge(self, usage):
        for key in ("input_tokens", "output_tokens", "cache_read_input_tokens", "cache_creation_input_tokens"):
            if _sentry_field(usage, key) is not None:
                self.usage[key] = _sentry_field(usage, key)

    def data(self):
        usage = self.usage
        input_tokens = None if usage.get("input_tokens") is None else _sentry_sum(
            usage.get("input_tokens"), usage.get("cache_read_input_tokens"), usage.get("cache_creation_input_tokens")
        )
        return {
            "gen_ai.response.model": self.model,
            "gen_ai.response.id": self.id,
            "gen_ai.response.text": _sentry_json([self.text] if self.text else None),
            "gen_ai.response.finish_reasons": _sentry_json([self.stop_reason] if self.stop_reason else None),
            "gen_ai.usage.input_tokens": input_tokens,
            "gen_ai.usage.output_tokens": usage.get("output_tokens"),
            "gen_ai.usage.total_tokens": None if input_tokens is None else _sentry_sum(input_tokens, usage.get("output_tokens")),
        }`,
  },
};

/** `with client.messages.stream(...) as stream:`: `MessageStream` accumulates the message. */
export const MESSAGE_STREAM_BLOCK: PyStreamBlockShape = {
  snapshotAttribute: "current_message_snapshot",
  snapshot: MESSAGE,
  recorder: "_sentry_record_anthropic_message",
};
