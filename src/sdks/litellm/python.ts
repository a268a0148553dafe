import type { ResponseShape } from "../types/calls";
import { CHAT_COMPLETION } from "../openai-compatible";
import { PY_AUTO } from "../sentry-python-integrations";
import type { PyOperation, PyRequestShape, PySdkDescriptor } from "../types/python";

/** LiteLLM answers in the OpenAI shape whatever the provider (`ModelResponse`). */
const COMPLETION: ResponseShape = CHAT_COMPLETION;

const REQUEST: PyRequestShape = {
  model: { keyword: "model", position: 0 },
  messages: { keyword: "messages", position: 1 },
  tools: { keyword: "tools" },
  streamFlag: "stream",
  params: true,
};

const EMBEDDING: ResponseShape = {
  model: "model",
  usage: { input: "usage.prompt_tokens", total: "usage.total_tokens" },
};
const EMBEDDING_REQUEST: PyRequestShape = {
  model: { keyword: "model", position: 0 },
  embeddingsInput: { keyword: "input", position: 1 },
};

const auto = PY_AUTO.litellm;

const operations = (path: (name: string) => string): PyOperation[] => [
  { path: path("completion"), operation: "chat", request: REQUEST, response: COMPLETION, autoInstrumentedBy: auto },
  {
    path: path("acompletion"),
    operation: "chat",
    request: REQUEST,
    response: COMPLETION,
    async: true,
    autoInstrumentedBy: auto,
  },
  {
    path: path("embedding"),
    operation: "embeddings",
    request: EMBEDDING_REQUEST,
    response: EMBEDDING,
    autoInstrumentedBy: auto,
  },
  {
    path: path("aembedding"),
    operation: "embeddings",
    request: EMBEDDING_REQUEST,
    response: EMBEDDING,
    async: true,
    autoInstrumentedBy: auto,
  },
];

export const litellmPy: PySdkDescriptor = {
  id: "litellm",
  displayName: "LiteLLM",
  modules: ["litellm"],
  providerFromModel: "slash",
  entries: [
    ...operations(() => "").map((operation, index) => ({
      export: ["completion", "acompletion", "embedding", "aembedding"][index],
      how: "call" as const,
      operation,
    })),
    { export: "Router", how: "construct", produces: "litellm.router" },
  ],
  kinds: [{ id: "litellm.router", operations: operations((name) => name) }],
};
