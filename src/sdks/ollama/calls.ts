import type { SdkDescriptor, UsageShape } from "../types/calls";

const USAGE: UsageShape = { input: "prompt_eval_count", output: "eval_count", totalIsSum: true };

export const ollama: SdkDescriptor = {
  id: "ollama",
  displayName: "Ollama",
  modules: ["ollama", "ollama/browser"],
  system: "ollama",
  /** A local server on its default port behind an OpenAI-compatible client is Ollama. */
  providerHints: [{ system: "ollama", localPort: 11434 }],
  parameterContainers: ["options"],
  entries: [
    { export: "default", how: "value", produces: "ollama.client" },
    { export: "Ollama", how: "construct", produces: "ollama.client" },
  ],
  kinds: [
    {
      id: "ollama.client",
      operations: [
        {
          path: "chat",
          operation: "chat",
          request: { model: "model", messages: "messages", tools: "tools", streamFlag: "stream" },
          response: {
            text: "message.content",
            toolCalls: "message.tool_calls",
            model: "model",
            finishReasons: "done_reason",
            usage: USAGE,
          },
          streamSpan: { endsWith: "chunks", collector: "ollamaChunks" },
        },
        {
          path: "generate",
          operation: "text_completion",
          request: { model: "model", prompt: "prompt", system: "system", streamFlag: "stream" },
          response: { text: "response", model: "model", finishReasons: "done_reason", usage: USAGE },
          streamSpan: { endsWith: "chunks", collector: "ollamaChunks" },
        },
        {
          path: "embed",
          operation: "embeddings",
          request: { model: "model", embeddingsInput: "input" },
          response: { model: "model", usage: { input: "prompt_eval_count" } },
        },
      ],
    },
  ],
};
