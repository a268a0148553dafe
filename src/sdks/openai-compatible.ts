import type { OperationShape, ResponseShape } from "./types/calls";

/**
 * The Stainless-generated client surface and wire format of OpenAI's API, shared by the SDKs that copy it
 * (`openai`, `groq-sdk`). Response shapes are the provider's wire format: the Python catalog reads the same fields.
 */

const AUTO = { integration: "openAIIntegration", since: "9.36.0" };

export const CHAT_COMPLETION: ResponseShape = {
  text: "choices[].message.content",
  toolCalls: "choices[0].message.tool_calls",
  model: "model",
  id: "id",
  finishReasons: "choices[].finish_reason",
  usage: { input: "usage.prompt_tokens", output: "usage.completion_tokens", total: "usage.total_tokens" },
};

const CHAT_REQUEST = {
  model: "model",
  messages: "messages",
  tools: "tools",
  streamFlag: "stream",
};

export const RESPONSES: ResponseShape = {
  text: "output_text",
  toolCalls: "output[type=function_call]",
  model: "model",
  id: "id",
  finishReasons: "status",
  usage: { input: "usage.input_tokens", output: "usage.output_tokens", total: "usage.total_tokens" },
};

const RESPONSES_REQUEST = { model: "model", prompt: "input", system: "instructions", tools: "tools", streamFlag: "stream" };

export const EMBEDDINGS: ResponseShape = {
  model: "model",
  usage: { input: "usage.prompt_tokens", total: "usage.total_tokens" },
};

/** The operations of an OpenAI-compatible client; `autoInstrumented`: Sentry's OpenAI integration spans them. */
export function openAiCompatibleOperations(autoInstrumented: boolean): OperationShape[] {
  const auto = autoInstrumented ? AUTO : undefined;
  return [
    { path: "chat.completions.create", operation: "chat", request: CHAT_REQUEST, response: CHAT_COMPLETION, autoInstrumentedBy: auto },
    { path: "chat.completions.parse", operation: "chat", request: CHAT_REQUEST, response: CHAT_COMPLETION },
    { path: "beta.chat.completions.parse", operation: "chat", request: CHAT_REQUEST, response: CHAT_COMPLETION },
    { path: "chat.completions.stream", operation: "chat", request: CHAT_REQUEST, response: {}, streaming: true },
    { path: "chat.completions.runTools", operation: "chat", request: CHAT_REQUEST, response: {}, streaming: true },
    { path: "beta.chat.completions.stream", operation: "chat", request: CHAT_REQUEST, response: {}, streaming: true },
    { path: "beta.chat.completions.runTools", operation: "chat", request: CHAT_REQUEST, response: {}, streaming: true },
    { path: "responses.create", operation: "chat", request: RESPONSES_REQUEST, response: RESPONSES, autoInstrumentedBy: auto },
    { path: "responses.parse", operation: "chat", request: RESPONSES_REQUEST, response: RESPONSES },
    { path: "responses.stream", operation: "chat", request: RESPONSES_REQUEST, response: {}, streaming: true },
    {
      path: "embeddings.create",
      operation: "embeddings",
      request: { model: "model", embeddingsInput: "input" },
      response: EMBEDDINGS,
      autoInstrumentedBy: auto,
    },
    {
      path: "completions.create",
      operation: "text_completion",
      request: { model: "model", prompt: "prompt", streamFlag: "stream" },
      response: { ...CHAT_COMPLETION, text: "choices[].text", toolCalls: undefined },
    },
  ];
}
