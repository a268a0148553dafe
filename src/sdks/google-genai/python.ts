import type { ResponseShape } from "../types/calls";
import { PY_AUTO } from "../sentry-python-integrations";
import type { PyOperation, PyRequestShape, PySdkDescriptor } from "../types/python";

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
        { path: "send_message_stream", operation: "chat", request: {}, response: {}, streaming: true },
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
        { path: "send_message_stream", operation: "chat", request: {}, response: {}, streaming: true },
      ],
    },
  ],
};
