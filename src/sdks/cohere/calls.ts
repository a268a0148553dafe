import type { SdkDescriptor } from "../types/calls";

export const cohere: SdkDescriptor = {
  id: "cohere",
  displayName: "Cohere",
  modules: ["cohere-ai"],
  system: "cohere",
  providerHints: [{ system: "cohere", hosts: [/(^|\.)cohere\.(ai|com)$/] }],
  entries: [
    { export: "CohereClientV2", how: "construct", produces: "cohere.v2" },
    { export: "CohereClient", how: "construct", produces: "cohere.v1" },
  ],
  kinds: [
    {
      id: "cohere.v2",
      operations: [
        {
          path: "chat",
          operation: "chat",
          request: { model: "model", messages: "messages", tools: "tools" },
          response: {
            text: "message.content[type=text].text",
            toolCalls: "message.toolCalls",
            id: "id",
            finishReasons: "finishReason",
            usage: { input: "usage.tokens.inputTokens", output: "usage.tokens.outputTokens", totalIsSum: true },
          },
        },
        {
          path: "chatStream",
          operation: "chat",
          request: { model: "model", messages: "messages", tools: "tools" },
          response: {},
          streaming: true,
          streamSpan: { endsWith: "chunks", collector: "cohereStreamEvents" },
        },
        {
          path: "embed",
          operation: "embeddings",
          request: { model: "model", embeddingsInput: "texts" },
          response: { id: "id" },
        },
      ],
    },
    {
      id: "cohere.v1",
      operations: [
        {
          path: "chat",
          operation: "chat",
          request: { model: "model", messages: "message", system: "preamble", tools: "tools" },
          response: {
            text: "text",
            toolCalls: "toolCalls",
            id: "generationId",
            finishReasons: "finishReason",
            usage: { input: "meta.tokens.inputTokens", output: "meta.tokens.outputTokens", totalIsSum: true },
          },
        },
        {
          path: "chatStream",
          operation: "chat",
          request: { model: "model", messages: "message", system: "preamble", tools: "tools" },
          response: {},
          streaming: true,
          streamSpan: { endsWith: "chunks", collector: "cohereStreamEvents" },
        },
      ],
    },
  ],
};
