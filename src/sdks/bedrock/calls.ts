import type { SdkDescriptor } from "../types/calls";

export const bedrock: SdkDescriptor = {
  id: "bedrock",
  displayName: "AWS Bedrock Runtime",
  modules: ["@aws-sdk/client-bedrock-runtime"],
  system: "aws.bedrock",
  providerHints: [{ system: "aws.bedrock", hosts: [/bedrock(-runtime)?\.[a-z0-9-]+\.amazonaws\.com$/] }],
  parameterContainers: ["inferenceConfig"],
  toolDefinitionPrefixes: ["toolSpec."],
  entries: [{ export: "BedrockRuntimeClient", how: "construct", produces: "bedrock.client" }],
  kinds: [
    {
      id: "bedrock.client",
      operations: [
        {
          path: "send",
          command: "ConverseCommand",
          operation: "chat",
          request: { model: "modelId", messages: "messages", system: "system", tools: "toolConfig.tools" },
          response: {
            text: "output.message.content[?text].text",
            toolCalls: "output.message.content[?toolUse].toolUse",
            finishReasons: "stopReason",
            id: "$metadata.requestId",
            usage: { input: "usage.inputTokens", output: "usage.outputTokens", total: "usage.totalTokens" },
          },
        },
        {
          path: "send",
          command: "ConverseStreamCommand",
          operation: "chat",
          request: { model: "modelId", messages: "messages", system: "system", tools: "toolConfig.tools" },
          // The events' text, tool calls, stop reason and usage are the collector's; the result has the request id.
          response: { id: "$metadata.requestId" },
          streaming: true,
          streamSpan: { endsWith: "chunks", collector: "bedrockConverseChunks", field: "stream" },
        },
        {
          path: "send",
          command: "InvokeModelCommand",
          operation: "chat",
          request: { model: "modelId" },
          response: { id: "$metadata.requestId" },
        },
        {
          path: "send",
          command: "InvokeModelWithResponseStreamCommand",
          operation: "chat",
          request: { model: "modelId" },
          // The chunks are the invoked model's own events (the collector knows the families); the result has the request id.
          response: { id: "$metadata.requestId" },
          streaming: true,
          streamSpan: { endsWith: "chunks", collector: "bedrockInvokeChunks", field: "body" },
        },
      ],
    },
  ],
};
