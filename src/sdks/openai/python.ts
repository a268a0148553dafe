import { CHAT_COMPLETION, EMBEDDINGS, RESPONSES } from "./calls";
import { CHAT_CHUNKS_STREAM, CHAT_COMPLETION_STREAM_BLOCK, RESPONSE_STREAM_BLOCK } from "./python-stream";
import type { ResponseShape } from "../types/calls";
import { PY_AUTO } from "../sentry-python-integrations";
import { rawResponseForm } from "../python-raw-response";
import type { PyOperation, PyRequestShape, PySdkDescriptor } from "../types/python";

const CHAT_REQUEST: PyRequestShape = {
  model: { keyword: "model" },
  messages: { keyword: "messages" },
  tools: { keyword: "tools" },
  streamFlag: "stream",
  params: true,
};

const RESPONSES_REQUEST: PyRequestShape = {
  model: { keyword: "model" },
  prompt: { keyword: "input" },
  system: { keyword: "instructions" },
  tools: { keyword: "tools" },
  streamFlag: "stream",
  params: true,
};

const STREAM: ResponseShape = {};
const auto = PY_AUTO.openai;

/** The client surface of `openai` 1.x (sync and async clients share the paths). */
export const OPENAI_CLIENT_OPERATIONS: PyOperation[] = [
  {
    path: "chat.completions.create",
    operation: "chat",
    request: CHAT_REQUEST,
    response: CHAT_COMPLETION,
    autoInstrumentedBy: auto,
    stream: CHAT_CHUNKS_STREAM,
  },
  { path: "chat.completions.parse", operation: "chat", request: CHAT_REQUEST, response: CHAT_COMPLETION },
  { path: "beta.chat.completions.parse", operation: "chat", request: CHAT_REQUEST, response: CHAT_COMPLETION },
  {
    path: "chat.completions.stream",
    operation: "chat",
    request: CHAT_REQUEST,
    response: STREAM,
    streaming: true,
    streamBlock: CHAT_COMPLETION_STREAM_BLOCK,
  },
  {
    path: "beta.chat.completions.stream",
    operation: "chat",
    request: CHAT_REQUEST,
    response: STREAM,
    streaming: true,
    streamBlock: CHAT_COMPLETION_STREAM_BLOCK,
  },
  {
    path: "responses.create",
    operation: "chat",
    request: RESPONSES_REQUEST,
    response: RESPONSES,
    autoInstrumentedBy: auto,
  },
  { path: "responses.parse", operation: "chat", request: RESPONSES_REQUEST, response: RESPONSES },
  {
    path: "responses.stream",
    operation: "chat",
    request: RESPONSES_REQUEST,
    response: STREAM,
    streaming: true,
    streamBlock: RESPONSE_STREAM_BLOCK,
  },
  {
    path: "embeddings.create",
    operation: "embeddings",
    request: { model: { keyword: "model" }, embeddingsInput: { keyword: "input" } },
    response: EMBEDDINGS,
    autoInstrumentedBy: auto,
  },
  {
    path: "completions.create",
    operation: "text_completion",
    request: { model: { keyword: "model" }, prompt: { keyword: "prompt" }, streamFlag: "stream", params: true },
    response: { ...CHAT_COMPLETION, text: "choices[].text", toolCalls: undefined },
    autoInstrumentedBy: auto,
  },
];

/** The raw-response forms of the non-streaming operations; Sentry's integration still spans the `create` it calls. */
// openai's raw response is a `LegacyAPIResponse`, whose `parse()` is sync for the async clients too.
const RAW_RESPONSE_OPERATIONS: PyOperation[] = OPENAI_CLIENT_OPERATIONS.filter(
  (operation) => !operation.streaming && !operation.path.startsWith("beta."),
).map(rawResponseForm);

export const openaiPy: PySdkDescriptor = {
  id: "openai",
  displayName: "OpenAI",
  // the clients' own modules, which examples import from too (`from openai.lib.azure import AzureOpenAI`)
  modules: ["openai", "openai.lib.azure", "openai._client", "openai.providers"],
  system: "openai",
  baseUrlKeywords: ["base_url"],
  entries: [
    { export: "", how: "value", produces: "openai.client" },
    { export: "OpenAI", how: "construct", produces: "openai.client" },
    { export: "AsyncOpenAI", how: "construct", produces: "openai.client", async: true },
    { export: "AzureOpenAI", how: "construct", produces: "openai.client", system: "azure.ai.openai" },
    { export: "AsyncAzureOpenAI", how: "construct", produces: "openai.client", system: "azure.ai.openai", async: true },
    // `OpenAI(provider=bedrock(region=...))`: the provider the client's requests go to
    { export: "bedrock", how: "construct", system: "aws.bedrock" },
    { export: "vertex", how: "construct", system: "gcp.vertex_ai" },
  ],
  kinds: [
    {
      id: "openai.client",
      providerAtCreation: [{ keyword: "provider" }],
      operations: [...OPENAI_CLIENT_OPERATIONS, ...RAW_RESPONSE_OPERATIONS],
      factories: [
        { path: "with_options", produces: "openai.client", carries: true },
        { path: "copy", produces: "openai.client", carries: true },
      ],
    },
  ],
};
