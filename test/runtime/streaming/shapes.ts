// Every streaming call shape the codemod is to instrument: its program, where its instrumented version
// comes from, and what its span must say. The mock's reply rules (test/runtime/README.md) decide the numbers.
import path from "node:path";
import { MOCK_USAGE, mockReplyText, mockResponseModel } from "../mock-llm-server";
import { PROMPTS } from "./scenarios";

export const STREAMING_DIR = __dirname;

export interface TokenCounts {
  input: number;
  output: number;
  total: number;
}

export interface StreamingShape {
  /** Base name of programs/<name>.ts and expected/<name>.ts. */
  name: string;
  system: string;
  /** The span's `gen_ai.operation.name` (its op is `gen_ai.<operation>`, its name `<operation> <model>`); default chat. */
  operation?: string;
  /** Models the program passes to runScenarios. */
  models: { complete: string; earlyExit: string };
  /** The text the program assembles from the whole stream; default: the mock's reply text. */
  appText?: (prompt: string) => string;
  /** `gen_ai.response.text` of the whole stream, as the span records it (a JSON array). */
  responseText: (prompt: string) => string;
  /** Final token counts of the whole stream; undefined when the provider sends none for this request. */
  tokens?: TokenCounts;
  /**
   * Scenarios whose span the target output cannot end yet, with the reason. Their tests run as
   * `test.failing` ("[known gap]"), so they start failing, and are noticed, once a change closes the gap.
   */
  knownGaps?: Partial<Record<"earlyExit" | "midstreamError", string>>;
  /** The request names no model: the span's name and request model are the response's model. */
  modelFromResponse?: boolean;
  /** Whether the span records the request's messages (not from a body in the invoked model's own format, Bedrock InvokeModel). */
  requestMessages?: boolean;
  /** Whether the span can know the response model and id (the AI SDK's object stream does not report them). */
  responseIdentity?: boolean;
}

const text = (prompt: string): string => JSON.stringify([mockReplyText(prompt)]);
const openAiChatTokens = {
  input: MOCK_USAGE.openaiChat.prompt_tokens,
  output: MOCK_USAGE.openaiChat.completion_tokens,
  total: MOCK_USAGE.openaiChat.total_tokens,
};
const anthropicInput =
  MOCK_USAGE.anthropic.input_tokens +
  MOCK_USAGE.anthropic.cache_read_input_tokens +
  MOCK_USAGE.anthropic.cache_creation_input_tokens;
const anthropicTokens = {
  input: anthropicInput,
  output: MOCK_USAGE.anthropic.output_tokens,
  total: anthropicInput + MOCK_USAGE.anthropic.output_tokens,
};
/** What the mock streams for a `{ title: string }` schema: the user text in every string field. */
const titleObject = (prompt: string): string => JSON.stringify({ title: prompt });

export const STREAMING_SHAPES: StreamingShape[] = [
  {
    name: "openai-chat-stream-usage",
    system: "openai",
    models: { complete: "gpt-4o-mini", earlyExit: "gpt-4o-mini-early-exit" },
    responseText: text,
    tokens: openAiChatTokens,
  },
  {
    // Without stream_options.include_usage OpenAI sends no usage: the span must have no token counts.
    name: "openai-chat-stream",
    system: "openai",
    models: { complete: "gpt-4o-mini", earlyExit: "gpt-4o-mini-early-exit" },
    responseText: text,
  },
  {
    name: "openai-responses-stream",
    system: "openai",
    models: { complete: "gpt-4.1-mini", earlyExit: "gpt-4.1-mini-early-exit" },
    responseText: text,
    tokens: {
      input: MOCK_USAGE.openaiResponses.input_tokens,
      output: MOCK_USAGE.openaiResponses.output_tokens,
      total: MOCK_USAGE.openaiResponses.total_tokens,
    },
  },
  {
    name: "openai-responses-helper-stream",
    system: "openai",
    models: { complete: "gpt-4.1", earlyExit: "gpt-4.1-early-exit" },
    responseText: text,
    tokens: {
      input: MOCK_USAGE.openaiResponses.input_tokens,
      output: MOCK_USAGE.openaiResponses.output_tokens,
      total: MOCK_USAGE.openaiResponses.total_tokens,
    },
  },
  {
    name: "openai-chat-helper-stream",
    system: "openai",
    models: { complete: "gpt-4o", earlyExit: "gpt-4o-early-exit" },
    responseText: text,
    tokens: openAiChatTokens,
  },
  {
    name: "anthropic-messages-stream",
    system: "anthropic",
    models: { complete: "claude-haiku-4-5", earlyExit: "claude-haiku-4-5-early-exit" },
    responseText: text,
    tokens: anthropicTokens,
  },
  {
    name: "anthropic-messages-create-stream",
    system: "anthropic",
    models: { complete: "claude-haiku-4-5", earlyExit: "claude-haiku-4-5-early-exit" },
    responseText: text,
    tokens: anthropicTokens,
  },
  {
    name: "genai-generate-content-stream",
    system: "gcp.gemini",
    models: { complete: "gemini-2.5-flash", earlyExit: "gemini-2.5-flash-early-exit" },
    responseText: text,
    tokens: {
      input: MOCK_USAGE.google.promptTokenCount,
      output: MOCK_USAGE.google.candidatesTokenCount + MOCK_USAGE.google.thoughtsTokenCount,
      total: MOCK_USAGE.google.totalTokenCount,
    },
  },
  {
    // `{ stream, response }`: the app reads the chunks; the same collector as @google/genai's reads them.
    name: "google-generative-ai-stream",
    system: "gcp.gemini",
    models: { complete: "gemini-1.5-flash", earlyExit: "gemini-1.5-flash-early-exit" },
    responseText: text,
    tokens: {
      input: MOCK_USAGE.google.promptTokenCount,
      output: MOCK_USAGE.google.candidatesTokenCount + MOCK_USAGE.google.thoughtsTokenCount,
      total: MOCK_USAGE.google.totalTokenCount,
    },
  },
  {
    name: "mistral-chat-stream",
    system: "mistral_ai",
    models: { complete: "mistral-small-latest", earlyExit: "mistral-small-latest-early-exit" },
    responseText: text,
    tokens: {
      input: MOCK_USAGE.mistral.prompt_tokens,
      output: MOCK_USAGE.mistral.completion_tokens,
      total: MOCK_USAGE.mistral.total_tokens,
    },
  },
  {
    // NDJSON on the wire; the counts ride on the last (`done: true`) line, and Ollama sends no total.
    name: "ollama-chat-stream",
    system: "ollama",
    models: { complete: "llama3.1", earlyExit: "llama3.1-early-exit" },
    responseText: text,
    tokens: {
      input: MOCK_USAGE.ollama.prompt_eval_count,
      output: MOCK_USAGE.ollama.eval_count,
      total: MOCK_USAGE.ollama.prompt_eval_count + MOCK_USAGE.ollama.eval_count,
    },
  },
  {
    // Cohere's stream names no model: the span has the request model only.
    name: "cohere-chat-stream",
    system: "cohere",
    models: { complete: "command-a-03-2025", earlyExit: "command-a-03-2025-early-exit" },
    responseText: text,
    responseIdentity: false,
    tokens: {
      input: MOCK_USAGE.cohere.tokens.input_tokens,
      output: MOCK_USAGE.cohere.tokens.output_tokens,
      total: MOCK_USAGE.cohere.tokens.input_tokens + MOCK_USAGE.cohere.tokens.output_tokens,
    },
  },
  {
    // v1: newline-delimited JSON; the counts are in `stream-end`'s whole response (`meta.tokens`). No model either.
    name: "cohere-v1-chat-stream",
    system: "cohere",
    models: { complete: "command-r-plus", earlyExit: "command-r-plus-early-exit" },
    responseText: text,
    responseIdentity: false,
    tokens: {
      input: MOCK_USAGE.cohere.tokens.input_tokens,
      output: MOCK_USAGE.cohere.tokens.output_tokens,
      total: MOCK_USAGE.cohere.tokens.input_tokens + MOCK_USAGE.cohere.tokens.output_tokens,
    },
  },
  {
    // Binary event-stream frames over HTTP/2; the events name no model, and the id is the result's request id.
    name: "bedrock-converse-stream",
    system: "aws.bedrock",
    models: {
      complete: "anthropic.claude-3-haiku-20240307-v1:0",
      earlyExit: "anthropic.claude-3-haiku-20240307-v1:0-early-exit",
    },
    responseText: text,
    responseIdentity: false,
    tokens: {
      input: MOCK_USAGE.bedrock.inputTokens,
      output: MOCK_USAGE.bedrock.outputTokens,
      total: MOCK_USAGE.bedrock.totalTokens,
    },
  },
  {
    // The chunks are Anthropic's events (the response model and id in message_start); the counts are Bedrock's
    // invocation metrics on the last chunk, whose total is their sum.
    name: "bedrock-invoke-stream",
    system: "aws.bedrock",
    requestMessages: false,
    models: {
      complete: "anthropic.claude-3-haiku-20240307-v1:0",
      earlyExit: "anthropic.claude-3-haiku-20240307-v1:0-early-exit",
    },
    responseText: text,
    tokens: {
      input: MOCK_USAGE.bedrock.inputTokens,
      output: MOCK_USAGE.bedrock.outputTokens,
      total: MOCK_USAGE.bedrock.inputTokens + MOCK_USAGE.bedrock.outputTokens,
    },
  },
  {
    // The AI SDK's OpenAI chat model asks for include_usage itself.
    name: "ai-stream-text",
    system: "openai",
    models: { complete: "gpt-4o-mini", earlyExit: "gpt-4o-mini-early-exit" },
    responseText: text,
    tokens: openAiChatTokens,
    knownGaps: {
      earlyExit:
        "leaving textStream early cancels only that tee branch: the AI SDK stops reading and calls neither onFinish nor onAbort",
      midstreamError:
        "a transport failure after the response started rejects the result's promises but calls no onError/onFinish",
    },
  },
  {
    // The request names no model (an app function makes it): the span's name and request model come from the
    // finished stream's response, so only the spans that end with onFinish have them.
    name: "ai-stream-text-app-model",
    system: "vercel.ai",
    modelFromResponse: true,
    models: { complete: "gpt-4o-mini", earlyExit: "gpt-4o-mini-early-exit" },
    responseText: text,
    tokens: openAiChatTokens,
    knownGaps: {
      earlyExit: "as for ai-stream-text: leaving textStream early calls neither onFinish nor onAbort",
      midstreamError: "as for ai-stream-text: no onError/onFinish for a transport failure after the response started",
    },
  },
  {
    name: "ai-stream-text-response",
    system: "openai",
    models: { complete: "gpt-4o-mini", earlyExit: "gpt-4o-mini-early-exit" },
    responseText: text,
    tokens: openAiChatTokens,
    knownGaps: {
      earlyExit: "cancelling the response body stops the AI SDK's reading: no onFinish or onAbort (as for textStream)",
      midstreamError: "as for textStream: no onError/onFinish for a transport failure after the response started",
    },
  },
  {
    name: "ai-stream-object",
    system: "openai",
    models: { complete: "gpt-4o", earlyExit: "gpt-4o-early-exit" },
    appText: titleObject,
    responseText: (prompt) => `[${titleObject(prompt)}]`,
    tokens: openAiChatTokens,
    knownGaps: {
      earlyExit:
        "leaving partialObjectStream early: the AI SDK stops reading and calls no onFinish (streamObject has no onAbort)",
    },
  },
  {
    // ChatOpenAI asks for include_usage itself (`streamUsage`); the chunks carry it as `usage_metadata`.
    name: "langchain-chat-stream",
    system: "openai",
    models: { complete: "gpt-4o-mini", earlyExit: "gpt-4o-mini-early-exit" },
    responseText: text,
    tokens: openAiChatTokens,
  },
  {
    name: "langchain-chat-stream-events",
    system: "openai",
    models: { complete: "gpt-4o", earlyExit: "gpt-4o-early-exit" },
    responseText: text,
    tokens: openAiChatTokens,
  },
  {
    // A text-completion LLM's chunks are strings: no response model or token counts reach them.
    name: "langchain-llm-stream",
    system: "openai",
    operation: "text_completion",
    models: { complete: "gpt-3.5-turbo-instruct", earlyExit: "gpt-3.5-turbo-instruct-early-exit" },
    responseText: text,
    responseIdentity: false,
  },
  {
    // Partial objects parsed from the streamed JSON; the last is the whole object. No model or tokens in them.
    name: "langchain-structured-stream",
    system: "openai",
    models: { complete: "gpt-4o", earlyExit: "gpt-4o-early-exit" },
    appText: titleObject,
    responseText: (prompt) => `[${titleObject(prompt)}]`,
    responseIdentity: false,
  },
];

/** Where the instrumented program for a shape is (the CLI's output, cli-source.ts). */
export type InstrumentedSource = (shape: StreamingShape) => string;

/** The target the CLI must write for a shape (expected/<name>.ts). */
export const handWrittenTarget: InstrumentedSource = (shape) =>
  path.join(STREAMING_DIR, "expected", `${shape.name}.ts`);

export function programFile(shape: StreamingShape): string {
  return path.join(STREAMING_DIR, "programs", `${shape.name}.ts`);
}

export function expectedResponseModel(model: string): string {
  return mockResponseModel(model);
}

export { PROMPTS };
