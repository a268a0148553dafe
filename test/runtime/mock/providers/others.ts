// Providers with their own (non-OpenAI) wire formats: Cohere v2 and v1, Ollama, Bedrock Converse, ConverseStream and
// InvokeModelWithResponseStream.
import { field } from "../json";
import { bodyModel, jsonReply, MockCall, MockReply, MockRoute, postTo, streamReply } from "../route";
import { bedrockConverseStream, bedrockInvokeStream } from "../streams/bedrock";
import { cohereChatStream, cohereV1ChatStream, cohereV1Response } from "../streams/cohere";
import { OLLAMA_CREATED_AT, ollamaChatStream, ollamaGenerateStream } from "../streams/ollama";
import { asksForStream } from "../streams/sse";
import { MOCK_EMBEDDING, MOCK_USAGE } from "../usage";

export const cohereRoutes: MockRoute[] = [
  {
    provider: "cohere",
    operation: "chat",
    matches: postTo("/v2/chat"),
    model: bodyModel,
    reply: (call) => {
      if (asksForStream(call.request.body)) return streamReply(cohereChatStream(call));
      const toolCall = call.toolCall;
      return jsonReply({
        id: `cohere-mock-${call.hash}`,
        finish_reason: toolCall ? "TOOL_CALL" : "COMPLETE",
        message: {
          role: "assistant",
          ...(toolCall
            ? {
                tool_plan: `call ${toolCall.name}`,
                tool_calls: [
                  {
                    id: toolCall.id,
                    type: "function",
                    function: { name: toolCall.name, arguments: JSON.stringify(toolCall.arguments) },
                  },
                ],
              }
            : { content: [{ type: "text", text: call.replyText }] }),
        },
        usage: MOCK_USAGE.cohere,
      });
    },
    error: (message) => ({ status: 500, body: { message } }),
  },
  {
    // v1 (`CohereClient`): `{ model, message }`; the stream is newline-delimited JSON.
    provider: "cohere",
    operation: "chat.v1",
    matches: postTo("/v1/chat"),
    model: bodyModel,
    reply: (call) =>
      asksForStream(call.request.body) ? streamReply(cohereV1ChatStream(call)) : jsonReply(cohereV1Response(call)),
    error: (message) => ({ status: 500, body: { message } }),
  },
];

const ollamaError = (message: string) => ({ status: 500, body: { error: message } });

function ollamaChat(call: MockCall): object {
  const toolCall = call.toolCall;
  return {
    model: call.responseModel,
    created_at: OLLAMA_CREATED_AT,
    message: {
      role: "assistant",
      content: toolCall ? "" : call.replyText,
      ...(toolCall && { tool_calls: [{ function: { name: toolCall.name, arguments: toolCall.arguments } }] }),
    },
    done: true,
    done_reason: "stop",
    total_duration: 1000,
    load_duration: 100,
    prompt_eval_duration: 200,
    eval_duration: 300,
    ...MOCK_USAGE.ollama,
  };
}

export const ollamaRoutes: MockRoute[] = [
  {
    provider: "ollama",
    operation: "chat",
    matches: postTo("/api/chat"),
    model: bodyModel,
    reply: (call) =>
      asksForStream(call.request.body) ? streamReply(ollamaChatStream(call)) : jsonReply(ollamaChat(call)),
    error: ollamaError,
  },
  {
    provider: "ollama",
    operation: "generate",
    matches: postTo("/api/generate"),
    model: bodyModel,
    reply: (call) =>
      asksForStream(call.request.body)
        ? streamReply(ollamaGenerateStream(call))
        : jsonReply({
            model: call.responseModel,
            created_at: OLLAMA_CREATED_AT,
            response: call.replyText,
            done: true,
            done_reason: "stop",
            context: [1, 2, 3],
            total_duration: 1000,
            ...MOCK_USAGE.ollama,
          }),
    error: ollamaError,
  },
  {
    provider: "ollama",
    operation: "embed",
    matches: postTo("/api/embed"),
    model: bodyModel,
    reply: (call) => {
      const input = field(call.request.body, "input");
      const count = Array.isArray(input) ? input.length : 1;
      return jsonReply({
        model: call.responseModel,
        embeddings: Array.from({ length: count }, () => MOCK_EMBEDDING),
        total_duration: 1000,
        ...MOCK_USAGE.ollamaEmbed,
      });
    },
    error: ollamaError,
  },
];

const BEDROCK_CONVERSE_PATH = /^\/model\/([^/]+)\/converse$/;
const BEDROCK_CONVERSE_STREAM_PATH = /^\/model\/([^/]+)\/converse-stream$/;
const BEDROCK_INVOKE_STREAM_PATH = /^\/model\/([^/]+)\/invoke-with-response-stream$/;

const bedrockError = (message: string): MockReply => ({
  status: 500,
  body: { message },
  headers: { "x-amzn-errortype": "InternalServerException:http://internal.amazon.com/coral/" },
});

export const bedrockRoutes: MockRoute[] = [
  {
    provider: "bedrock",
    operation: "converse",
    matches: (request) => request.method === "POST" && BEDROCK_CONVERSE_PATH.test(request.path),
    model: (request) => decodeURIComponent(BEDROCK_CONVERSE_PATH.exec(request.path)?.[1] ?? ""),
    reply: (call) => {
      const toolCall = call.toolCall;
      return jsonReply(
        {
          output: {
            message: {
              role: "assistant",
              content: toolCall
                ? [{ toolUse: { toolUseId: toolCall.id, name: toolCall.name, input: toolCall.arguments } }]
                : [{ text: call.replyText }],
            },
          },
          stopReason: toolCall ? "tool_use" : "end_turn",
          usage: MOCK_USAGE.bedrock,
          metrics: { latencyMs: 42 },
        },
        // Converse has no response id or model in the body; the request id header is all there is.
        { "x-amzn-requestid": `bedrock-mock-${call.hash}` },
      );
    },
    error: bedrockError,
  },
  {
    provider: "bedrock",
    operation: "converse-stream",
    matches: (request) => request.method === "POST" && BEDROCK_CONVERSE_STREAM_PATH.test(request.path),
    model: (request) => decodeURIComponent(BEDROCK_CONVERSE_STREAM_PATH.exec(request.path)?.[1] ?? ""),
    reply: (call) => streamReply(bedrockConverseStream(call), { "x-amzn-requestid": `bedrock-mock-${call.hash}` }),
    error: bedrockError,
  },
  {
    // The request body is the invoked model's own (here Anthropic's `messages`), which the prompt reader knows.
    provider: "bedrock",
    operation: "invoke-with-response-stream",
    matches: (request) => request.method === "POST" && BEDROCK_INVOKE_STREAM_PATH.test(request.path),
    model: (request) => decodeURIComponent(BEDROCK_INVOKE_STREAM_PATH.exec(request.path)?.[1] ?? ""),
    reply: (call) => streamReply(bedrockInvokeStream(call), { "x-amzn-requestid": `bedrock-mock-${call.hash}` }),
    error: bedrockError,
  },
];
