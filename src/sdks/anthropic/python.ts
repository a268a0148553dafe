import { MESSAGE } from "./calls";
import { MESSAGE_EVENTS_STREAM, MESSAGE_STREAM_BLOCK } from "./python-stream";
import { PY_AUTO } from "../sentry-python-integrations";
import type { PyRequestShape, PySdkDescriptor } from "../types/python";

const REQUEST: PyRequestShape = {
  model: { keyword: "model" },
  messages: { keyword: "messages" },
  system: { keyword: "system" },
  tools: { keyword: "tools" },
  streamFlag: "stream",
  params: true,
};

const auto = PY_AUTO.anthropic;

export const anthropicPy: PySdkDescriptor = {
  id: "anthropic",
  displayName: "Anthropic",
  modules: ["anthropic"],
  system: "anthropic",
  entries: [
    { export: "Anthropic", how: "construct", produces: "anthropic.client" },
    { export: "AsyncAnthropic", how: "construct", produces: "anthropic.client", async: true },
    { export: "AnthropicBedrock", how: "construct", produces: "anthropic.client", system: "aws.bedrock" },
    {
      export: "AsyncAnthropicBedrock",
      how: "construct",
      produces: "anthropic.client",
      system: "aws.bedrock",
      async: true,
    },
    { export: "AnthropicVertex", how: "construct", produces: "anthropic.client", system: "gcp.vertex_ai" },
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
      operations: [
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
      ],
    },
  ],
};
