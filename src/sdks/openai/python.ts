import { CHAT_COMPLETION, EMBEDDINGS, RESPONSES } from "./calls";
import { CHAT_CHUNKS_STREAM, CHAT_COMPLETION_STREAM_BLOCK, RESPONSE_STREAM_BLOCK } from "./python-stream";
import type { ResponseShape } from "../types/calls";
import { PY_AUTO } from "../sentry-python-integrations";
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

/**
 * `with_raw_response.<method>(...)` returns a `LegacyAPIResponse`: its `parse()` builds the usual response object
 * once and caches it (the app's own `parse()` then gets the same object), so the span reads the response through
 * it. A streamed raw response is left for manual work: its `parse()` is the stream.
 */
function throughParse(shape: ResponseShape): ResponseShape {
  const at = (path: string | undefined): string | undefined => (path === undefined ? undefined : `parse().${path}`);
  const usage = shape.usage && {
    ...shape.usage,
    input: at(shape.usage.input),
    output: at(shape.usage.output),
    total: at(shape.usage.total),
    inputAlsoCounts: shape.usage.inputAlsoCounts?.map((path) => `parse().${path}`),
    outputAlsoCounts: shape.usage.outputAlsoCounts?.map((path) => `parse().${path}`),
  };
  return {
    text: at(shape.text),
    toolCalls: at(shape.toolCalls),
    model: at(shape.model),
    id: at(shape.id),
    finishReasons: at(shape.finishReasons),
    usage,
  };
}

/** The raw-response forms of the non-streaming operations; Sentry's integration still spans the `create` it calls. */
const RAW_RESPONSE_OPERATIONS: PyOperation[] = OPENAI_CLIENT_OPERATIONS.filter(
  (operation) => !operation.streaming && !operation.path.startsWith("beta."),
).map(({ path, operation, request, response, autoInstrumentedBy }) => {
  const dot = path.lastIndexOf(".");
  return {
    path: `${path.slice(0, dot)}.with_raw_response${path.slice(dot)}`,
    operation,
    request,
    response: throughParse(response),
    autoInstrumentedBy,
  };
});

export const openaiPy: PySdkDescriptor = {
  id: "openai",
  displayName: "OpenAI",
  modules: ["openai"],
  system: "openai",
  baseUrlKeywords: ["base_url"],
  entries: [
    { export: "", how: "value", produces: "openai.client" },
    { export: "OpenAI", how: "construct", produces: "openai.client" },
    { export: "AsyncOpenAI", how: "construct", produces: "openai.client", async: true },
    { export: "AzureOpenAI", how: "construct", produces: "openai.client", system: "azure.ai.openai" },
    { export: "AsyncAzureOpenAI", how: "construct", produces: "openai.client", system: "azure.ai.openai", async: true },
  ],
  kinds: [
    {
      id: "openai.client",
      operations: [...OPENAI_CLIENT_OPERATIONS, ...RAW_RESPONSE_OPERATIONS],
      factories: [
        { path: "with_options", produces: "openai.client", carries: true },
        { path: "copy", produces: "openai.client", carries: true },
      ],
    },
  ],
};
