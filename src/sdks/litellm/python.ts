import type { ResponseShape } from "../types/calls";
import { CHAT_COMPLETION } from "../openai-compatible";
import { PY_AUTO } from "../sentry-python-integrations";
import { OPENAI_CHAT_CHUNKS } from "../openai-compatible-python";
import type { PyOperation, PyRequestShape, PySdkDescriptor, PyStreamShape } from "../types/python";

/** LiteLLM answers in the OpenAI shape whatever the provider (`ModelResponse`). */
const COMPLETION: ResponseShape = CHAT_COMPLETION;

const REQUEST: PyRequestShape = {
  model: { keyword: "model", position: 0 },
  messages: { keyword: "messages", position: 1 },
  tools: { keyword: "tools" },
  streamFlag: "stream",
  params: true,
};

/**
 * `completion(..., stream=True)` / `await acompletion(..., stream=True)` return a `CustomStreamWrapper`,
 * iterated with `for` or `async for`, whose chunks are OpenAI-format `ModelResponseStream`s; usage is in
 * the last chunk only when the request asks for it (`stream_options={"include_usage": True}`).
 */
const CHUNKS: PyStreamShape = { collector: OPENAI_CHAT_CHUNKS };

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
  {
    path: path("completion"),
    operation: "chat",
    request: REQUEST,
    response: COMPLETION,
    autoInstrumentedBy: auto,
    stream: CHUNKS,
  },
  {
    path: path("acompletion"),
    operation: "chat",
    request: REQUEST,
    response: COMPLETION,
    async: true,
    autoInstrumentedBy: auto,
    stream: CHUNKS,
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
