import { MESSAGE } from "./calls";
import { MESSAGE_EVENTS_STREAM, MESSAGE_STREAM_BLOCK } from "./python-stream";
import { PY_AUTO } from "../sentry-python-integrations";
import { rawResponseForm } from "../python-raw-response";
import type { PyOperation, PyRequestShape, PySdkDescriptor } from "../types/python";

const REQUEST: PyRequestShape = {
  model: { keyword: "model" },
  messages: { keyword: "messages" },
  system: { keyword: "system" },
  tools: { keyword: "tools" },
  streamFlag: "stream",
  params: true,
};

const auto = PY_AUTO.anthropic;

/** The operations of every client, sync or async. */
const CLIENT_OPERATIONS: PyOperation[] = [
  {
    path: "messages.create",
    operation: "chat",
    request: REQUEST,
    response: MESSAGE,
    autoInstrumentedBy: auto,
    stream: MESSAGE_EVENTS_STREAM,
  },
  { path: "messages.parse", operation: "chat", request: REQUEST, response: MESSAGE },
  { path: "beta.messages.create", operation: "chat", request: REQUEST, response: MESSAGE },
  { path: "beta.messages.parse", operation: "chat", request: REQUEST, response: MESSAGE },
  {
    path: "messages.stream",
    operation: "chat",
    request: REQUEST,
    response: {},
    streaming: true,
    streamBlock: MESSAGE_STREAM_BLOCK,
  },
  {
    path: "beta.messages.stream",
    operation: "chat",
    request: REQUEST,
    response: {},
    streaming: true,
    streamBlock: MESSAGE_STREAM_BLOCK,
  },
  { path: "beta.messages.tool_runner", operation: "chat", request: REQUEST, response: {}, streaming: true },
];

/**
 * A sync client's raw-response forms (`client.beta.messages.with_raw_response.create(...)`), read through their
 * cached sync `parse()`. An async client's are left out: in anthropic 2.x its `parse()` is a coroutine.
 */
const SYNC_RAW_RESPONSE_OPERATIONS: PyOperation[] = CLIENT_OPERATIONS.filter(
  (operation) => !operation.streaming && !operation.streamBlock && operation.path.endsWith(".create"),
).map(rawResponseForm);

export const anthropicPy: PySdkDescriptor = {
  id: "anthropic",
  displayName: "Anthropic",
  // the clients' own modules too (`from anthropic.lib.vertex import AnthropicVertex`)
  modules: ["anthropic", "anthropic.lib.bedrock", "anthropic.lib.vertex", "anthropic._client"],
  system: "anthropic",
  entries: [
    { export: "Anthropic", how: "construct", produces: "anthropic.sync-client" },
    { export: "AsyncAnthropic", how: "construct", produces: "anthropic.client", async: true },
    { export: "AnthropicBedrock", how: "construct", produces: "anthropic.sync-client", system: "aws.bedrock" },
    {
      export: "AsyncAnthropicBedrock",
      how: "construct",
      produces: "anthropic.client",
      system: "aws.bedrock",
      async: true,
    },
    { export: "AnthropicVertex", how: "construct", produces: "anthropic.sync-client", system: "gcp.vertex_ai" },
    {
      export: "AsyncAnthropicVertex",
      how: "construct",
      produces: "anthropic.client",
      system: "gcp.vertex_ai",
      async: true,
    },
  ],
  kinds: [
    {
      id: "anthropic.client",
      factories: [{ path: "with_options", produces: "anthropic.client", carries: true }],
      operations: CLIENT_OPERATIONS,
    },
    {
      id: "anthropic.sync-client",
      factories: [{ path: "with_options", produces: "anthropic.sync-client", carries: true }],
      operations: [...CLIENT_OPERATIONS, ...SYNC_RAW_RESPONSE_OPERATIONS],
    },
  ],
};
