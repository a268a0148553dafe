import type { ResponseShape } from "../types/calls";
import { PY_AUTO } from "../sentry-python-integrations";
import type { PyOperation, PyRequestShape, PySdkDescriptor, PyStreamShape } from "../types/python";

/** `response.text` warns when there are non-text parts, so the text is read from the parts. */
const GENERATE_CONTENT: ResponseShape = {
  text: "candidates[0].content.parts[?text].text",
  toolCalls: "candidates[0].content.parts[?function_call].function_call",
  model: "model_version",
  id: "response_id",
  finishReasons: "candidates[].finish_reason",
  usage: {
    input: "usage_metadata.prompt_token_count",
    output: "usage_metadata.candidates_token_count",
    total: "usage_metadata.total_token_count",
  },
};

/**
 * `generate_content_stream` returns a generator (`await client.aio...` an async one) of partial
 * `GenerateContentResponse`s: the text parts arrive in order, and each chunk may carry `usage_metadata`;
 * the last one has the final numbers (earlier ones can be partial), so the last seen wins.
 */
const GENERATE_CONTENT_CHUNKS: PyStreamShape = {
  collector: {
    name: "_SentryGeminiChunks",
    source: `class _SentryGeminiChunks:
    """google-genai generate_content_stream chunks: text and function calls in order, the last usage_metadata."""

    def __init__(self):
        self.text, self.tool_calls, self.model, self.id, self.finish_reason, self.usage = "", [], None, None, None, None

    def add(self, chunk):
        self.model = _sentry_field(chunk, "model_version") or self.model
        self.id = _sentry_field(chunk, "response_id") or self.id
        self.usage = _sentry_field(chunk, "usage_metadata") or self.usage
        candidate = _sentry_field(chunk, "candidates", 0)
        self.finish_reason = _sentry_field(candidate, "finish_reason") or self.finish_reason
        for part in _sentry_each(_sentry_field(candidate, "content", "parts")):
            self.text += _sentry_field(part, "text") or ""
            self.tool_calls += [_sentry_field(part, "function_call")] if _sentry_field(part, "function_call") else []

    def data(self):
        return {
            "gen_ai.response.model": self.model,
            "gen_ai.response.id": self.id,
            "gen_ai.response.text": _sentry_json([self.text] if self.text else None),
            "gen_ai.response.tool_calls": _sentry_json(self.tool_calls or None),
            "gen_ai.response.finish_reasons": _sentry_json([self.finish_reason] if self.finish_reason else None),
            "gen_ai.usage.input_tokens": _sentry_field(self.usage, "prompt_token_count"),
            "gen_ai.usage.output_tokens": _sentry_field(self.usage, "candidates_token_count"),
            "gen_ai.usage.total_tokens": _sentry_field(self.usage, "total_token_count"),
        }`,
  },
};

const GENERATE_REQUEST: PyRequestShape = {
  model: { keyword: "model" },
  messages: { keyword: "contents" },
  system: { keyword: "config", path: "system_instruction" },
  tools: { keyword: "config", path: "tools" },
};

const auto = PY_AUTO.googleGenAi;

function modelsOperations(prefix: string, async: boolean): PyOperation[] {
  return [
    {
      path: `${prefix}models.generate_content`,
      operation: "chat",
      request: GENERATE_REQUEST,
      response: GENERATE_CONTENT,
      async,
      autoInstrumentedBy: auto,
    },
    {
      path: `${prefix}models.generate_content_stream`,
      operation: "chat",
      request: GENERATE_REQUEST,
      response: {},
      streaming: true,
      async,
      stream: GENERATE_CONTENT_CHUNKS,
    },
    {
      path: `${prefix}models.embed_content`,
      operation: "embeddings",
      request: { model: { keyword: "model" }, embeddingsInput: { keyword: "contents" } },
      response: {},
      async,
      autoInstrumentedBy: auto,
    },
  ];
}

export const googleGenAiPy: PySdkDescriptor = {
  id: "google-genai",
  displayName: "Google Gen AI",
  modules: ["google.genai"],
  system: "gcp.gemini",
  entries: [{ export: "Client", how: "construct", produces: "google-genai.client" }],
  kinds: [
    {
      id: "google-genai.client",
      factories: [
        { path: "chats.create", produces: "google-genai.chat" },
        { path: "aio.chats.create", produces: "google-genai.async-chat" },
      ],
      operations: [...modelsOperations("", false), ...modelsOperations("aio.", true)],
    },
    {
      id: "google-genai.chat",
      modelAtCreation: [{ keyword: "model" }],
      operations: [
        {
          path: "send_message",
          operation: "chat",
          request: { messages: { keyword: "message", position: 0 } },
          response: GENERATE_CONTENT,
          autoInstrumentedBy: auto,
        },
        {
          path: "send_message_stream",
          operation: "chat",
          request: { messages: { keyword: "message", position: 0 } },
          response: {},
          streaming: true,
          stream: GENERATE_CONTENT_CHUNKS,
        },
      ],
    },
    {
      id: "google-genai.async-chat",
      modelAtCreation: [{ keyword: "model" }],
      operations: [
        {
          path: "send_message",
          operation: "chat",
          request: { messages: { keyword: "message", position: 0 } },
          response: GENERATE_CONTENT,
          async: true,
          autoInstrumentedBy: auto,
        },
        {
          path: "send_message_stream",
          operation: "chat",
          request: { messages: { keyword: "message", position: 0 } },
          response: {},
          streaming: true,
          async: true,
          stream: GENERATE_CONTENT_CHUNKS,
        },
      ],
    },
  ],
};
