import type { AutoIntegration, OperationShape, SdkDescriptor, UsageShape } from "../types/calls";

/**
 * Sentry's Node SDKs have spanned every AI SDK call by default since 8.43.0 (they turn the SDK's own telemetry
 * on): `ai.generateText` as an agent run with a `generate_content` span per model call, tools, embeddings.
 */
export const VERCEL_AI_AUTO: AutoIntegration = {
  integration: "vercelAIIntegration",
  since: "8.43.0",
  runtimeName: "VercelAI",
};

/** AI SDK v5 renamed the usage fields; v4 projects keep the old names (v4's `usage` sums every step). */
export const AI_SDK_USAGE_V4: UsageShape = {
  input: "usage.promptTokens",
  output: "usage.completionTokens",
  total: "usage.totalTokens",
};
/** v5+: `usage` is the last step's, `totalUsage` sums every step of a tool loop. */
export const AI_SDK_TOTAL_USAGE: UsageShape = {
  input: "totalUsage.inputTokens",
  output: "totalUsage.outputTokens",
  total: "totalUsage.totalTokens",
};
const USAGE: UsageShape = { input: "usage.inputTokens", output: "usage.outputTokens", total: "usage.totalTokens" };

/** `model` is a LanguageModel: a gateway id string or a provider's model object, whose id is `modelId`. */
const REQUEST = {
  model: "model",
  modelIdField: "modelId",
  modelByProviderCall: true,
  messages: "messages",
  prompt: "prompt",
  system: "system",
  tools: "tools",
  toolsKeyedByName: true,
};

const generateText: OperationShape = {
  path: "",
  operation: "chat",
  request: REQUEST,
  response: {
    text: "text",
    toolCalls: "toolCalls",
    model: "response.modelId",
    id: "response.id",
    finishReasons: "finishReason",
    usage: AI_SDK_TOTAL_USAGE,
    usageBeforeMajor: { major: 5, usage: AI_SDK_USAGE_V4 },
  },
  autoInstrumentedBy: VERCEL_AI_AUTO,
};

const generateObject: OperationShape = {
  path: "",
  operation: "chat",
  request: REQUEST,
  response: {
    text: "object",
    model: "response.modelId",
    id: "response.id",
    finishReasons: "finishReason",
    usage: USAGE,
    usageBeforeMajor: { major: 5, usage: AI_SDK_USAGE_V4 },
  },
  autoInstrumentedBy: VERCEL_AI_AUTO,
};

const embed = (input: string): OperationShape => ({
  path: "",
  operation: "embeddings",
  request: { model: "model", modelIdField: "modelId", embeddingsInput: input },
  response: { usage: { input: "usage.tokens" } },
  autoInstrumentedBy: VERCEL_AI_AUTO,
});

/** `streamText`: its `onFinish` event carries `generateText`'s fields; `onError` and `onAbort` end the span too. */
const streamText: OperationShape = {
  ...generateText,
  streaming: true,
  streamSpan: {
    endsWith: "callbacks",
    onFinish: "onFinish",
    onError: "onError",
    onAbort: "onAbort",
    parameter: "event",
  },
};

/** `streamObject`: no `onAbort`, and its `onFinish` event has the object and the last step's usage, no finish reason. */
const streamObject: OperationShape = {
  ...generateObject,
  response: { ...generateObject.response, finishReasons: undefined },
  streaming: true,
  streamSpan: {
    endsWith: "callbacks",
    onFinish: "onFinish",
    onError: "onError",
    parameter: "event",
    undeclared: ["object"],
  },
};

/**
 * AI SDK provider packages: `openai("gpt-4o")`, `anthropic.messages("...")` name both the provider and
 * the model. Package -> gen_ai.system.
 */
export const AI_SDK_PROVIDER_SYSTEMS: Readonly<Record<string, string>> = {
  "@ai-sdk/openai": "openai",
  "@ai-sdk/azure": "azure.ai.openai",
  "@ai-sdk/anthropic": "anthropic",
  "@ai-sdk/google": "gcp.gemini",
  "@ai-sdk/google-vertex": "gcp.vertex_ai",
  "@ai-sdk/mistral": "mistral_ai",
  "@ai-sdk/groq": "groq",
  "@ai-sdk/cohere": "cohere",
  "@ai-sdk/amazon-bedrock": "aws.bedrock",
  "@ai-sdk/xai": "x_ai",
  "@ai-sdk/deepseek": "deepseek",
  "@ai-sdk/perplexity": "perplexity",
  "@ai-sdk/togetherai": "together_ai",
  "@ai-sdk/fireworks": "fireworks_ai",
  "ollama-ai-provider": "ollama",
  "ollama-ai-provider-v2": "ollama",
  "@openrouter/ai-sdk-provider": "openrouter",
};

export const vercelAi: SdkDescriptor = {
  id: "vercel-ai",
  displayName: "Vercel AI SDK",
  modules: ["ai"],
  system: "vercel.ai",
  providerModules: AI_SDK_PROVIDER_SYSTEMS,
  entries: [
    { export: "generateText", how: "call", operation: generateText },
    { export: "generateObject", how: "call", operation: generateObject },
    { export: "embed", how: "call", operation: embed("value") },
    { export: "embedMany", how: "call", operation: embed("values") },
    { export: "streamText", how: "call", operation: streamText },
    { export: "streamObject", how: "call", operation: streamObject },
  ],
  kinds: [],
};
