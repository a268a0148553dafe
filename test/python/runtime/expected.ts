// What every Python program returns against the mock, and the gen_ai spans its instrumented copy must send,
// in start order. Token numbers come from the mock's table (mock/usage.ts), where no number is used twice.
import {
  MIDSTREAM_FAILURE_AFTER_EVENTS,
  MOCK_EMBEDDING,
  MOCK_USAGE,
  mockReplyText,
  mockResponseModel,
  textDeltas,
} from "../../runtime/mock-llm-server";

export interface ExpectedSpan {
  op: string;
  name: string;
  /** Name of the parent span; the root (`runtime-test`) when left out. */
  parent?: string;
  status?: "ok" | "error";
  /** Must all be present with these values (exact, or a jest matcher). */
  data: Record<string, unknown>;
  /** gen_ai.* keys that must be missing. */
  absent?: string[];
  /**
   * The codemod records a wrong value for these keys (see README.md); their check runs as `test.failing`
   * until src/ is fixed, then fails as "passed unexpectedly": move the key back into `data`'s normal check.
   */
  knownBugs?: Record<string, { expected: unknown; why: string }>;
}

export interface ExpectedProgram {
  /** Call sites the CLI wraps (one site may give several spans: a call in a loop, a dispatch site). */
  sites: number;
  result: unknown;
  stdout?: string;
  spans: ExpectedSpan[];
}

/** json.dumps with Python's default separators, which is how the emitted `_sentry_json` writes values. */
export function pyJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pyJson).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}: ${pyJson(item)}`)
      .join(", ")}}`;
  }
  return JSON.stringify(value);
}

const reply = mockReplyText;
const replyText = (userText: string): string => pyJson([reply(userText)]);
const id = (prefix: string): RegExp => new RegExp(`^${prefix}[0-9a-f]{8}$`);

function usage(input: number, output: number | undefined, total: number): Record<string, number> {
  return {
    "gen_ai.usage.input_tokens": input,
    ...(output !== undefined && { "gen_ai.usage.output_tokens": output }),
    "gen_ai.usage.total_tokens": total,
  };
}

const { openaiChat: chatUsage, openaiResponses: responsesUsage, anthropic, google } = MOCK_USAGE;
const OPENAI_CHAT_USAGE = usage(chatUsage.prompt_tokens, chatUsage.completion_tokens, chatUsage.total_tokens);
const RESPONSES_USAGE = usage(responsesUsage.input_tokens, responsesUsage.output_tokens, responsesUsage.total_tokens);
/** An agent run's usage is the sum over its `requests` model calls. */
const responsesUsageTimes = (requests: number): Record<string, number> =>
  usage(
    responsesUsage.input_tokens * requests,
    responsesUsage.output_tokens * requests,
    responsesUsage.total_tokens * requests,
  );
// Anthropic's input_tokens leave out cache reads and writes; gen_ai.usage.input_tokens counts them.
const ANTHROPIC_INPUT =
  anthropic.input_tokens + anthropic.cache_read_input_tokens + anthropic.cache_creation_input_tokens;
const ANTHROPIC_USAGE = usage(ANTHROPIC_INPUT, anthropic.output_tokens, ANTHROPIC_INPUT + anthropic.output_tokens);
const GOOGLE_USAGE = usage(google.promptTokenCount, google.candidatesTokenCount, google.totalTokenCount);

const RESPONSE_KEYS = [
  "gen_ai.response.text",
  "gen_ai.response.tool_calls",
  "gen_ai.response.model",
  "gen_ai.response.id",
  "gen_ai.response.finish_reasons",
  "gen_ai.usage.input_tokens",
  "gen_ai.usage.output_tokens",
  "gen_ai.usage.total_tokens",
];

function openAiChat(model: string, messages: unknown, extra: Record<string, unknown> = {}): ExpectedSpan {
  const userText = [...(messages as Array<{ role: string; content: string }>)]
    .reverse()
    .find((m) => m.role === "user")!.content;
  return {
    op: "gen_ai.chat",
    name: `chat ${model}`,
    status: "ok",
    data: {
      "gen_ai.operation.name": "chat",
      "gen_ai.system": "openai",
      "gen_ai.request.model": model,
      "gen_ai.request.messages": pyJson(messages),
      "gen_ai.response.text": replyText(userText),
      "gen_ai.response.model": mockResponseModel(model),
      "gen_ai.response.id": id("chatcmpl-mock-"),
      "gen_ai.response.finish_reasons": pyJson(["stop"]),
      ...OPENAI_CHAT_USAGE,
      ...extra,
    },
    absent: ["gen_ai.response.tool_calls"],
  };
}

function openAiResponses(model: string, input: string, extra: Record<string, unknown> = {}): ExpectedSpan {
  return {
    op: "gen_ai.chat",
    name: `chat ${model}`,
    status: "ok",
    data: {
      "gen_ai.operation.name": "chat",
      "gen_ai.system": "openai",
      "gen_ai.request.model": model,
      "gen_ai.request.messages": pyJson(input),
      "gen_ai.response.text": replyText(input),
      "gen_ai.response.model": mockResponseModel(model),
      "gen_ai.response.id": id("resp_mock_"),
      "gen_ai.response.finish_reasons": pyJson(["completed"]),
      ...RESPONSES_USAGE,
      ...extra,
    },
  };
}

/** A call to `error-model`: the mock answers HTTP 500; the span is errored and has no response data. */
function failedChat(
  system: string,
  model: string,
  messages: unknown,
  extra: Record<string, unknown> = {},
): ExpectedSpan {
  return {
    op: "gen_ai.chat",
    name: `chat ${model}`,
    status: "error",
    data: {
      "gen_ai.operation.name": "chat",
      "gen_ai.system": system,
      "gen_ai.request.model": model,
      "gen_ai.request.messages": pyJson(messages),
      ...extra,
    },
    absent: RESPONSE_KEYS,
  };
}

const user = (content: string): { role: string; content: string } => ({ role: "user", content });

function tool(name: string, input: unknown, output: unknown, parent: string, description?: string): ExpectedSpan {
  return {
    op: "gen_ai.execute_tool",
    name: `execute_tool ${name}`,
    parent,
    status: "ok",
    data: {
      "gen_ai.operation.name": "execute_tool",
      "gen_ai.tool.name": name,
      ...(description && { "gen_ai.tool.description": description }),
      "gen_ai.tool.input": pyJson(input),
      "gen_ai.tool.output": pyJson(output),
    },
  };
}

const HAND_ROLLED_TASK = "Refund order A1";
const handRolledChat = (finish: string, text?: string): ExpectedSpan => ({
  op: "gen_ai.chat",
  name: "chat gpt-4o-agent",
  parent: "invoke_agent SupportAgent",
  status: "ok",
  data: {
    "gen_ai.operation.name": "chat",
    "gen_ai.system": "openai",
    "gen_ai.request.model": "gpt-4o-agent",
    "gen_ai.request.available_tools": expect.stringContaining('"name": "lookup_order"'),
    "gen_ai.request.messages": expect.stringContaining(pyJson(user(HAND_ROLLED_TASK))),
    ...(text
      ? { "gen_ai.response.text": replyText(text) }
      : { "gen_ai.response.tool_calls": expect.stringMatching(/^\[\{"id": "call_mock_/) }),
    "gen_ai.response.model": mockResponseModel("gpt-4o-agent"),
    "gen_ai.response.finish_reasons": pyJson([finish]),
    ...OPENAI_CHAT_USAGE,
  },
  absent: [text ? "gen_ai.response.tool_calls" : "gen_ai.response.text"],
});

export const EXPECTED: Record<string, ExpectedProgram> = {
  "openai-no-model": {
    sites: 2,
    result: { created: reply("No model here"), failed: "InternalServerError" },
    spans: [
      {
        // named `chat` at start; the response's model names it and stands for the requested one
        ...openAiResponses(mockResponseModel("gpt-4.1"), "No model here"),
        data: {
          ...openAiResponses(mockResponseModel("gpt-4.1"), "No model here").data,
          "gen_ai.response.model": mockResponseModel("gpt-4.1"),
        },
      },
      {
        // no response: the span keeps the operation's name, with no requested model
        op: "gen_ai.chat",
        name: "chat",
        status: "error",
        data: {
          "gen_ai.operation.name": "chat",
          "gen_ai.system": "openai",
          "gen_ai.request.messages": pyJson("No model fails"),
        },
        absent: ["gen_ai.request.model", "gen_ai.response.model"],
      },
    ],
  },
  "openai-sync": {
    sites: 5,
    result: {
      chat: reply("Hello there"),
      respond: reply("Why trace?"),
      embed: [MOCK_EMBEDDING, MOCK_EMBEDDING],
      raw: { status: 200, text: reply("Raw please") },
      error: "InternalServerError",
    },
    stdout: `chat: ${reply("What is a span?")}\n`,
    spans: [
      openAiChat("gpt-4o-mini", [{ role: "system", content: "Be brief." }, user("What is a span?")], {
        "gen_ai.request.temperature": 0.5,
        "gen_ai.request.max_tokens": 64,
      }),
      openAiChat("gpt-4o-mini", [{ role: "system", content: "Be brief." }, user("Hello there")]),
      openAiResponses("gpt-4.1-mini", "Why trace?", { "gen_ai.system_instructions": "Answer in one line." }),
      {
        op: "gen_ai.embeddings",
        name: "embeddings text-embedding-3-small",
        status: "ok",
        data: {
          "gen_ai.operation.name": "embeddings",
          "gen_ai.system": "openai",
          "gen_ai.request.model": "text-embedding-3-small",
          "gen_ai.embeddings.input": pyJson(["alpha", "beta"]),
          "gen_ai.response.model": mockResponseModel("text-embedding-3-small"),
          ...usage(MOCK_USAGE.openaiEmbeddings.prompt_tokens, undefined, MOCK_USAGE.openaiEmbeddings.total_tokens),
        },
        absent: ["gen_ai.request.messages", "gen_ai.usage.output_tokens"],
      },
      // with_raw_response: the same chat span, read through the raw response's cached parse().
      openAiChat("gpt-4o-mini", [user("Raw please")]),
      failedChat("openai", "error-model", [user("Fail please")]),
    ],
  },
  streaming: {
    sites: 7,
    result: {
      chat: reply("Stream hello"),
      first: "stopped",
      broken: "APIConnectionError",
      async: reply("Async stream"),
      claude: reply("Stream Claude"),
      completion_block: reply("Manager hello"),
      claude_block: textDeltas(reply("Manager Claude"))[0],
    },
    spans: [
      {
        // read to the end; usage only because the request asks for it (stream_options.include_usage)
        ...openAiChat("gpt-4o", [user("Stream hello")], { "gen_ai.response.streaming": true }),
        absent: ["gen_ai.response.tool_calls"],
      },
      {
        // the loop breaks after the first text: the span ends when the stream is freed, with what was read
        op: "gen_ai.chat",
        name: "chat gpt-4o-mini",
        status: "ok",
        data: {
          "gen_ai.response.streaming": true,
          "gen_ai.response.model": mockResponseModel("gpt-4o-mini"),
          "gen_ai.response.text": pyJson([textDeltas(reply("Stream and stop"))[0]]),
        },
        absent: ["gen_ai.response.finish_reasons", "gen_ai.usage.input_tokens", "gen_ai.usage.output_tokens"],
      },
      {
        // the connection drops after a few events: error status, the text that arrived before
        op: "gen_ai.chat",
        name: "chat error-midstream-model",
        status: "error",
        data: {
          "gen_ai.request.model": "error-midstream-model",
          "gen_ai.response.text": pyJson([
            textDeltas(reply("Stream and fail"))
              .slice(0, MIDSTREAM_FAILURE_AFTER_EVENTS - 1)
              .join(""),
          ]),
        },
        absent: ["gen_ai.response.finish_reasons", "gen_ai.usage.input_tokens"],
      },
      {
        // no include_usage: no usage in the stream, so none on the span
        op: "gen_ai.chat",
        name: "chat gpt-4o",
        status: "ok",
        data: {
          "gen_ai.system": "openai",
          "gen_ai.request.messages": pyJson([user("Async stream")]),
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": replyText("Async stream"),
          "gen_ai.response.id": id("chatcmpl-mock-"),
          "gen_ai.response.finish_reasons": pyJson(["stop"]),
        },
        absent: ["gen_ai.usage.input_tokens", "gen_ai.usage.output_tokens", "gen_ai.usage.total_tokens"],
      },
      {
        op: "gen_ai.chat",
        name: "chat claude-3-5-haiku-latest",
        status: "ok",
        data: {
          "gen_ai.operation.name": "chat",
          "gen_ai.system": "anthropic",
          "gen_ai.request.model": "claude-3-5-haiku-latest",
          "gen_ai.request.max_tokens": 64,
          "gen_ai.request.messages": pyJson([user("Stream Claude")]),
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": replyText("Stream Claude"),
          "gen_ai.response.model": mockResponseModel("claude-3-5-haiku-latest"),
          "gen_ai.response.id": id("msg_mock_"),
          "gen_ai.response.finish_reasons": pyJson(["end_turn"]),
          ...ANTHROPIC_USAGE,
        },
      },
      {
        // `with ....stream() as stream:`: the snapshot when the block exits, read like a response
        ...openAiChat("gpt-4o", [user("Manager hello")], { "gen_ai.response.streaming": true }),
        data: (({
          "gen_ai.usage.input_tokens": _i,
          "gen_ai.usage.output_tokens": _o,
          "gen_ai.usage.total_tokens": _t,
          ...data
        }) => data)(openAiChat("gpt-4o", [user("Manager hello")], { "gen_ai.response.streaming": true }).data),
        absent: ["gen_ai.response.tool_calls", "gen_ai.usage.input_tokens"],
      },
      {
        // the block returns after the first text: what the snapshot holds then, input usage from message_start
        op: "gen_ai.chat",
        name: "chat claude-3-5-haiku-latest",
        status: "ok",
        data: {
          "gen_ai.system": "anthropic",
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": pyJson([textDeltas(reply("Manager Claude"))[0]]),
          "gen_ai.response.id": id("msg_mock_"),
          "gen_ai.usage.input_tokens": ANTHROPIC_INPUT,
        },
        absent: ["gen_ai.response.finish_reasons", "gen_ai.response.tool_calls"],
      },
    ],
  },
  "litellm-stream": {
    sites: 6,
    result: {
      chat: reply("LiteLLM stream"),
      async: reply("LiteLLM async stream"),
      loop: reply("LiteLLM loop"),
      first: "stopped",
      broken: "MidStreamFallbackError",
      refused: "InternalServerError",
    },
    spans: [
      {
        // usage in the last chunk, because the request asks for it (stream_options.include_usage)
        ...openAiChat("openai/gpt-4o", [user("LiteLLM stream")], { "gen_ai.response.streaming": true }),
        // LiteLLM's stream chunks name the model it was asked for, without the provider prefix
        data: {
          ...openAiChat("openai/gpt-4o", [user("LiteLLM stream")], { "gen_ai.response.streaming": true }).data,
          "gen_ai.response.model": "gpt-4o",
        },
      },
      {
        // acompletion read with `async for`; no include_usage, so no usage in the stream and none on the span
        op: "gen_ai.chat",
        name: "chat openai/gpt-4o-mini",
        status: "ok",
        data: {
          "gen_ai.system": "openai",
          "gen_ai.request.messages": pyJson([user("LiteLLM async stream")]),
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": replyText("LiteLLM async stream"),
          "gen_ai.response.id": id("chatcmpl-mock-"),
          "gen_ai.response.finish_reasons": pyJson(["stop"]),
        },
        absent: [
          "gen_ai.usage.input_tokens",
          "gen_ai.usage.output_tokens",
          "gen_ai.usage.total_tokens",
          "gen_ai.response.tool_calls",
        ],
      },
      {
        // `for chunk in completion(..., stream=True):` wrapped where it stands
        op: "gen_ai.chat",
        name: "chat openai/gpt-4o",
        status: "ok",
        data: {
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": replyText("LiteLLM loop"),
          "gen_ai.response.finish_reasons": pyJson(["stop"]),
        },
      },
      {
        // left with `break` after the first text: the span ends when the stream is freed, with what was read
        op: "gen_ai.chat",
        name: "chat openai/gpt-4o-mini",
        status: "ok",
        data: {
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": pyJson([textDeltas(reply("LiteLLM stop"))[0]]),
        },
        absent: ["gen_ai.response.finish_reasons", "gen_ai.usage.input_tokens"],
      },
      {
        // the connection drops after a few events: error status, the text that arrived before
        op: "gen_ai.chat",
        name: "chat openai/error-midstream-model",
        status: "error",
        data: {
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": pyJson([
            textDeltas(reply("LiteLLM fail"))
              .slice(0, MIDSTREAM_FAILURE_AFTER_EVENTS - 1)
              .join(""),
          ]),
        },
        absent: ["gen_ai.response.finish_reasons", "gen_ai.usage.input_tokens"],
      },
      // HTTP 500 at the call: the span ends at once, errored
      failedChat("openai", "openai/error-model", [user("LiteLLM refuse")], { "gen_ai.response.streaming": true }),
    ],
  },
  "google-genai-stream": {
    sites: 5,
    result: {
      text: reply("Stream Gemini"),
      first: "stopped",
      async: reply("Async Gemini stream"),
      chat: reply("Gemini chat stream"),
      broken: "RemoteProtocolError",
    },
    spans: [
      {
        // the first chunk carries a partial usage, the last the final numbers: the last wins
        op: "gen_ai.chat",
        name: "chat gemini-2.0-flash",
        status: "ok",
        data: {
          "gen_ai.operation.name": "chat",
          "gen_ai.system": "gcp.gemini",
          "gen_ai.request.model": "gemini-2.0-flash",
          "gen_ai.request.messages": pyJson("Stream Gemini"),
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": replyText("Stream Gemini"),
          "gen_ai.response.model": mockResponseModel("gemini-2.0-flash"),
          "gen_ai.response.id": id("google-mock-"),
          "gen_ai.response.finish_reasons": pyJson(["STOP"]),
          ...GOOGLE_USAGE,
        },
        absent: ["gen_ai.response.tool_calls"],
      },
      {
        // left with `break` after the first chunk: its text, and the prompt count that chunk carried
        op: "gen_ai.chat",
        name: "chat gemini-2.5-flash",
        status: "ok",
        data: {
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": pyJson([textDeltas(reply("Gemini stop"))[0]]),
          "gen_ai.usage.input_tokens": google.promptTokenCount,
        },
        absent: ["gen_ai.response.finish_reasons", "gen_ai.usage.output_tokens"],
      },
      {
        // `async for chunk in await client.aio.models.generate_content_stream(...)`
        op: "gen_ai.chat",
        name: "chat gemini-2.5-pro",
        status: "ok",
        data: {
          "gen_ai.request.messages": pyJson("Async Gemini stream"),
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": replyText("Async Gemini stream"),
          "gen_ai.response.model": mockResponseModel("gemini-2.5-pro"),
          "gen_ai.response.finish_reasons": pyJson(["STOP"]),
          ...GOOGLE_USAGE,
        },
      },
      {
        // a chat's send_message_stream: the model from chats.create, the message as the prompt
        op: "gen_ai.chat",
        name: "chat gemini-2.0-flash-chat",
        status: "ok",
        data: {
          "gen_ai.request.model": "gemini-2.0-flash-chat",
          "gen_ai.request.messages": pyJson("Gemini chat stream"),
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": replyText("Gemini chat stream"),
          ...GOOGLE_USAGE,
        },
      },
      {
        op: "gen_ai.chat",
        name: "chat error-midstream-model",
        status: "error",
        data: {
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": pyJson([
            textDeltas(reply("Gemini fail")).slice(0, MIDSTREAM_FAILURE_AFTER_EVENTS).join(""),
          ]),
        },
        absent: ["gen_ai.response.finish_reasons", "gen_ai.usage.output_tokens"],
      },
    ],
  },
  "langchain-stream": {
    sites: 4,
    result: {
      stream: reply("LangChain stream"),
      astream: reply("LangChain astream"),
      first: "stopped",
      broken: "OpenAIConnectionError",
    },
    spans: [
      {
        // stream_usage=True: the usage chunk's usage_metadata
        op: "gen_ai.chat",
        name: "chat gpt-4o-mini",
        status: "ok",
        data: {
          "gen_ai.operation.name": "chat",
          "gen_ai.system": "openai",
          "gen_ai.request.model": "gpt-4o-mini",
          "gen_ai.request.messages": pyJson("LangChain stream"),
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": replyText("LangChain stream"),
          "gen_ai.response.model": mockResponseModel("gpt-4o-mini"),
          "gen_ai.response.finish_reasons": pyJson(["stop"]),
          ...OPENAI_CHAT_USAGE,
        },
        // a streamed AIMessageChunk's id is LangChain's run id, and response_metadata holds no provider id
        absent: ["gen_ai.response.id", "gen_ai.response.tool_calls"],
      },
      {
        // astream without stream_usage: no usage in the stream, none on the span
        op: "gen_ai.chat",
        name: "chat gpt-4o",
        status: "ok",
        data: {
          "gen_ai.request.messages": pyJson([["user", "LangChain astream"]]),
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": replyText("LangChain astream"),
          "gen_ai.response.model": mockResponseModel("gpt-4o"),
          "gen_ai.response.finish_reasons": pyJson(["stop"]),
        },
        absent: ["gen_ai.usage.input_tokens", "gen_ai.usage.output_tokens", "gen_ai.usage.total_tokens"],
      },
      {
        op: "gen_ai.chat",
        name: "chat gpt-4o-mini",
        status: "ok",
        data: {
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": pyJson([textDeltas(reply("LangChain stop"))[0]]),
        },
        absent: ["gen_ai.response.finish_reasons", "gen_ai.usage.input_tokens"],
      },
      {
        op: "gen_ai.chat",
        name: "chat error-midstream-model",
        status: "error",
        data: {
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": pyJson([
            textDeltas(reply("LangChain fail"))
              .slice(0, MIDSTREAM_FAILURE_AFTER_EVENTS - 1)
              .join(""),
          ]),
        },
        absent: ["gen_ai.response.finish_reasons", "gen_ai.usage.input_tokens"],
      },
    ],
  },
  "langchain-events": {
    sites: 3,
    result: { text: reply("LangChain events"), first: "stopped", broken: "OpenAIConnectionError" },
    spans: [
      {
        // text from on_chat_model_stream; model, finish reason and usage (stream_usage=True) from on_chat_model_end
        op: "gen_ai.chat",
        name: "chat gpt-4o-mini",
        status: "ok",
        data: {
          "gen_ai.operation.name": "chat",
          "gen_ai.system": "openai",
          "gen_ai.request.model": "gpt-4o-mini",
          "gen_ai.request.messages": pyJson("LangChain events"),
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": replyText("LangChain events"),
          "gen_ai.response.model": mockResponseModel("gpt-4o-mini"),
          "gen_ai.response.finish_reasons": pyJson(["stop"]),
          ...OPENAI_CHAT_USAGE,
        },
        absent: ["gen_ai.response.id", "gen_ai.response.tool_calls"],
      },
      {
        // left with `break` after the first text: no on_chat_model_end, so the text read and nothing else
        op: "gen_ai.chat",
        name: "chat gpt-4o-mini",
        status: "ok",
        data: {
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": pyJson([textDeltas(reply("LangChain events stop"))[0]]),
        },
        absent: ["gen_ai.response.model", "gen_ai.response.finish_reasons", "gen_ai.usage.input_tokens"],
      },
      {
        op: "gen_ai.chat",
        name: "chat error-midstream-model",
        status: "error",
        data: {
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": pyJson([
            textDeltas(reply("LangChain events fail"))
              .slice(0, MIDSTREAM_FAILURE_AFTER_EVENTS - 1)
              .join(""),
          ]),
        },
        absent: ["gen_ai.response.finish_reasons", "gen_ai.usage.input_tokens"],
      },
    ],
  },
  "stream-managers": {
    // `hoisted` is one site, called twice
    sites: 10,
    result: {
      response_events: reply("Responses stream"),
      response_final: reply("Responses final"),
      response_first: "stopped",
      response_broken: "APIConnectionError",
      completion_async: reply("Async manager"),
      claude_async: reply("Async Claude manager"),
      claude_async_first: "stopped",
      response_async: reply("Async responses"),
      response_async_broken: "APIConnectionError",
      hoisted: reply("Built question"),
      hoisted_fails: "no question",
    },
    spans: [
      // `with client.responses.stream(...)`: the parsed final response when the block exits
      openAiResponses("gpt-4.1", "Responses stream", { "gen_ai.response.streaming": true }),
      openAiResponses("gpt-4.1-mini", "Responses final", { "gen_ai.response.streaming": true }),
      {
        // left after the first text: the snapshot being built, still in progress, without usage
        op: "gen_ai.chat",
        name: "chat gpt-4.1",
        status: "ok",
        data: {
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": pyJson([textDeltas(reply("Responses stop"))[0]]),
          "gen_ai.response.model": mockResponseModel("gpt-4.1"),
          "gen_ai.response.id": id("resp_mock_"),
          "gen_ai.response.finish_reasons": pyJson(["in_progress"]),
        },
        absent: ["gen_ai.usage.input_tokens", "gen_ai.usage.output_tokens", "gen_ai.usage.total_tokens"],
      },
      {
        // the connection drops before any text: error status, no text
        op: "gen_ai.chat",
        name: "chat error-midstream-model",
        status: "error",
        data: { "gen_ai.request.model": "error-midstream-model", "gen_ai.response.streaming": true },
        absent: ["gen_ai.response.text", "gen_ai.usage.input_tokens"],
      },
      // `async with` managers
      openAiChat("gpt-4o", [user("Async manager")], { "gen_ai.response.streaming": true }),
      {
        op: "gen_ai.chat",
        name: "chat claude-3-5-haiku-latest",
        status: "ok",
        data: {
          "gen_ai.operation.name": "chat",
          "gen_ai.system": "anthropic",
          "gen_ai.request.model": "claude-3-5-haiku-latest",
          "gen_ai.request.max_tokens": 64,
          "gen_ai.request.messages": pyJson([user("Async Claude manager")]),
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": replyText("Async Claude manager"),
          "gen_ai.response.model": mockResponseModel("claude-3-5-haiku-latest"),
          "gen_ai.response.id": id("msg_mock_"),
          "gen_ai.response.finish_reasons": pyJson(["end_turn"]),
          ...ANTHROPIC_USAGE,
        },
      },
      {
        // left after the first text: what the snapshot holds then, input usage from message_start
        op: "gen_ai.chat",
        name: "chat claude-3-5-haiku-latest",
        status: "ok",
        data: {
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": pyJson([textDeltas(reply("Async Claude stop"))[0]]),
          "gen_ai.usage.input_tokens": ANTHROPIC_INPUT,
        },
        absent: ["gen_ai.response.finish_reasons"],
      },
      openAiResponses("gpt-4.1", "Async responses", { "gen_ai.response.streaming": true }),
      {
        op: "gen_ai.chat",
        name: "chat error-midstream-model",
        status: "error",
        data: { "gen_ai.request.model": "error-midstream-model", "gen_ai.response.streaming": true },
        absent: ["gen_ai.response.text", "gen_ai.usage.input_tokens"],
      },
      {
        // `messages=build_messages(question)` is hoisted before the call; no include_usage, so no usage
        op: "gen_ai.chat",
        name: "chat gpt-4o-mini",
        status: "ok",
        data: {
          "gen_ai.request.messages": pyJson([user("Built question")]),
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": replyText("Built question"),
          "gen_ai.response.finish_reasons": pyJson(["stop"]),
        },
        absent: ["gen_ai.usage.input_tokens"],
      },
      {
        // the hoisted `build_messages("")` raises: the started span ends errored, the app gets its ValueError
        op: "gen_ai.chat",
        name: "chat gpt-4o-mini",
        status: "error",
        data: {
          "gen_ai.operation.name": "chat",
          "gen_ai.system": "openai",
          "gen_ai.request.model": "gpt-4o-mini",
          "gen_ai.response.streaming": true,
        },
        absent: ["gen_ai.request.messages", "gen_ai.response.text", "gen_ai.response.model"],
      },
    ],
  },
  "openai-async": {
    sites: 2,
    result: { chat: reply("Async hello"), respond: reply("Async why") },
    spans: [openAiChat("gpt-4o", [user("Async hello")]), openAiResponses("gpt-4.1", "Async why")],
  },
  "anthropic-messages": {
    sites: 4,
    result: {
      ask: reply("Hi Claude"),
      tools: [expect.objectContaining({ type: "tool_use", name: "get_weather", input: { city: "Paris" } })],
      raw: { status: 200, text: reply("Raw Claude") },
      error: "InternalServerError",
    },
    spans: [
      {
        op: "gen_ai.chat",
        name: "chat claude-3-5-haiku-latest",
        status: "ok",
        data: {
          "gen_ai.operation.name": "chat",
          "gen_ai.system": "anthropic",
          "gen_ai.request.model": "claude-3-5-haiku-latest",
          "gen_ai.request.max_tokens": 256,
          "gen_ai.request.messages": pyJson([user("Hi Claude")]),
          "gen_ai.system_instructions": "You are terse.",
          "gen_ai.response.text": replyText("Hi Claude"),
          "gen_ai.response.model": mockResponseModel("claude-3-5-haiku-latest"),
          "gen_ai.response.id": id("msg_mock_"),
          "gen_ai.response.finish_reasons": pyJson(["end_turn"]),
          ...ANTHROPIC_USAGE,
        },
        absent: ["gen_ai.response.tool_calls"],
      },
      {
        op: "gen_ai.chat",
        name: "chat claude-tool-model",
        status: "ok",
        data: {
          "gen_ai.system": "anthropic",
          "gen_ai.request.model": "claude-tool-model",
          "gen_ai.request.available_tools": expect.stringContaining('"name": "get_weather"'),
          "gen_ai.response.tool_calls": expect.stringMatching(
            /^\[\{"id": "call_mock_[0-9a-f]{8}", .*"input": \{"city": "Paris"\}, "name": "get_weather", "type": "tool_use"/,
          ),
          "gen_ai.response.finish_reasons": pyJson(["tool_use"]),
          ...ANTHROPIC_USAGE,
        },
        absent: ["gen_ai.response.text"],
      },
      {
        // with_raw_response: the span reads the message through the raw response's cached parse()
        op: "gen_ai.chat",
        name: "chat claude-raw-model",
        status: "ok",
        data: {
          "gen_ai.system": "anthropic",
          "gen_ai.request.model": "claude-raw-model",
          "gen_ai.request.max_tokens": 64,
          "gen_ai.request.messages": pyJson([user("Raw Claude")]),
          "gen_ai.response.text": replyText("Raw Claude"),
          "gen_ai.response.model": mockResponseModel("claude-raw-model"),
          "gen_ai.response.id": id("msg_mock_"),
          "gen_ai.response.finish_reasons": pyJson(["end_turn"]),
          ...ANTHROPIC_USAGE,
        },
      },
      failedChat("anthropic", "error-model", [user("Break")], { "gen_ai.request.max_tokens": 16 }),
    ],
  },
  "google-genai": {
    sites: 3,
    result: { generate: reply("Tell me about Gemini"), async: reply("Async Gemini"), embed: [MOCK_EMBEDDING] },
    spans: [
      {
        op: "gen_ai.chat",
        name: "chat gemini-2.0-flash",
        status: "ok",
        data: {
          "gen_ai.operation.name": "chat",
          "gen_ai.system": "gcp.gemini",
          "gen_ai.request.model": "gemini-2.0-flash",
          "gen_ai.request.messages": pyJson("Tell me about Gemini"),
          "gen_ai.response.text": replyText("Tell me about Gemini"),
          "gen_ai.response.model": mockResponseModel("gemini-2.0-flash"),
          "gen_ai.response.id": id("google-mock-"),
          "gen_ai.response.finish_reasons": pyJson(["STOP"]),
          // read at run time from config=: a str is recorded as it is, not JSON-encoded
          "gen_ai.system_instructions": "Be brief.",
          ...GOOGLE_USAGE,
        },
        absent: ["gen_ai.response.tool_calls"],
      },
      {
        op: "gen_ai.chat",
        name: "chat gemini-2.5-pro",
        status: "ok",
        data: {
          "gen_ai.system": "gcp.gemini",
          "gen_ai.request.model": "gemini-2.5-pro",
          "gen_ai.request.messages": pyJson("Async Gemini"),
          "gen_ai.response.text": replyText("Async Gemini"),
          "gen_ai.response.model": mockResponseModel("gemini-2.5-pro"),
          ...GOOGLE_USAGE,
        },
      },
      {
        op: "gen_ai.embeddings",
        name: "embeddings text-embedding-004",
        status: "ok",
        data: {
          "gen_ai.operation.name": "embeddings",
          "gen_ai.system": "gcp.gemini",
          "gen_ai.request.model": "text-embedding-004",
          "gen_ai.embeddings.input": pyJson("embed me"),
        },
      },
    ],
  },
  "litellm-completion": {
    sites: 3,
    result: { ask: reply("LiteLLM hello"), async: reply("LiteLLM async"), error: "InternalServerError" },
    spans: [
      {
        ...openAiChat("openai/gpt-4o-mini", [user("LiteLLM hello")], { "gen_ai.request.temperature": 0 }),
        // The mock names the response model after the model it was sent (LiteLLM strips the provider prefix).
        data: {
          ...openAiChat("openai/gpt-4o-mini", [user("LiteLLM hello")], { "gen_ai.request.temperature": 0 }).data,
          "gen_ai.response.model": mockResponseModel("gpt-4o-mini"),
        },
      },
      {
        ...openAiChat("openai/gpt-4o", [user("LiteLLM async")]),
        data: {
          ...openAiChat("openai/gpt-4o", [user("LiteLLM async")]).data,
          "gen_ai.response.model": mockResponseModel("gpt-4o"),
        },
      },
      failedChat("openai", "openai/error-model", [user("Boom")]),
    ],
  },
  "langchain-chat": {
    sites: 2,
    result: {
      invoke: [reply("LangChain hello"), expect.stringMatching(id("chatcmpl-mock-"))],
      ainvoke: reply("LangChain async"),
    },
    spans: [
      {
        op: "gen_ai.chat",
        name: "chat gpt-4o-mini",
        status: "ok",
        data: {
          "gen_ai.operation.name": "chat",
          "gen_ai.system": "openai",
          "gen_ai.request.model": "gpt-4o-mini",
          "gen_ai.request.messages": pyJson("LangChain hello"),
          "gen_ai.response.text": replyText("LangChain hello"),
          "gen_ai.response.model": mockResponseModel("gpt-4o-mini"),
          "gen_ai.response.finish_reasons": pyJson(["stop"]),
          // the provider's id (response_metadata.id), not AIMessage.id (LangChain's run id, lc_run--...)
          "gen_ai.response.id": expect.stringMatching(id("chatcmpl-mock-")),
          ...OPENAI_CHAT_USAGE,
        },
        // an AIMessage without tool calls has tool_calls == []: nothing is recorded
        absent: ["gen_ai.response.tool_calls"],
      },
      {
        op: "gen_ai.chat",
        name: "chat gpt-4o-mini",
        status: "ok",
        data: {
          "gen_ai.request.messages": pyJson([["user", "LangChain async"]]),
          "gen_ai.response.text": replyText("LangChain async"),
          ...OPENAI_CHAT_USAGE,
        },
      },
    ],
  },
  "openai-agents-handoffs-set-later": {
    sites: 3,
    result: { final_output: reply("Weather in Madrid"), last_agent: "Spanish" },
    spans: [
      {
        op: "gen_ai.invoke_agent",
        name: "invoke_agent Triage",
        status: "ok",
        data: {
          "gen_ai.operation.name": "invoke_agent",
          "gen_ai.agent.name": "Triage",
          "gen_ai.request.model": "gpt-4o-agent",
          "gen_ai.request.messages": pyJson([user("Weather in Madrid")]),
          "gen_ai.response.text": replyText("Weather in Madrid"),
          // Three Responses calls: the tool call, the hand-off, the Spanish agent's answer.
          ...responsesUsageTimes(3),
        },
      },
      tool(
        "get_weather",
        { city: "Weather in Madrid" },
        "sunny in Weather in Madrid",
        "invoke_agent Triage",
        "Current weather for a city.",
      ),
      {
        op: "gen_ai.handoff",
        name: "handoff from Triage to Spanish",
        parent: "invoke_agent Triage",
        status: "ok",
        data: { "gen_ai.operation.name": "handoff" },
      },
    ],
  },
  "openai-agents-run": {
    // the triage run, its tool and hand-off; a run given input items rather than a str
    sites: 4,
    result: { final_output: reply("Weather in Madrid"), last_agent: "Spanish", items: reply("Hola") },
    spans: [
      {
        op: "gen_ai.invoke_agent",
        name: "invoke_agent Triage",
        status: "ok",
        data: {
          "gen_ai.operation.name": "invoke_agent",
          "gen_ai.agent.name": "Triage",
          "gen_ai.request.model": "gpt-4o-agent",
          // a str input is the user's one message
          "gen_ai.request.messages": pyJson([user("Weather in Madrid")]),
          "gen_ai.response.text": replyText("Weather in Madrid"),
          // Three Responses calls: the tool call, the hand-off, the Spanish agent's answer.
          ...responsesUsageTimes(3),
        },
      },
      tool(
        "get_weather",
        { city: "Weather in Madrid" },
        "sunny in Weather in Madrid",
        "invoke_agent Triage",
        "Current weather for a city.",
      ),
      {
        op: "gen_ai.handoff",
        name: "handoff from Triage to Spanish",
        parent: "invoke_agent Triage",
        status: "ok",
        data: { "gen_ai.operation.name": "handoff" },
      },
      {
        op: "gen_ai.invoke_agent",
        name: "invoke_agent Spanish",
        status: "ok",
        data: {
          "gen_ai.operation.name": "invoke_agent",
          "gen_ai.agent.name": "Spanish",
          "gen_ai.request.model": "gpt-4o-mini",
          // input items are recorded as given
          "gen_ai.request.messages": pyJson([user("Hola")]),
          "gen_ai.response.text": replyText("Hola"),
          ...responsesUsageTimes(1),
        },
      },
    ],
  },
  "openai-agents-gather": {
    // two runs in asyncio.gather, one in create_task: sibling spans under the root
    sites: 3,
    result: { es: reply("Hola"), fr: reply("Bonjour"), failure: "InternalServerError" },
    spans: [
      {
        op: "gen_ai.invoke_agent",
        name: "invoke_agent Spanish",
        status: "ok",
        data: {
          "gen_ai.request.messages": pyJson([user("Hola")]),
          "gen_ai.response.text": replyText("Hola"),
          ...responsesUsageTimes(1),
        },
      },
      {
        op: "gen_ai.invoke_agent",
        name: "invoke_agent Spanish",
        status: "ok",
        data: {
          "gen_ai.request.messages": pyJson([user("Bonjour")]),
          "gen_ai.response.text": replyText("Bonjour"),
          ...responsesUsageTimes(1),
        },
      },
      {
        op: "gen_ai.invoke_agent",
        name: "invoke_agent Failing",
        status: "error",
        data: { "gen_ai.request.messages": pyJson([user("Anything")]) },
        absent: ["gen_ai.response.text"],
      },
    ],
  },
  "openai-agents-stream": {
    // four `Runner.run_streamed` runs and the tool
    sites: 5,
    result: {
      read: { final_output: reply("Weather in Paris"), events: true },
      unread: reply("Weather in Oslo"),
      left: null,
      failure: "InternalServerError",
    },
    spans: [
      {
        op: "gen_ai.invoke_agent",
        name: "invoke_agent Weather",
        status: "ok",
        data: {
          "gen_ai.operation.name": "invoke_agent",
          "gen_ai.agent.name": "Weather",
          "gen_ai.request.model": "gpt-4o-agent",
          "gen_ai.request.messages": pyJson([user("Weather in Paris")]),
          "gen_ai.response.streaming": true,
          "gen_ai.response.text": replyText("Weather in Paris"),
          // Two Responses calls: the tool call, then the answer.
          ...responsesUsageTimes(2),
        },
      },
      tool(
        "get_weather",
        { city: "Weather in Paris" },
        "sunny in Weather in Paris",
        "invoke_agent Weather",
        "Current weather for a city.",
      ),
      {
        op: "gen_ai.invoke_agent",
        name: "invoke_agent Weather",
        status: "ok",
        data: {
          "gen_ai.request.messages": pyJson([user("Weather in Oslo")]),
          "gen_ai.response.text": replyText("Weather in Oslo"),
          ...responsesUsageTimes(2),
        },
      },
      tool(
        "get_weather",
        { city: "Weather in Oslo" },
        "sunny in Weather in Oslo",
        "invoke_agent Weather",
        "Current weather for a city.",
      ),
      {
        // cancelled after its first event: ended, not errored, and nothing read from the unfinished result
        op: "gen_ai.invoke_agent",
        name: "invoke_agent Weather",
        status: "ok",
        data: { "gen_ai.request.messages": pyJson([user("Weather in Rome")]), "gen_ai.response.streaming": true },
        absent: ["gen_ai.response.text", "gen_ai.usage.input_tokens"],
      },
      {
        op: "gen_ai.invoke_agent",
        name: "invoke_agent Failing",
        status: "error",
        data: { "gen_ai.request.model": "error-model", "gen_ai.request.messages": pyJson([user("Anything")]) },
        absent: ["gen_ai.response.text"],
      },
    ],
  },
  "pydantic-ai-agent": {
    sites: 3,
    result: { output: reply("Roll a die") },
    spans: [
      {
        op: "gen_ai.invoke_agent",
        name: "invoke_agent dice_agent",
        status: "ok",
        data: {
          "gen_ai.operation.name": "invoke_agent",
          "gen_ai.agent.name": "dice_agent",
          "gen_ai.request.model": "gpt-4o-agent",
          "gen_ai.request.messages": pyJson([{ role: "user", content: "Roll a die" }]),
          "gen_ai.response.text": replyText("Roll a die"),
          // pydantic-ai's "openai:" models use the Responses API: two tool calls, then the answer.
          ...responsesUsageTimes(3),
        },
      },
      tool(
        "roll_die",
        { sides: 42 },
        "too many sides",
        "invoke_agent dice_agent",
        "Roll a die with the given number of sides.",
      ),
      tool("greet", { greeting: "Roll a die" }, "Roll a die, Anne", "invoke_agent dice_agent", "Greet the player."),
    ],
  },
  "custom-agent-declared-name": {
    sites: 2,
    result: { answer: "answer to routed refund" },
    spans: [
      {
        op: "gen_ai.invoke_agent",
        name: "invoke_agent Router Agent",
        status: "ok",
        data: {
          "gen_ai.operation.name": "invoke_agent",
          "gen_ai.agent.name": "Router Agent",
          "gen_ai.request.messages": pyJson({ task: "refund" }),
          "gen_ai.response.text": pyJson(["routed refund"]),
        },
      },
      {
        op: "gen_ai.invoke_agent",
        name: "invoke_agent Support Desk",
        status: "ok",
        data: {
          "gen_ai.operation.name": "invoke_agent",
          "gen_ai.agent.name": "Support Desk",
          "gen_ai.request.messages": pyJson({ question: "routed refund" }),
          "gen_ai.response.text": pyJson(["answer to routed refund"]),
        },
      },
    ],
  },
  "hand-rolled-agent": {
    sites: 4,
    result: { answer: reply(HAND_ROLLED_TASK) },
    spans: [
      {
        op: "gen_ai.invoke_agent",
        name: "invoke_agent SupportAgent",
        status: "ok",
        data: {
          "gen_ai.operation.name": "invoke_agent",
          "gen_ai.agent.name": "SupportAgent",
          "gen_ai.request.messages": pyJson({ task: HAND_ROLLED_TASK }),
          "gen_ai.response.text": replyText(HAND_ROLLED_TASK),
        },
      },
      handRolledChat("tool_calls"),
      tool(
        "lookup_order",
        { order_id: HAND_ROLLED_TASK },
        { order: HAND_ROLLED_TASK, status: "shipped", note: reply(HAND_ROLLED_TASK) },
        "invoke_agent SupportAgent",
      ),
      { ...openAiChat("gpt-4o-mini", [user(HAND_ROLLED_TASK)]), parent: "execute_tool lookup_order" },
      handRolledChat("tool_calls"),
      tool(
        "refund",
        { order_id: HAND_ROLLED_TASK, amount: 42 },
        `refunded 42 on ${HAND_ROLLED_TASK}`,
        "invoke_agent SupportAgent",
      ),
      handRolledChat("stop", HAND_ROLLED_TASK),
    ],
  },
};
