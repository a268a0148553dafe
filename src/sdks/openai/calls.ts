import { CHAT_COMPLETION, EMBEDDINGS, openAiCompatibleOperations, RESPONSES } from "../openai-compatible";
import type { SdkDescriptor } from "../types/calls";

export { CHAT_COMPLETION, EMBEDDINGS, RESPONSES };

export const openai: SdkDescriptor = {
  id: "openai",
  displayName: "OpenAI",
  modules: ["openai"],
  system: "openai",
  baseUrlOptions: ["baseURL", "baseUrl"],
  sentryClientWrappers: ["instrumentOpenAiClient"],
  providerHints: [{ system: "azure.ai.openai", hosts: [/(^|\.)openai\.azure\.com$/] }],
  toolDefinitionPrefixes: ["function."],
  entries: [
    { export: "default", how: "construct", produces: "openai.client" },
    { export: "OpenAI", how: "construct", produces: "openai.client" },
    { export: "AzureOpenAI", how: "construct", produces: "openai.client", system: "azure.ai.openai" },
  ],
  kinds: [{ id: "openai.client", operations: openAiCompatibleOperations(true) }],
};
