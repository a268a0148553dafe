import type { ResponseShape, SdkDescriptor, SdkEntry } from "../types/calls";

const AUTO = { integration: "langChainIntegration", since: "10.22.0", runtimeName: "LangChain" };

const AI_MESSAGE: ResponseShape = {
  text: "content",
  toolCalls: "tool_calls",
  id: "id",
  model: "response_metadata.model_name",
  finishReasons: "response_metadata.finish_reason",
  usage: {
    input: "usage_metadata.input_tokens",
    output: "usage_metadata.output_tokens",
    total: "usage_metadata.total_tokens",
  },
};

/** Chat model classes, each in its own provider package, with the provider they talk to. */
const CHAT_MODEL_CLASSES: Array<[string, string]> = [
  ["ChatOpenAI", "openai"],
  ["AzureChatOpenAI", "azure.ai.openai"],
  ["ChatAnthropic", "anthropic"],
  ["ChatGoogleGenerativeAI", "gcp.gemini"],
  ["ChatVertexAI", "gcp.vertex_ai"],
  ["ChatMistralAI", "mistral_ai"],
  ["ChatGroq", "groq"],
  ["ChatOllama", "ollama"],
  ["ChatBedrockConverse", "aws.bedrock"],
  ["ChatCohere", "cohere"],
  ["ChatDeepSeek", "deepseek"],
  ["ChatXAI", "x_ai"],
];

/** Text-completion LLM classes (not chat models): `invoke(prompt)` resolves to the completion string. */
const LLM_CLASSES: Array<[string, string]> = [
  ["OpenAI", "openai"],
  ["AzureOpenAI", "azure.ai.openai"],
];

const EMBEDDING_CLASSES: Array<[string, string]> = [
  ["OpenAIEmbeddings", "openai"],
  ["AzureOpenAIEmbeddings", "azure.ai.openai"],
  ["GoogleGenerativeAIEmbeddings", "gcp.gemini"],
  ["MistralAIEmbeddings", "mistral_ai"],
  ["OllamaEmbeddings", "ollama"],
  ["CohereEmbeddings", "cohere"],
];

const chatEntries: SdkEntry[] = CHAT_MODEL_CLASSES.map(([name, system]) => ({
  export: name,
  how: "construct",
  produces: "langchain.chat-model",
  system,
}));
const llmEntries: SdkEntry[] = LLM_CLASSES.map(([name, system]) => ({
  export: name,
  how: "construct",
  produces: "langchain.llm",
  system,
}));
const embeddingEntries: SdkEntry[] = EMBEDDING_CLASSES.map(([name, system]) => ({
  export: name,
  how: "construct",
  produces: "langchain.embeddings",
  system,
}));

export const langchain: SdkDescriptor = {
  id: "langchain",
  displayName: "LangChain",
  modules: [
    "@langchain/openai",
    "@langchain/anthropic",
    "@langchain/google-genai",
    "@langchain/google-vertexai",
    "@langchain/mistralai",
    "@langchain/groq",
    "@langchain/ollama",
    "@langchain/aws",
    "@langchain/cohere",
    "@langchain/deepseek",
    "@langchain/xai",
    "langchain/chat_models/universal",
  ],
  system: "langchain",
  sentryClientWrappers: ["instrumentLangChainEmbeddings"],
  sentryCallbackHandlers: { option: "callbacks", helpers: ["createLangChainCallbackHandler"] },
  entries: [
    ...chatEntries,
    ...llmEntries,
    ...embeddingEntries,
    { export: "initChatModel", how: "construct", produces: "langchain.chat-model" },
  ],
  kinds: [
    {
      id: "langchain.chat-model",
      modelAtCreation: ["model", "modelName", ""],
      modelField: "model",
      factories: [
        { path: "bindTools", produces: "langchain.chat-model", carriesModel: true },
        { path: "withConfig", produces: "langchain.chat-model", carriesModel: true },
        { path: "withStructuredOutput", produces: "langchain.structured", carriesModel: true },
      ],
      operations: [
        {
          path: "invoke",
          operation: "chat",
          request: { argumentIsInput: true },
          response: AI_MESSAGE,
          autoInstrumentedBy: AUTO,
        },
        {
          path: "batch",
          operation: "chat",
          request: { argumentIsInput: true },
          response: { text: "[].content", toolCalls: "[].tool_calls" },
          autoInstrumentedBy: AUTO,
        },
        {
          // `await model.stream(input)`: an IterableReadableStream of AIMessageChunks.
          path: "stream",
          operation: "chat",
          request: { argumentIsInput: true },
          response: {},
          streaming: true,
          streamSpan: { endsWith: "chunks", collector: "langChainChunks", readableStream: true },
          autoInstrumentedBy: AUTO,
        },
        {
          // `model.streamEvents(input, { version: "v2" })` returns its stream synchronously.
          path: "streamEvents",
          operation: "chat",
          request: { argumentIsInput: true },
          response: {},
          streaming: true,
          streamSpan: {
            endsWith: "chunks",
            collector: "langChainStreamEvents",
            readableStream: true,
            returnsStream: true,
          },
          autoInstrumentedBy: AUTO,
        },
      ],
    },
    {
      id: "langchain.structured",
      modelAtCreation: [],
      operations: [
        {
          // Resolves to the parsed object, recorded as the response text (JSON).
          path: "invoke",
          operation: "chat",
          request: { argumentIsInput: true },
          response: { textIsResult: true },
          autoInstrumentedBy: AUTO,
        },
        {
          // `await structured.stream(input)`: an IterableReadableStream of ever fuller partial objects.
          path: "stream",
          operation: "chat",
          request: { argumentIsInput: true },
          response: {},
          streaming: true,
          streamSpan: { endsWith: "chunks", collector: "langChainStructuredChunks", readableStream: true },
          autoInstrumentedBy: AUTO,
        },
      ],
    },
    {
      id: "langchain.llm",
      modelAtCreation: ["model", "modelName"],
      modelField: "model",
      operations: [
        {
          path: "invoke",
          operation: "text_completion",
          request: { argumentIsInput: true },
          response: { textIsResult: true },
          autoInstrumentedBy: AUTO,
        },
        {
          path: "batch",
          operation: "text_completion",
          request: { argumentIsInput: true },
          response: { text: "[]" },
          autoInstrumentedBy: AUTO,
        },
        {
          // `await llm.stream(prompt)`: an IterableReadableStream of completion text pieces (strings).
          path: "stream",
          operation: "text_completion",
          request: { argumentIsInput: true },
          response: {},
          streaming: true,
          streamSpan: { endsWith: "chunks", collector: "langChainTextChunks", readableStream: true },
          autoInstrumentedBy: AUTO,
        },
      ],
    },
    {
      id: "langchain.embeddings",
      modelAtCreation: ["model", "modelName"],
      operations: [
        { path: "embedQuery", operation: "embeddings", request: { argumentIsInput: true }, response: {} },
        { path: "embedDocuments", operation: "embeddings", request: { argumentIsInput: true }, response: {} },
      ],
    },
  ],
};
