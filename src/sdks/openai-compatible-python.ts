import type { PyStreamShape } from "./types/python";

/**
 * The chat completion chunks of OpenAI's wire format, which the Python SDKs that copy it stream as well
 * (openai `stream=True`, litellm's `ModelResponseStream`): read with the engine's `_sentry_field` /
 * `_sentry_each`, so SDK models and dicts both read; the totals and `data()` are the engine's `_SentryChunks`.
 */
export const OPENAI_CHAT_CHUNKS: PyStreamShape["collector"] = {
  name: "_SentryOpenAIChatChunks",
  source: `class _SentryOpenAIChatChunks(_SentryChunks):
    """OpenAI-format chat completion chunks (openai, litellm): text and finish reason per choice, the usage chunk."""

    in_place = ("_iterator",)  # openai's Stream iterates it; litellm's CustomStreamWrapper has none
    token_keys = ("prompt_tokens", "completion_tokens", "total_tokens")

    def add(self, chunk):
        self.model = self.model or _sentry_field(chunk, "model")
        self.id = self.id or _sentry_field(chunk, "id")
        self.usage = _sentry_field(chunk, "usage") or self.usage
        for choice in _sentry_each(_sentry_field(chunk, "choices")):
            index = _sentry_field(choice, "index") or 0
            self.texts[index] = self.texts.get(index, "") + (_sentry_field(choice, "delta", "content") or "")
            self.finish_reasons[index] = _sentry_field(choice, "finish_reason") or self.finish_reasons.get(index)`,
};
