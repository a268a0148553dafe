import type { OperationShape, ResponseShape, StreamSpan } from "./types/calls";

/**
 * The Stainless-generated client surface and wire format of OpenAI's API, shared by the SDKs that copy it
 * (`openai`, `groq-sdk`). Response shapes are the provider's wire format: the Python catalog reads the same fields.
 */

/** Sentry's OpenAI integration: it instruments the `openai` package wherever it is loaded from. */
export const OPENAI_AUTO = { integration: "openAIIntegration", since: "9.36.0", runtimeName: "OpenAI" };
const AUTO = OPENAI_AUTO;

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

const RESPONSES_REQUEST = {
  model: "model",
  prompt: "input",
  system: "instructions",
  tools: "tools",
  streamFlag: "stream",
};

export const EMBEDDINGS: ResponseShape = {
  model: "model",
  usage: { input: "usage.prompt_tokens", total: "usage.total_tokens" },
};

/** `chat.completions.stream()`: the SDK's final `ChatCompletion` arrives with `finalChatCompletion`. */
const CHAT_HELPER_STREAM: StreamSpan = { endsWith: "event", event: "finalChatCompletion", parameter: "completion" };

/**
 * `responses.stream()` ends with the wire `response.completed` event, whose response has no `output_text`
 * (only `finalResponse()` adds it): the text is read from the output messages' text parts.
 */
const RESPONSES_STREAM_FINAL: ResponseShape = {
  ...RESPONSES,
  text: "output[type=message].content[type=output_text].text",
};

/**
 * The tool runner (`runTools`) makes one model call per tool round and runs the tools in between; it is an
 * event stream like `chat.completions.stream()`. Its span stays open until the runner emits `end` (done,
 * failed or aborted): the text comes from the last call's `finalChatCompletion`, the tokens from `totalUsage`,
 * the sum over every call (lib/AbstractChatCompletionRunner `_emitFinal`).
 */
const RUN_TOOLS_STREAM: StreamSpan = {
  endsWith: "event",
  event: "finalChatCompletion",
  parameter: "completion",
  usageEvent: {
    event: "totalUsage",
    parameter: "usage",
    usage: { input: "prompt_tokens", output: "completion_tokens", total: "total_tokens" },
  },
};
const RUN_TOOLS_FINAL: ResponseShape = { ...CHAT_COMPLETION, usage: undefined };

/** The operations of an OpenAI-compatible client; `autoInstrumented`: Sentry's OpenAI integration spans them. */
export function openAiCompatibleOperations(autoInstrumented: boolean): OperationShape[] {
  const auto = autoInstrumented ? AUTO : undefined;
  return [
    {
      path: "chat.completions.create",
      operation: "chat",
      request: CHAT_REQUEST,
      response: CHAT_COMPLETION,
      streamSpan: { endsWith: "chunks", collector: "openAiChatChunks" },
      autoInstrumentedBy: auto,
    },
    { path: "chat.completions.parse", operation: "chat", request: CHAT_REQUEST, response: CHAT_COMPLETION },
    { path: "beta.chat.completions.parse", operation: "chat", request: CHAT_REQUEST, response: CHAT_COMPLETION },
    {
      path: "chat.completions.stream",
      operation: "chat",
      request: CHAT_REQUEST,
      response: CHAT_COMPLETION,
      streaming: true,
      streamSpan: CHAT_HELPER_STREAM,
    },
    {
      path: "chat.completions.runTools",
      operation: "chat",
      request: CHAT_REQUEST,
      response: RUN_TOOLS_FINAL,
      streaming: true,
      streamSpan: RUN_TOOLS_STREAM,
    },
    {
      path: "beta.chat.completions.stream",
      operation: "chat",
      request: CHAT_REQUEST,
      response: CHAT_COMPLETION,
      streaming: true,
      streamSpan: CHAT_HELPER_STREAM,
    },
    {
      path: "beta.chat.completions.runTools",
      operation: "chat",
      request: CHAT_REQUEST,
      response: RUN_TOOLS_FINAL,
      streaming: true,
      streamSpan: RUN_TOOLS_STREAM,
    },
    {
      path: "responses.create",
      operation: "chat",
      request: RESPONSES_REQUEST,
      response: RESPONSES,
      streamSpan: { endsWith: "chunks", collector: "openAiResponseEvents" },
      autoInstrumentedBy: auto,
    },
    { path: "responses.parse", operation: "chat", request: RESPONSES_REQUEST, response: RESPONSES },
    {
      path: "responses.stream",
      operation: "chat",
      request: RESPONSES_REQUEST,
      response: RESPONSES_STREAM_FINAL,
      streaming: true,
      streamSpan: { endsWith: "event", event: "response.completed", payload: "response", parameter: "result" },
    },
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
