import { GOOGLE_GENAI_AUTO } from "../sentry-node-integrations";
import type { ResponseShape, SdkDescriptor, StreamSpan } from "../types/calls";

const AUTO = GOOGLE_GENAI_AUTO;

/** `response.text` is a getter that logs a warning when there are non-text parts, so read the parts. */
const GENERATE_CONTENT: ResponseShape = {
  text: "candidates[0].content.parts[?text].text",
  toolCalls: "candidates[0].content.parts[?functionCall].functionCall",
  model: "modelVersion",
  id: "responseId",
  finishReasons: "candidates[].finishReason",
  usage: {
    input: "usageMetadata.promptTokenCount",
    output: "usageMetadata.candidatesTokenCount",
    outputAlsoCounts: ["usageMetadata.thoughtsTokenCount"],
    total: "usageMetadata.totalTokenCount",
  },
};

const GENERATE_REQUEST = {
  model: "model",
  prompt: "contents",
  system: "config.systemInstruction",
  tools: "config.tools",
};

/**
 * The Interactions API (`ai.interactions.create`): a model (or agent) interaction; `output_text` is the last
 * output's text, `status` how it ended, usage in its own snake_case names. Sentry's integration does not span it.
 */
const INTERACTION: ResponseShape = {
  text: "output_text",
  model: "model",
  id: "id",
  finishReasons: "status",
  usage: { input: "usage.total_input_tokens", output: "usage.total_output_tokens", total: "usage.total_tokens" },
};

const INTERACTION_REQUEST = {
  model: "model",
  prompt: "input",
  system: "system_instruction",
  tools: "tools",
  streamFlag: "stream",
};

export const googleGenAi: SdkDescriptor = {
  id: "google-genai",
  displayName: "Google Gen AI",
  modules: ["@google/genai"],
  system: "gcp.gemini",
  sentryClientWrappers: ["instrumentGoogleGenAIClient"],
  providerHints: [{ system: "gcp.gemini", hosts: [/generativelanguage\.googleapis\.com$/] }],
  parameterContainers: ["config"],
  toolDefinitionPrefixes: ["functionDeclarations.0."],
  entries: [{ export: "GoogleGenAI", how: "construct", produces: "google-genai.client" }],
  kinds: [
    {
      id: "google-genai.client",
      factories: [{ path: "chats.create", produces: "google-genai.chat", carriesModel: true }],
      operations: [
        {
          path: "models.generateContent",
          operation: "chat",
          request: GENERATE_REQUEST,
          response: GENERATE_CONTENT,
          autoInstrumentedBy: AUTO,
        },
        {
          path: "models.generateContentStream",
          operation: "chat",
          request: GENERATE_REQUEST,
          response: {},
          streaming: true,
          streamSpan: { endsWith: "chunks", collector: "geminiChunks" },
        },
        {
          path: "interactions.create",
          operation: "chat",
          request: INTERACTION_REQUEST,
          response: INTERACTION,
          streamingManualReason:
            "a streamed interaction is a stream of server-sent events: keep a gen_ai.chat span open until it has been read, " +
            "and record the text and usage of its final `interaction.completed` event",
        },
        {
          path: "models.embedContent",
          operation: "embeddings",
          request: { model: "model", embeddingsInput: "contents" },
          response: {},
          autoInstrumentedBy: AUTO,
        },
      ],
    },
    {
      id: "google-genai.chat",
      modelAtCreation: ["model"],
      operations: [
        {
          path: "sendMessage",
          operation: "chat",
          request: { messages: "message" },
          response: GENERATE_CONTENT,
          autoInstrumentedBy: AUTO,
        },
        {
          path: "sendMessageStream",
          operation: "chat",
          request: { messages: "message" },
          response: {},
          streaming: true,
          streamSpan: { endsWith: "chunks", collector: "geminiChunks" },
        },
      ],
    },
  ],
};

/** The legacy `@google/generative-ai` SDK: the model is fixed on a model handle, results sit under `response`. */
const LEGACY_RESULT: ResponseShape = {
  payload: "response",
  text: "candidates[0].content.parts[?text].text",
  toolCalls: "candidates[0].content.parts[?functionCall].functionCall",
  finishReasons: "candidates[].finishReason",
  usage: {
    input: "usageMetadata.promptTokenCount",
    // The legacy SDK's types have no thoughtsTokenCount (its Gemini 1.5 models do not think).
    output: "usageMetadata.candidatesTokenCount",
    total: "usageMetadata.totalTokenCount",
  },
};

/**
 * A legacy stream resolves to `{ stream, response }`: the same body teed into the chunks and a promise of their
 * aggregate, which the SDK reads to the end whatever the app reads (its chunks are @google/genai's).
 */
const LEGACY_STREAM: StreamSpan = {
  endsWith: "chunks",
  collector: "geminiChunks",
  field: "stream",
  aggregateField: "response",
};

export const googleGenerativeAi: SdkDescriptor = {
  id: "google-generative-ai",
  displayName: "Google Generative AI (legacy)",
  modules: ["@google/generative-ai"],
  system: "gcp.gemini",
  parameterContainers: ["generationConfig"],
  toolDefinitionPrefixes: ["functionDeclarations.0."],
  entries: [{ export: "GoogleGenerativeAI", how: "construct", produces: "google-generative-ai.client" }],
  kinds: [
    {
      id: "google-generative-ai.client",
      factories: [{ path: "getGenerativeModel", produces: "google-generative-ai.model", carriesModel: true }],
      operations: [],
    },
    {
      id: "google-generative-ai.model",
      modelAtCreation: ["model"],
      // The handle keeps `models/<id>` (its constructor adds the prefix to a bare id).
      modelField: "model",
      modelFieldPrefix: "models/",
      factories: [{ path: "startChat", produces: "google-generative-ai.chat" }],
      operations: [
        { path: "generateContent", operation: "chat", request: { argumentIsInput: true }, response: LEGACY_RESULT },
        {
          path: "generateContentStream",
          operation: "chat",
          request: { argumentIsInput: true },
          response: {},
          streaming: true,
          streamSpan: LEGACY_STREAM,
        },
        { path: "embedContent", operation: "embeddings", request: { argumentIsInput: true }, response: {} },
      ],
    },
    {
      id: "google-generative-ai.chat",
      modelAtCreation: [],
      operations: [
        { path: "sendMessage", operation: "chat", request: { argumentIsInput: true }, response: LEGACY_RESULT },
        {
          path: "sendMessageStream",
          operation: "chat",
          request: { argumentIsInput: true },
          response: {},
          streaming: true,
          streamSpan: LEGACY_STREAM,
        },
      ],
    },
  ],
};
