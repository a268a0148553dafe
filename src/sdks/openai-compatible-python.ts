import type { PyStreamShape } from "./types/python";

/**
 * The chat completion chunks of OpenAI's wire format, which the Python SDKs that copy it stream as well
 * (openai `stream=True`, litellm's `ModelResponseStream`): read with the engine's `_sentry_field` /
 * `_sentry_each`, so SDK models and dicts both read.
 */
export const OPENAI_CHAT_CHUNKS: PyStreamShape["collector"] = {
  name: "_SentryOpenAIChatChunks",
  source: `class _SentryOpenAIChatChunks:
    """OpenAI-format chat completion chunks (openai, litellm): text and finish reason per choice, the usage chunk."""

    def __init__(self):
        self.texts, self.finish_reasons, self.model, self.id, self.usage = {}, {}, None, None, None

    def add(self, chunk):
        self.model = self.model or _sentry_field(chunk, "model")
        self.id = self.id or _sentry_field(chunk, "id")
        self.usage = _sentry_field(chunk, "usage") or self.usage
        for choice in _sentry_each(_sentry_field(chunk, "choices")):
            index = _sentry_field(choice, "index") or 0
            self.texts[index] = self.texts.get(index, "") + (_sentry_field(choice, "delta", "content") or "")
            self.finish_reasons[index] = _sentry_field(choice, "finish_reason") or self.finish_reasons.get(index)

    def data(self):
        return {
            "gen_ai.response.model": self.model,
            "gen_ai.response.id": self.id,
            "gen_ai.response.text": _sentry_json([self.texts[i] for i in sorted(self.texts)]),
            "gen_ai.response.finish_reasons": _sentry_json([self.finish_reasons[i] for i in sorted(self.finish_reasons)]),
            "gen_ai.usage.input_tokens": _sentry_field(self.usage, "prompt_tokens"),
            "gen_ai.usage.output_tokens": _sentry_field(self.usage, "completion_tokens"),
            "gen_ai.usage.total_tokens": _sentry_field(self.usage, "total_tokens"),
        }`,
};
