import { ANTHROPIC_AUTO } from "../sentry-node-integrations";
import type { ResponseShape, SdkDescriptor, StreamSpan } from "../types/calls";

const AUTO = ANTHROPIC_AUTO;

const REQUEST = { model: "model", messages: "messages", system: "system", tools: "tools", streamFlag: "stream" };

/**
 * Anthropic's input_tokens leave out cache reads and writes; Sentry counts them in (as its SDKs do). The
 * SDK's `Usage` type has the cache fields from 0.33.0 on; reading them on an older one does not type-check.
 */
export const MESSAGE: ResponseShape = {
  text: "content[type=text].text",
  toolCalls: "content[type=tool_use]",
  model: "model",
  id: "id",
  finishReasons: "stop_reason",
  usage: {
    input: "usage.input_tokens",
    inputAlsoCounts: ["usage.cache_read_input_tokens", "usage.cache_creation_input_tokens"],
    output: "usage.output_tokens",
    totalIsSum: true,
  },
  usageBeforeVersion: {
    module: "@anthropic-ai/sdk",
    version: "0.33.0",
    usage: { input: "usage.input_tokens", output: "usage.output_tokens", totalIsSum: true },
  },
};

/** `stream: true`: message_start / content_block_delta / message_delta events. */
const RAW_STREAM: StreamSpan = { endsWith: "chunks", collector: "anthropicStreamEvents" };
/** `messages.stream()`: the SDK's final `Message` arrives with `finalMessage`. */
const HELPER_STREAM: StreamSpan = { endsWith: "event", event: "finalMessage", parameter: "message" };

export const anthropic: SdkDescriptor = {
  id: "anthropic",
  displayName: "Anthropic",
  modules: ["@anthropic-ai/sdk", "@anthropic-ai/bedrock-sdk", "@anthropic-ai/vertex-sdk"],
  system: "anthropic",
  sentryClientWrappers: ["instrumentAnthropicAiClient"],
  providerHints: [{ system: "anthropic", hosts: [/(^|\.)anthropic\.com$/] }],
  entries: [
    { export: "default", how: "construct", produces: "anthropic.client" },
    { export: "Anthropic", how: "construct", produces: "anthropic.client" },
    { export: "AnthropicBedrock", how: "construct", produces: "anthropic.client", system: "aws.bedrock" },
    { export: "AnthropicVertex", how: "construct", produces: "anthropic.client", system: "gcp.vertex_ai" },
  ],
  kinds: [
    {
      id: "anthropic.client",
      operations: [
        {
          path: "messages.create",
          operation: "chat",
          request: REQUEST,
          response: MESSAGE,
          streamSpan: RAW_STREAM,
          autoInstrumentedBy: AUTO,
        },
        { path: "messages.parse", operation: "chat", request: REQUEST, response: MESSAGE },
        {
          path: "beta.messages.create",
          operation: "chat",
          request: REQUEST,
          response: MESSAGE,
          streamSpan: RAW_STREAM,
          autoInstrumentedBy: AUTO,
        },
        { path: "beta.messages.parse", operation: "chat", request: REQUEST, response: MESSAGE },
        {
          path: "messages.stream",
          operation: "chat",
          request: REQUEST,
          response: MESSAGE,
          streaming: true,
          streamSpan: HELPER_STREAM,
        },
        {
          path: "beta.messages.stream",
          operation: "chat",
          request: REQUEST,
          response: MESSAGE,
          streaming: true,
          streamSpan: HELPER_STREAM,
        },
        {
          path: "beta.messages.toolRunner",
          operation: "chat",
          request: REQUEST,
          response: {},
          streaming: true,
          streamingManualReason:
            "the runner makes one model call per tool round: start a gen_ai.invoke_agent span around the loop, and record " +
            "each message it yields in a gen_ai.chat span of its own",
        },
      ],
    },
  ],
};
