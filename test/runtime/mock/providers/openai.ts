// OpenAI wire format (openai-node, LangChain ChatOpenAI, AI SDK @ai-sdk/openai), plus the
// chat-completions shape that OpenAI-compatible providers (Mistral, Groq) share.
import { field, stringField } from "../json";
import {
  bodyModel,
  jsonReply,
  MOCK_CREATED_SECONDS,
  MockCall,
  MockReply,
  MockRequest,
  MockRoute,
  postTo,
  streamReply,
} from "../route";
import {
  chatCompletionChunkStream,
  chatReplyText,
  completionChunkStream,
  responseEventStream,
} from "../streams/openai";
import { asksForStream } from "../streams/sse";
import { MOCK_EMBEDDING, MOCK_USAGE } from "../usage";

export function openAiError(message: string): MockReply {
  return { status: 500, body: { error: { message, type: "server_error", param: null, code: null } } };
}

/** A chat.completion object; `usage` differs per provider using this shape. */
export function chatCompletion(call: MockCall, usage: object, idPrefix: string): object {
  const toolCall = call.toolCall;
  return {
    id: `${idPrefix}${call.hash}`,
    object: "chat.completion",
    created: MOCK_CREATED_SECONDS,
    model: call.responseModel,
    choices: [
      {
        index: 0,
        message: {
          role: "assistant",
          content: toolCall ? null : chatReplyText(call),
          refusal: null,
          ...(toolCall && {
            tool_calls: [
              {
                id: toolCall.id,
                type: "function",
                function: { name: toolCall.name, arguments: JSON.stringify(toolCall.arguments) },
              },
            ],
          }),
        },
        logprobs: null,
        finish_reason: toolCall ? "tool_calls" : "stop",
      },
    ],
    usage,
  };
}

function isMistralClient(request: MockRequest): boolean {
  // Mistral's SDK drops any path prefix of serverURL (it resolves "/v1/..." against the base), so
  // its chat requests share OpenAI's path; its user agent (`mistral-client-typescript/<version>`,
  // or `x-mistral-user-agent` where user-agent cannot be set) tells them apart.
  const agent = request.headers["user-agent"] ?? request.headers["x-mistral-user-agent"] ?? "";
  return agent.startsWith("mistral-client-");
}

const chatCompletions: MockRoute = {
  provider: "openai",
  operation: "chat.completions",
  matches: (request) => postTo("/v1/chat/completions")(request) && !isMistralClient(request),
  model: bodyModel,
  reply: (call) =>
    asksForStream(call.request.body)
      ? streamReply(
          chatCompletionChunkStream(call, {
            idPrefix: "chatcmpl-mock-",
            usage: MOCK_USAGE.openaiChat,
            usagePlacement: "include_usage",
          }),
        )
      : jsonReply(chatCompletion(call, MOCK_USAGE.openaiChat, "chatcmpl-mock-")),
  error: openAiError,
};

const responses: MockRoute = {
  provider: "openai",
  operation: "responses",
  matches: postTo("/v1/responses"),
  model: bodyModel,
  reply: (call) =>
    asksForStream(call.request.body)
      ? streamReply(responseEventStream(call, responseObject(call)))
      : jsonReply(responseObject(call)),
  error: openAiError,
};

function responseObject(call: MockCall): object {
  const toolCall = call.toolCall;
  const output = toolCall
    ? {
        type: "function_call",
        id: `fc_mock_${call.hash}`,
        call_id: toolCall.id,
        name: toolCall.name,
        arguments: JSON.stringify(toolCall.arguments),
        status: "completed",
      }
    : {
        type: "message",
        id: `msg_mock_${call.hash}`,
        status: "completed",
        role: "assistant",
        content: [{ type: "output_text", text: call.replyText, annotations: [] }],
      };
  return {
    id: `resp_mock_${call.hash}`,
    object: "response",
    created_at: MOCK_CREATED_SECONDS,
    status: "completed",
    error: null,
    incomplete_details: null,
    instructions: stringField(call.request.body, "instructions") ?? null,
    model: call.responseModel,
    output: [output],
    parallel_tool_calls: true,
    tool_choice: "auto",
    tools: [],
    usage: MOCK_USAGE.openaiResponses,
  };
}

const embeddings: MockRoute = {
  provider: "openai",
  operation: "embeddings",
  matches: postTo("/v1/embeddings"),
  model: bodyModel,
  reply: (call) => {
    const input = field(call.request.body, "input");
    const count = Array.isArray(input) ? input.length : 1;
    // openai-node asks for base64 unless the caller chose a format, then decodes it itself.
    const base64 = field(call.request.body, "encoding_format") === "base64";
    const embedding = base64 ? Buffer.from(new Float32Array(MOCK_EMBEDDING).buffer).toString("base64") : MOCK_EMBEDDING;
    return jsonReply({
      object: "list",
      data: Array.from({ length: count }, (_, index) => ({ object: "embedding", index, embedding })),
      model: call.responseModel,
      usage: MOCK_USAGE.openaiEmbeddings,
    });
  },
  error: openAiError,
};

const completions: MockRoute = {
  provider: "openai",
  operation: "completions",
  matches: postTo("/v1/completions"),
  model: bodyModel,
  reply: (call) =>
    asksForStream(call.request.body)
      ? streamReply(completionChunkStream(call, MOCK_USAGE.openaiCompletions))
      : jsonReply({
          id: `cmpl-mock-${call.hash}`,
          object: "text_completion",
          created: MOCK_CREATED_SECONDS,
          model: call.responseModel,
          choices: [{ index: 0, text: call.replyText, logprobs: null, finish_reason: "stop" }],
          usage: MOCK_USAGE.openaiCompletions,
        }),
  error: openAiError,
};

export const openAiRoutes: MockRoute[] = [chatCompletions, responses, embeddings, completions];

export const mistralRoutes: MockRoute[] = [
  {
    provider: "mistral",
    operation: "chat.complete",
    matches: (request) => postTo("/v1/chat/completions")(request) && isMistralClient(request),
    model: bodyModel,
    reply: (call) =>
      asksForStream(call.request.body)
        ? streamReply(
            chatCompletionChunkStream(call, {
              idPrefix: "mistral-mock-",
              usage: MOCK_USAGE.mistral,
              usagePlacement: "last-chunk",
            }),
          )
        : jsonReply(chatCompletion(call, MOCK_USAGE.mistral, "mistral-mock-")),
    error: (message) => ({ status: 500, body: { object: "error", message, type: "internal_error", code: 500 } }),
  },
];

export const groqRoutes: MockRoute[] = [
  {
    provider: "groq",
    operation: "chat.completions",
    matches: postTo("/openai/v1/chat/completions"),
    model: bodyModel,
    reply: (call) => jsonReply(chatCompletion(call, MOCK_USAGE.groq, "chatcmpl-groq-mock-")),
    error: openAiError,
  },
];
