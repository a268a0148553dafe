import { OPENAI_AUTO } from "../openai-compatible";
import { ANTHROPIC_AUTO, GOOGLE_GENAI_AUTO } from "../sentry-node-integrations";
import type {
  AutoIntegration,
  ClientKind,
  DeclaredField,
  OperationShape,
  ResponseShape,
  SdkDescriptor,
  SettingsSlot,
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

/** `raw` of `@llamaindex/anthropic`'s `Anthropic`: the Messages API response. */
const ANTHROPIC_RAW: DeclaredField = {
  path: "raw",
  type:
    "{ id?: string; model?: string; stop_reason?: string | null; content?: Array<{ type?: string; text?: string }>; " +
    "usage?: { input_tokens?: number; output_tokens?: number; cache_read_input_tokens?: number | null; " +
    "cache_creation_input_tokens?: number | null } }",
};

/**
 * Its chat reply's `message.content` is a list of text parts, so the text is read from the Messages response.
 * Anthropic's input_tokens leave out cache reads and writes; Sentry counts them in.
 */
const ANTHROPIC_FIELDS: ResponseShape = {
  model: "raw.model",
  id: "raw.id",
  finishReasons: "raw.stop_reason",
  usage: {
    input: "raw.usage.input_tokens",
    inputAlsoCounts: ["raw.usage.cache_read_input_tokens", "raw.usage.cache_creation_input_tokens"],
    output: "raw.usage.output_tokens",
    totalIsSum: true,
  },
};

/** `raw` of `@llamaindex/google`'s `Gemini` and `GoogleStudio`: the `GenerateContentResponse` of `@google/genai`. */
const GEMINI_RAW: DeclaredField = {
  path: "raw",
  type:
    "{ responseId?: string; modelVersion?: string; candidates?: Array<{ finishReason?: string }>; " +
    "usageMetadata?: { promptTokenCount?: number; candidatesTokenCount?: number; thoughtsTokenCount?: number; " +
    "totalTokenCount?: number } }",
};

const GEMINI_FIELDS: ResponseShape = {
  model: "raw.modelVersion",
  id: "raw.responseId",
  finishReasons: "raw.candidates[].finishReason",
  usage: {
    input: "raw.usageMetadata.promptTokenCount",
    output: "raw.usageMetadata.candidatesTokenCount",
    outputAlsoCounts: ["raw.usageMetadata.thoughtsTokenCount"],
    total: "raw.usageMetadata.totalTokenCount",
  },
};

/** `raw` of `@llamaindex/ollama`'s `Ollama`: the `ChatResponse` / `GenerateResponse` of `ollama`. */
const OLLAMA_RAW: DeclaredField = {
  path: "raw",
  type: "{ model?: string; done_reason?: string; prompt_eval_count?: number; eval_count?: number }",
};

const OLLAMA_FIELDS: ResponseShape = {
  model: "raw.model",
  finishReasons: "raw.done_reason",
  usage: { input: "raw.prompt_eval_count", output: "raw.eval_count", totalIsSum: true },
};

/** `raw` of `@llamaindex/mistral`'s `MistralAI`: the `ChatCompletionResponse` of `@mistralai/mistralai`. */
const MISTRAL_RAW: DeclaredField = {
  path: "raw",
  type:
    "{ id?: string; model?: string; choices?: Array<{ finishReason?: string | null }>; " +
    "usage?: { promptTokens?: number; completionTokens?: number; totalTokens?: number } }",
};

const MISTRAL_FIELDS: ResponseShape = {
  model: "raw.model",
  id: "raw.id",
  finishReasons: "raw.choices[].finishReason",
  usage: { input: "raw.usage.promptTokens", output: "raw.usage.completionTokens", total: "raw.usage.totalTokens" },
};

/** How one provider's LLM class answers: its `raw` reply, the fields read there, and who else records the call. */
interface Provider {
  raw?: DeclaredField;
  fields?: ResponseShape;
  /** Where a chat reply's text is, when `message.content` is not it (a list of parts). */
  chatText?: string;
  autoInstrumentedBy?: AutoIntegration;
}

/** `chat` and `complete` of one provider's LLM class (core's `complete` asks `chat` and keeps its `raw`). */
function llmOperations({ raw, fields = {}, chatText, autoInstrumentedBy }: Provider): OperationShape[] {
  const declared = (shape: ResponseShape): ResponseShape =>
    raw ? { ...shape, ...fields, declaredTypes: [...(shape.declaredTypes ?? []), raw] } : shape;
  return [
    {
      path: "chat",
      operation: "chat",
      request: { messages: "messages", tools: "tools", streamFlag: "stream" },
      response: declared(chatText ? { ...CHAT, text: chatText } : CHAT),
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

/** An embedding class: `getTextEmbedding(text)` and `getTextEmbeddings(texts)`, the model named at creation. */
function embeddingKind(id: string, autoInstrumentedBy?: AutoIntegration): ClientKind {
  const operation = (path: string): OperationShape => ({
    path,
    operation: "embeddings",
    request: { argumentIsInput: true },
    response: {},
    autoInstrumentedBy,
  });
  return {
    id,
    operations: [operation("getTextEmbedding"), operation("getTextEmbeddings")],
    modelAtCreation: ["model"],
    modelField: "model",
  };
}

/**
 * LlamaIndex's global `Settings` (from `llamaindex`, re-exported from `@llamaindex/core/global`): the LLM and the
 * embedding model that agents, engines and `Settings.llm.chat(...)` use when none is given. Whatever client the
 * file assigns there (`Settings.llm = new Anthropic(...)`) decides the provider and the model.
 */
const SETTINGS_MODULES = ["llamaindex", "@llamaindex/core/global"];

export const LLAMAINDEX_SETTINGS_LLM: SettingsSlot = { modules: SETTINGS_MODULES, export: "Settings", field: "llm" };

export const llamaindex: SdkDescriptor = {
  id: "llamaindex",
  displayName: "LlamaIndex",
  modules: ["@llamaindex/openai"],
  system: "openai",
  settingsSlots: [LLAMAINDEX_SETTINGS_LLM, { modules: SETTINGS_MODULES, export: "Settings", field: "embedModel" }],
  entries: [
    { export: "OpenAI", how: "construct", produces: "llamaindex.openai" },
    { export: "openai", how: "construct", produces: "llamaindex.openai" },
    { export: "OpenAIResponses", how: "construct", produces: "llamaindex.openai-responses" },
    { export: "openaiResponses", how: "construct", produces: "llamaindex.openai-responses" },
    { export: "OpenAIEmbedding", how: "construct", produces: "llamaindex.openai-embedding" },
  ],
  kinds: [
    llmKind(
      "llamaindex.openai",
      llmOperations({ raw: OPENAI_CHAT_RAW, fields: OPENAI_CHAT_FIELDS, autoInstrumentedBy: OPENAI_AUTO }),
    ),
    llmKind(
      "llamaindex.openai-responses",
      llmOperations({ raw: OPENAI_RESPONSES_RAW, fields: OPENAI_RESPONSES_FIELDS, autoInstrumentedBy: OPENAI_AUTO }),
    ),
    embeddingKind("llamaindex.openai-embedding", OPENAI_AUTO),
  ],
};

/**
 * `@llamaindex/anthropic`: `Anthropic` / `anthropic()` call the model through their own `@anthropic-ai/sdk`
 * client (0.x), which Sentry's Anthropic integration instruments.
 */
export const llamaindexAnthropic: SdkDescriptor = {
  id: "llamaindex-anthropic",
  displayName: "LlamaIndex (Anthropic)",
  modules: ["@llamaindex/anthropic"],
  system: "anthropic",
  entries: [
    { export: "Anthropic", how: "construct", produces: "llamaindex.anthropic" },
    { export: "anthropic", how: "construct", produces: "llamaindex.anthropic" },
  ],
  kinds: [
    llmKind(
      "llamaindex.anthropic",
      llmOperations({
        raw: ANTHROPIC_RAW,
        fields: ANTHROPIC_FIELDS,
        chatText: "raw.content[type=text].text",
        autoInstrumentedBy: ANTHROPIC_AUTO,
      }),
    ),
  ],
};

/**
 * `@llamaindex/google`: `Gemini` / `gemini()` (chat through `chats.create(...).sendMessage`, complete through
 * `models.generateContent`) and `GoogleStudio`, over their own `@google/genai` client, which Sentry's Google
 * Gen AI integration instruments; `GeminiEmbedding` too.
 */
export const llamaindexGoogle: SdkDescriptor = {
  id: "llamaindex-google",
  displayName: "LlamaIndex (Google)",
  modules: ["@llamaindex/google"],
  system: "gcp.gemini",
  entries: [
    { export: "Gemini", how: "construct", produces: "llamaindex.gemini" },
    { export: "gemini", how: "construct", produces: "llamaindex.gemini" },
    { export: "GoogleStudio", how: "construct", produces: "llamaindex.gemini" },
    { export: "GeminiEmbedding", how: "construct", produces: "llamaindex.gemini-embedding" },
  ],
  kinds: [
    llmKind(
      "llamaindex.gemini",
      llmOperations({ raw: GEMINI_RAW, fields: GEMINI_FIELDS, autoInstrumentedBy: GOOGLE_GENAI_AUTO }),
    ),
    embeddingKind("llamaindex.gemini-embedding", GOOGLE_GENAI_AUTO),
  ],
};

/** `@llamaindex/ollama`: `Ollama` / `ollama()` (chat, complete through `generate`) and `OllamaEmbedding`. */
export const llamaindexOllama: SdkDescriptor = {
  id: "llamaindex-ollama",
  displayName: "LlamaIndex (Ollama)",
  modules: ["@llamaindex/ollama"],
  system: "ollama",
  entries: [
    { export: "Ollama", how: "construct", produces: "llamaindex.ollama" },
    { export: "ollama", how: "construct", produces: "llamaindex.ollama" },
    { export: "OllamaEmbedding", how: "construct", produces: "llamaindex.ollama-embedding" },
  ],
  kinds: [
    llmKind("llamaindex.ollama", llmOperations({ raw: OLLAMA_RAW, fields: OLLAMA_FIELDS })),
    embeddingKind("llamaindex.ollama-embedding"),
  ],
};

/** `@llamaindex/mistral`: `MistralAI` / `mistral()`. */
export const llamaindexMistral: SdkDescriptor = {
  id: "llamaindex-mistral",
  displayName: "LlamaIndex (Mistral)",
  modules: ["@llamaindex/mistral"],
  system: "mistral_ai",
  entries: [
    { export: "MistralAI", how: "construct", produces: "llamaindex.mistral" },
    { export: "mistral", how: "construct", produces: "llamaindex.mistral" },
  ],
  kinds: [llmKind("llamaindex.mistral", llmOperations({ raw: MISTRAL_RAW, fields: MISTRAL_FIELDS }))],
};
