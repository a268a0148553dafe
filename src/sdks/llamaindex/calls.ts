import { OPENAI_AUTO } from "../openai-compatible";
import type {
  AutoIntegration,
  ClientKind,
  DeclaredField,
  OperationShape,
  ResponseShape,
  SdkDescriptor,
} from "../types/calls";

/**
 * LlamaIndex TS (`llamaindex`, `@llamaindex/<provider>`): every LLM class shares core's `chat({ messages })` and
 * `complete({ prompt })`, and every embedding class `getTextEmbedding(text)` / `getTextEmbeddings(texts)`.
 * A response carries the provider's own reply in `raw`, typed `object | null`: the provider's kind declares
 * the fields it reads there. Sentry's SDK has no LlamaIndex integration, but `@llamaindex/openai` calls the model
 * through its own `openai` client, which Sentry's OpenAI integration instruments: those calls are auto-instrumented.
 */

/** What a chat response holds whatever the provider: the message, and in `options.toolCall` the tool calls. */
const CHAT: ResponseShape = {
  text: "message.content",
  toolCalls: "message.options.toolCall",
  declaredTypes: [{ path: "message.options", type: "{ toolCall?: unknown[] }" }],
};

const COMPLETION: ResponseShape = { text: "text" };

/** `raw` of `@llamaindex/openai`'s `OpenAI`: the Chat Completions response. */
const OPENAI_CHAT_RAW: DeclaredField = {
  path: "raw",
  type:
    "{ id?: string; model?: string; choices?: Array<{ finish_reason?: string | null }>; " +
    "usage?: { prompt_tokens?: number; completion_tokens?: number; total_tokens?: number } }",
};

const OPENAI_CHAT_FIELDS: ResponseShape = {
  model: "raw.model",
  id: "raw.id",
  finishReasons: "raw.choices[].finish_reason",
  usage: { input: "raw.usage.prompt_tokens", output: "raw.usage.completion_tokens", total: "raw.usage.total_tokens" },
};

/** `raw` of `OpenAIResponses`: the Responses API response. */
const OPENAI_RESPONSES_RAW: DeclaredField = {
  path: "raw",
  type: "{ id?: string; model?: string; status?: string; usage?: { input_tokens?: number; output_tokens?: number; total_tokens?: number } }",
};

const OPENAI_RESPONSES_FIELDS: ResponseShape = {
  model: "raw.model",
  id: "raw.id",
  finishReasons: "raw.status",
  usage: { input: "raw.usage.input_tokens", output: "raw.usage.output_tokens", total: "raw.usage.total_tokens" },
};

const STREAMING_BY_HAND =
  "a streamed LlamaIndex reply is an async iterable of chunks: keep a gen_ai.chat span open until it has been consumed, " +
  "and record the text from each chunk's `delta`";

/** `chat` and `complete` of one provider's LLM class, reading `fields` from its `raw` (declared as `raw`). */
function llmOperations(
  raw?: DeclaredField,
  fields: ResponseShape = {},
  autoInstrumentedBy?: AutoIntegration,
): OperationShape[] {
  const declared = (shape: ResponseShape): ResponseShape =>
    raw ? { ...shape, ...fields, declaredTypes: [...(shape.declaredTypes ?? []), raw] } : shape;
  return [
    {
      path: "chat",
      operation: "chat",
      request: { messages: "messages", tools: "tools", streamFlag: "stream" },
      response: declared(CHAT),
      streamingManualReason: STREAMING_BY_HAND,
      autoInstrumentedBy,
    },
    {
      path: "complete",
      operation: "text_completion",
      request: { prompt: "prompt", streamFlag: "stream" },
      response: declared(COMPLETION),
      streamingManualReason: STREAMING_BY_HAND,
      autoInstrumentedBy,
    },
  ];
}

/** An LLM class: its model is the `model` constructor option, and its `model` field at run time. */
function llmKind(id: string, operations: OperationShape[]): ClientKind {
  return { id, operations, modelAtCreation: ["model"], modelField: "model" };
}

const OPENAI_EMBEDDINGS: OperationShape[] = [
  {
    path: "getTextEmbedding",
    operation: "embeddings",
    request: { argumentIsInput: true },
    response: {},
    autoInstrumentedBy: OPENAI_AUTO,
  },
  {
    path: "getTextEmbeddings",
    operation: "embeddings",
    request: { argumentIsInput: true },
    response: {},
    autoInstrumentedBy: OPENAI_AUTO,
  },
];

export const llamaindex: SdkDescriptor = {
  id: "llamaindex",
  displayName: "LlamaIndex",
  modules: ["@llamaindex/openai"],
  system: "openai",
  entries: [
    { export: "OpenAI", how: "construct", produces: "llamaindex.openai" },
    { export: "openai", how: "construct", produces: "llamaindex.openai" },
    { export: "OpenAIResponses", how: "construct", produces: "llamaindex.openai-responses" },
    { export: "openaiResponses", how: "construct", produces: "llamaindex.openai-responses" },
    { export: "OpenAIEmbedding", how: "construct", produces: "llamaindex.openai-embedding" },
  ],
  kinds: [
    llmKind("llamaindex.openai", llmOperations(OPENAI_CHAT_RAW, OPENAI_CHAT_FIELDS, OPENAI_AUTO)),
    llmKind("llamaindex.openai-responses", llmOperations(OPENAI_RESPONSES_RAW, OPENAI_RESPONSES_FIELDS, OPENAI_AUTO)),
    {
      id: "llamaindex.openai-embedding",
      operations: OPENAI_EMBEDDINGS,
      modelAtCreation: ["model"],
      modelField: "model",
    },
  ],
};
