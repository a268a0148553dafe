import type { PyStreamShape } from "../types/python";

/**
 * A chat model's `astream_events(input, version="v2")` (the default version) is an async generator of event
 * dicts; a chat model alone sends its own run's events: `on_chat_model_stream` with each `AIMessageChunk`
 * (`data.chunk`), then `on_chat_model_end` with the message merged from them (`data.output`), which holds the
 * summed `usage_metadata` and the `response_metadata` (model name, finish reason). Other versions' events
 * differ (v1's end output, v3 returns an awaitable): those stay manual work.
 */
export const CHAT_MODEL_EVENTS: PyStreamShape = {
  onlyWith: { keyword: "version", values: ["v2"] },
  collector: {
    name: "_SentryLangChainEvents",
    source: `class _SentryLangChainEvents:
    """LangChain astream_events(version="v2") of a chat model: text from on_chat_model_stream, the rest from on_chat_model_end."""

    def __init__(self):
        self.text, self.output = "", None

    def add(self, event):
        kind = _sentry_field(event, "event")
        if kind == "on_chat_model_stream":
            content = _sentry_field(event, "data", "chunk", "content")
            blocks = [content] if isinstance(content, str) else [_sentry_field(block, "text") for block in _sentry_each(content)]
            self.text += "".join(text for text in blocks if isinstance(text, str))
        elif kind == "on_chat_model_end":
            self.output = _sentry_field(event, "data", "output")

    def data(self):
        metadata = _sentry_field(self.output, "response_metadata")
        finish_reason = _sentry_field(metadata, "finish_reason") or _sentry_field(metadata, "stop_reason")
        usage = _sentry_field(self.output, "usage_metadata")
        return {
            "gen_ai.response.model": _sentry_field(metadata, "model_name"),
            "gen_ai.response.id": _sentry_field(metadata, "id"),
            "gen_ai.response.text": _sentry_json([self.text] if self.text else None),
            "gen_ai.response.finish_reasons": _sentry_json([finish_reason] if finish_reason else None),
            "gen_ai.usage.input_tokens": _sentry_field(usage, "input_tokens"),
            "gen_ai.usage.output_tokens": _sentry_field(usage, "output_tokens"),
            "gen_ai.usage.total_tokens": _sentry_field(usage, "total_tokens"),
        }`,
  },
};
