import type { OperationShape, ResponseShape, SdkDescriptor, StreamSpan } from "../types/calls";

const AUTO = { integration: "openAIIntegration", since: "9.36.0" };

/** Response shapes are the provider's wire format: the Python catalog reads the same fields. */
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

/** `chat.completions.stream()`: the SDK's final `ChatCompletion` arrives with `finalChatCompletion`. */
const CHAT_HELPER_STREAM: StreamSpan = { endsWith: "event", event: "finalChatCompletion", parameter: "completion" };

/**
 * `responses.stream()` ends with the wire `response.completed` event, whose response has no `output_text`
 * (only `finalResponse()` adds it): the text is read from the output messages' text parts.
 */
const RESPONSES_STREAM_FINAL: ResponseShape = { ...RESPONSES, text: "output[type=message].content[type=output_text].text" };

/** The tool runner makes several model calls in one stream: each is a span of its own, under the run's. */
const RUN_TOOLS_BY_HAND =
  "the runner makes one model call per tool round: start a gen_ai.invoke_agent span around it, and record each call from " +
  "its `chatCompletion` event (the final object of that call) in a gen_ai.chat span of its own";

/** The Stainless-generated client surface shared by `openai` and `groq-sdk`. */
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
    { path: "chat.completions.stream", operation: "chat", request: CHAT_REQUEST, response: CHAT_COMPLETION, streaming: true, streamSpan: CHAT_HELPER_STREAM },
    { path: "chat.completions.runTools", operation: "chat", request: CHAT_REQUEST, response: {}, streaming: true, streamingManualReason: RUN_TOOLS_BY_HAND },
    { path: "beta.chat.completions.stream", operation: "chat", request: CHAT_REQUEST, response: CHAT_COMPLETION, streaming: true, streamSpan: CHAT_HELPER_STREAM },
    { path: "beta.chat.completions.runTools", operation: "chat", request: CHAT_REQUEST, response: {}, streaming: true, streamingManualReason: RUN_TOOLS_BY_HAND },
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

export const openai: SdkDescriptor = {
  id: "openai",
  displayName: "OpenAI",
  modules: ["openai"],
  system: "openai",
  providerFromBaseUrl: true,
  entries: [
    { export: "default", how: "construct", produces: "openai.client" },
    { export: "OpenAI", how: "construct", produces: "openai.client" },
    { export: "AzureOpenAI", how: "construct", produces: "openai.client", system: "azure.ai.openai" },
  ],
  kinds: [{ id: "openai.client", operations: openAiCompatibleOperations(true) }],
};

export const groq: SdkDescriptor = {
  id: "groq",
  displayName: "Groq",
  modules: ["groq-sdk"],
  system: "groq",
  entries: [
    { export: "default", how: "construct", produces: "groq.client" },
    { export: "Groq", how: "construct", produces: "groq.client" },
  ],
  kinds: [{ id: "groq.client", operations: openAiCompatibleOperations(false) }],
};

/** Providers behind an OpenAI-compatible `baseURL`, matched on the URL's host. */
export const PROVIDER_BY_BASE_URL_HOST: ReadonlyArray<[RegExp, string]> = [
  [/(^|\.)groq\.com$/, "groq"],
  [/(^|\.)deepseek\.com$/, "deepseek"],
  [/(^|\.)together\.(xyz|ai)$/, "together_ai"],
  [/(^|\.)openrouter\.ai$/, "openrouter"],
  [/(^|\.)x\.ai$/, "x_ai"],
  [/(^|\.)mistral\.ai$/, "mistral_ai"],
  [/(^|\.)perplexity\.ai$/, "perplexity"],
  [/(^|\.)fireworks\.ai$/, "fireworks_ai"],
  [/generativelanguage\.googleapis\.com$/, "gcp.gemini"],
  [/(^|\.)openai\.azure\.com$/, "azure.ai.openai"],
  [/bedrock(-runtime)?\.[a-z0-9-]+\.amazonaws\.com$/, "aws.bedrock"],
  [/(^|\.)anthropic\.com$/, "anthropic"],
  [/(^|\.)cohere\.(ai|com)$/, "cohere"],
];
