import type { SdkDescriptor } from "../types/calls";
import { CHAT_COMPLETION } from "../openai-compatible";

export const mistral: SdkDescriptor = {
  id: "mistral",
  displayName: "Mistral",
  modules: ["@mistralai/mistralai"],
  system: "mistral_ai",
  sentryClientWrappers: ["instrumentMistralAiClient"],
  providerHints: [{ system: "mistral_ai", hosts: [/(^|\.)mistral\.ai$/] }],
  entries: [
    { export: "Mistral", how: "construct", produces: "mistral.client" },
    { export: "default", how: "construct", produces: "mistral.v0" },
    { export: "MistralClient", how: "construct", produces: "mistral.v0" },
  ],
  kinds: [
    {
      id: "mistral.client",
      operations: [
        {
          path: "chat.complete",
          operation: "chat",
          request: { model: "model", messages: "messages", tools: "tools", streamFlag: "stream" },
          response: {
            text: "choices[].message.content",
            toolCalls: "choices[0].message.toolCalls",
            model: "model",
            id: "id",
            finishReasons: "choices[].finishReason",
            usage: { input: "usage.promptTokens", output: "usage.completionTokens", total: "usage.totalTokens" },
          },
        },
        {
          path: "chat.stream",
          operation: "chat",
          request: { model: "model", messages: "messages", tools: "tools" },
          response: {},
          streaming: true,
          streamSpan: { endsWith: "chunks", collector: "mistralChunks" },
        },
        {
          path: "embeddings.create",
          operation: "embeddings",
          request: { model: "model", embeddingsInput: "inputs" },
          response: { model: "model", id: "id", usage: { input: "usage.promptTokens", total: "usage.totalTokens" } },
        },
      ],
    },
    {
      id: "mistral.v0",
      operations: [
        {
          path: "chat",
          operation: "chat",
          request: { model: "model", messages: "messages", tools: "tools" },
          response: CHAT_COMPLETION,
        },
        { path: "chatStream", operation: "chat", request: { model: "model" }, response: {}, streaming: true },
      ],
    },
  ],
};
