// The gen_ai span the codemod must produce for every LLM call each program makes, with the exact
// values the SDK hands back from the mock (token numbers from MOCK_USAGE, ids from EXPECTED_RESULTS,
// response model from mockResponseModel). spans.test.ts checks an instrumented copy of each program
// against this table.
import { EXPECTED_RESULTS } from "./expected-results";
import { MOCK_USAGE, mockReplyText, mockResponseModel } from "./mock-llm-server";

export type GenAiOp = "gen_ai.chat" | "gen_ai.embeddings" | "gen_ai.text_completion";

/**
 * The separately reported checks per call (`error` replaces `output` and `usage` for the failing call);
 * a known engine bug marks one of them `it.failing`.
 */
export type CallCheck = "span" | "system" | "input" | "output" | "usage" | "error";

export interface TokenUsage {
  input?: number;
  output?: number;
  total?: number;
}

export interface ExpectedCall {
  op: GenAiOp;
  /** The request model: the span is named `<operation> <model>`. */
  model: string;
  system: string;
  /** Prompt text that must appear in `gen_ai.request.messages` (`gen_ai.embeddings.input` for embeddings). */
  input: string;
  /** Must appear in `gen_ai.system_instructions`. */
  systemInstructions?: string;
  /** The call hits `error-model`: the span must be errored and carry no response attributes. */
  fails?: true;
  /** Must appear in `gen_ai.response.text`. */
  reply?: string;
  /** Tool name that must appear in `gen_ai.response.tool_calls`. */
  toolCall?: string;
  /** Exact `gen_ai.response.model`; undefined: the SDK exposes none, so the attribute must be absent. */
  responseModel?: string;
  /** Exact `gen_ai.response.id` (or its shape when the program does not return it); undefined: must be absent. */
  responseId?: string | RegExp;
  finishReasons?: string[];
  /** Exact token numbers; a missing key means the attribute must be absent. */
  usage?: TokenUsage;
  /** Engine bugs that make one check of this call fail; the test is `it.failing` until fixed. */
  knownBugs?: Partial<Record<CallCheck, string>>;
}

export interface ProgramSpans {
  calls: ExpectedCall[];
  /** Whether each call's SDK request shows up as an `http.client` child span (Bedrock's HTTP/2 client does not). */
  httpChildSpans: boolean;
  /** Program-wide engine bugs, applied to every call. */
  knownBugs?: Partial<Record<CallCheck, string>>;
}

// ---- known engine bugs (see the report / README); flip the test back once src/ is fixed ----

// ---- helpers ----

const chat = (model: string, system: string, input: string, rest: Partial<ExpectedCall> = {}): ExpectedCall => ({
  op: "gen_ai.chat",
  model,
  system,
  input,
  responseModel: mockResponseModel(model),
  ...rest,
});

const failing = (system: string, op: GenAiOp = "gen_ai.chat", input = "fail"): ExpectedCall => ({
  op,
  model: "error-model",
  system,
  input,
  fails: true,
});

/** A string field of EXPECTED_RESULTS[program] at `path` (the value the program itself read off the SDK). */
function resultField(program: string, ...path: string[]): string {
  let value: unknown = EXPECTED_RESULTS[program];
  for (const key of path) value = (value as Record<string, unknown>)[key];
  if (typeof value !== "string") throw new Error(`EXPECTED_RESULTS[${program}].${path.join(".")} is not a string`);
  return value;
}

const openAiChatUsage: TokenUsage = {
  input: MOCK_USAGE.openaiChat.prompt_tokens,
  output: MOCK_USAGE.openaiChat.completion_tokens,
  total: MOCK_USAGE.openaiChat.total_tokens,
};
const openAiResponsesUsage: TokenUsage = {
  input: MOCK_USAGE.openaiResponses.input_tokens,
  output: MOCK_USAGE.openaiResponses.output_tokens,
  total: MOCK_USAGE.openaiResponses.total_tokens,
};
// Anthropic's input_tokens excludes cache reads and writes; Sentry counts them as input.
const anthropicInput =
  MOCK_USAGE.anthropic.input_tokens +
  MOCK_USAGE.anthropic.cache_read_input_tokens +
  MOCK_USAGE.anthropic.cache_creation_input_tokens;
const anthropicUsage: TokenUsage = {
  input: anthropicInput,
  output: MOCK_USAGE.anthropic.output_tokens,
  total: anthropicInput + MOCK_USAGE.anthropic.output_tokens,
};
// Gemini: candidatesTokenCount excludes thinking; output = candidates + thoughts (what Sentry's own
// integration records), so input + output = totalTokenCount.
const googleUsage: TokenUsage = {
  input: MOCK_USAGE.google.promptTokenCount,
  output: MOCK_USAGE.google.candidatesTokenCount + MOCK_USAGE.google.thoughtsTokenCount,
  total: MOCK_USAGE.google.totalTokenCount,
};
// The legacy @google/generative-ai SDK's UsageMetadata type has no thoughtsTokenCount (typed code cannot read
// it), and its Gemini 1.5 models do not think: output is candidatesTokenCount.
const legacyGoogleUsage: TokenUsage = {
  input: MOCK_USAGE.google.promptTokenCount,
  output: MOCK_USAGE.google.candidatesTokenCount,
  total: MOCK_USAGE.google.totalTokenCount,
};
const ollamaUsage: TokenUsage = {
  input: MOCK_USAGE.ollama.prompt_eval_count,
  output: MOCK_USAGE.ollama.eval_count,
  total: MOCK_USAGE.ollama.prompt_eval_count + MOCK_USAGE.ollama.eval_count,
};

export const EXPECTED_SPANS: Record<string, ProgramSpans> = {
  "openai-chat": {
    httpChildSpans: true,
    calls: [
      chat("gpt-4o-mini", "openai", "What is the capital of France?", {
        reply: mockReplyText("What is the capital of France?"),
        responseId: resultField("openai-chat", "chat", "id"),
        finishReasons: ["stop"],
        usage: openAiChatUsage,
      }),
      chat("gpt-4o-mini-tool", "openai", "Weather in Paris?", {
        toolCall: "get_weather",
        responseId: /^chatcmpl-mock-[0-9a-f]{8}$/,
        finishReasons: ["tool_calls"],
        usage: openAiChatUsage,
      }),
      failing("openai"),
    ],
  },
  "openai-responses": {
    httpChildSpans: true,
    calls: [
      chat("gpt-4.1-mini", "openai", "Say hello", {
        systemInstructions: "Answer in French.",
        reply: mockReplyText("Say hello"),
        responseId: resultField("openai-responses", "id"),
        finishReasons: ["completed"],
        usage: openAiResponsesUsage,
      }),
      chat("gpt-4.1-mini-tool", "openai", "Convert 10 EUR to USD", {
        toolCall: "convert_currency",
        responseId: /^resp_mock_[0-9a-f]{8}$/,
        finishReasons: ["completed"],
        usage: openAiResponsesUsage,
      }),
    ],
  },
  "openai-embeddings": {
    httpChildSpans: true,
    calls: [
      {
        op: "gen_ai.embeddings",
        model: "text-embedding-3-small",
        system: "openai",
        input: "second document",
        responseModel: mockResponseModel("text-embedding-3-small"),
        usage: { input: MOCK_USAGE.openaiEmbeddings.prompt_tokens, total: MOCK_USAGE.openaiEmbeddings.total_tokens },
      },
      {
        op: "gen_ai.text_completion",
        model: "gpt-3.5-turbo-instruct",
        system: "openai",
        input: "Once upon a time",
        reply: mockReplyText("Once upon a time"),
        responseModel: mockResponseModel("gpt-3.5-turbo-instruct"),
        responseId: resultField("openai-embeddings", "completion", "id"),
        finishReasons: ["stop"],
        usage: {
          input: MOCK_USAGE.openaiCompletions.prompt_tokens,
          output: MOCK_USAGE.openaiCompletions.completion_tokens,
          total: MOCK_USAGE.openaiCompletions.total_tokens,
        },
      },
    ],
  },
  anthropic: {
    httpChildSpans: true,
    calls: [
      chat("claude-haiku-4-5", "anthropic", "Sentry records spans for LLM calls.", {
        systemInstructions: "Summarize in one sentence.",
        reply: mockReplyText("Sentry records spans for LLM calls."),
        responseId: resultField("anthropic", "summary", "id"),
        finishReasons: ["end_turn"],
        usage: anthropicUsage,
      }),
      chat("claude-haiku-4-5-tool", "anthropic", "Where is order 42?", {
        toolCall: "find_order",
        responseId: /^msg_mock_[0-9a-f]{8}$/,
        finishReasons: ["tool_use"],
        usage: anthropicUsage,
      }),
      failing("anthropic"),
    ],
  },
  "google-genai": {
    httpChildSpans: true,
    calls: [
      chat("gemini-2.5-flash", "gcp.gemini", "Name three planets", {
        systemInstructions: "Be brief.",
        reply: mockReplyText("Name three planets"),
        responseId: resultField("google-genai", "responseId"),
        finishReasons: ["STOP"],
        usage: googleUsage,
      }),
      chat("gemini-2.5-flash-tool", "gcp.gemini", "Turn on the lights", {
        toolCall: "set_lights",
        responseId: /^google-mock-[0-9a-f]{8}$/,
        finishReasons: ["STOP"],
        usage: googleUsage,
      }),
      // The embedContent response carries neither model, id nor usage.
      { op: "gen_ai.embeddings", model: "gemini-embedding-001", system: "gcp.gemini", input: "world" },
      failing("gcp.gemini"),
    ],
  },
  "google-generative-ai": {
    httpChildSpans: true,
    // The legacy SDK's response type has no model version or response id.
    calls: [
      chat("gemini-1.5-flash", "gcp.gemini", "Write a haiku about tests", {
        responseModel: undefined,
        reply: mockReplyText("Write a haiku about tests"),
        finishReasons: ["STOP"],
        usage: legacyGoogleUsage,
      }),
      chat("gemini-1.5-flash", "gcp.gemini", "How are you?", {
        responseModel: undefined,
        reply: mockReplyText("How are you?"),
        finishReasons: ["STOP"],
        usage: legacyGoogleUsage,
      }),
      {
        op: "gen_ai.embeddings",
        model: "text-embedding-004",
        system: "gcp.gemini",
        input: "embed me",
      },
      failing("gcp.gemini"),
    ],
  },
  "vercel-ai": {
    httpChildSpans: true,
    calls: [
      chat("gpt-4o-mini", "openai", "Write one line about the sea", {
        systemInstructions: "You are a poet.",
        reply: mockReplyText("Write one line about the sea"),
        responseId: /^resp_mock_[0-9a-f]{8}$/, // openai("...") goes through the Responses API
        finishReasons: ["stop"],
        usage: openAiResponsesUsage,
      }),
      chat("gpt-4o-mini", "openai", "Write one line about the sky", {
        reply: mockReplyText("Write one line about the sky"),
        responseId: /^chatcmpl-mock-[0-9a-f]{8}$/, // openai.chat("...")
        finishReasons: ["stop"],
        usage: openAiChatUsage,
      }),
      // The model in a const, a LanguageModel parameter, openai.chat(modelId): named and recorded by its id.
      ...[
        ["gpt-4.1-mini", "openai", "Write one line about the moon"],
        ["gpt-4.1-nano", "vercel.ai", "Write one line about the stars"],
        ["gpt-4o", "openai", "Write one line about the wind"],
      ].map(([model, system, prompt]) =>
        chat(model, system, prompt, {
          reply: mockReplyText(prompt),
          responseId: /^chatcmpl-mock-[0-9a-f]{8}$/,
          finishReasons: ["stop"],
          usage: openAiChatUsage,
        }),
      ),
      failing("openai"),
    ],
  },
  mistral: {
    httpChildSpans: true,
    calls: [
      chat("mistral-small-latest", "mistral_ai", "What is Mistral?", {
        reply: mockReplyText("What is Mistral?"),
        responseId: resultField("mistral", "id"),
        finishReasons: ["stop"],
        usage: {
          input: MOCK_USAGE.mistral.prompt_tokens,
          output: MOCK_USAGE.mistral.completion_tokens,
          total: MOCK_USAGE.mistral.total_tokens,
        },
      }),
      failing("mistral_ai"),
    ],
  },
  cohere: {
    httpChildSpans: true,
    calls: [
      // Cohere v2 returns no model; usage.tokens (actual tokens) rather than usage.billedUnits.
      chat("command-r-plus", "cohere", "Tell me about Cohere", {
        responseModel: undefined,
        reply: mockReplyText("Tell me about Cohere"),
        responseId: resultField("cohere", "id"),
        finishReasons: ["COMPLETE"],
        usage: {
          input: MOCK_USAGE.cohere.tokens.input_tokens,
          output: MOCK_USAGE.cohere.tokens.output_tokens,
          total: MOCK_USAGE.cohere.tokens.input_tokens + MOCK_USAGE.cohere.tokens.output_tokens,
        },
      }),
      failing("cohere"),
    ],
  },
  ollama: {
    httpChildSpans: true,
    // Ollama responses carry no id.
    calls: [
      chat("llama3.2", "ollama", "Why is the sky blue?", {
        reply: mockReplyText("Why is the sky blue?"),
        finishReasons: ["stop"],
        usage: ollamaUsage,
      }),
      {
        op: "gen_ai.text_completion",
        model: "llama3.2",
        system: "ollama",
        input: "Complete: roses are",
        reply: mockReplyText("Complete: roses are"),
        responseModel: mockResponseModel("llama3.2"),
        finishReasons: ["stop"],
        usage: ollamaUsage,
      },
      {
        op: "gen_ai.embeddings",
        model: "nomic-embed-text",
        system: "ollama",
        input: "vectorize",
        responseModel: mockResponseModel("nomic-embed-text"),
        usage: { input: MOCK_USAGE.ollamaEmbed.prompt_eval_count },
      },
      failing("ollama"),
    ],
  },
  bedrock: {
    // The Bedrock runtime client speaks HTTP/2, which Sentry's http integration does not span.
    httpChildSpans: false,
    calls: [
      // Converse returns no model; the id is the request id from $metadata.
      chat("anthropic.claude-3-haiku-20240307-v1:0", "aws.bedrock", "Best color?", {
        responseModel: undefined,
        systemInstructions: "Answer in one word.",
        reply: mockReplyText("Best color?"),
        responseId: resultField("bedrock", "requestId"),
        finishReasons: ["end_turn"],
        usage: {
          input: MOCK_USAGE.bedrock.inputTokens,
          output: MOCK_USAGE.bedrock.outputTokens,
          total: MOCK_USAGE.bedrock.totalTokens,
        },
      }),
      failing("aws.bedrock"),
    ],
  },
  "google-interactions": {
    httpChildSpans: true,
    calls: [
      chat("gemini-2.5-flash", "gcp.gemini", "When did interactions start?", {
        systemInstructions: "Be brief.",
        reply: mockReplyText("When did interactions start?"),
        responseId: resultField("google-interactions", "id"),
        finishReasons: ["completed"],
        usage: {
          input: MOCK_USAGE.googleInteractions.total_input_tokens,
          output: MOCK_USAGE.googleInteractions.total_output_tokens,
          total: MOCK_USAGE.googleInteractions.total_tokens,
        },
      }),
    ],
  },
  "openai-parse": {
    httpChildSpans: true,
    calls: [
      chat("gpt-4o-mini", "openai", "Extract: launch party in Paris", {
        // The mock answers a json_schema response format with JSON that fits it: the text parse() parsed.
        reply: JSON.stringify({ name: "Extract: launch party in Paris", city: "Extract: launch party in Paris" }),
        responseId: resultField("openai-parse", "id"),
        finishReasons: ["stop"],
        usage: openAiChatUsage,
      }),
    ],
  },
  langchain: {
    httpChildSpans: true,
    calls: [
      chat("gpt-4o-mini", "openai", "What is LangChain?", {
        reply: mockReplyText("What is LangChain?"),
        responseId: /^chatcmpl-mock-[0-9a-f]{8}$/,
        finishReasons: ["stop"],
        usage: openAiChatUsage,
      }),
      // A string comes back: the reply is recorded, and there is no model, id or usage to read.
      {
        op: "gen_ai.text_completion",
        model: "gpt-3.5-turbo-instruct",
        system: "openai",
        input: "Complete LangChain",
        reply: mockReplyText("Complete LangChain"),
      },
      failing("openai"),
    ],
  },
  groq: {
    httpChildSpans: true,
    calls: [
      chat("llama-3.3-70b-versatile", "groq", "Explain Groq in five words", {
        reply: mockReplyText("Explain Groq in five words"),
        responseId: resultField("groq", "id"),
        finishReasons: ["stop"],
        usage: {
          input: MOCK_USAGE.groq.prompt_tokens,
          output: MOCK_USAGE.groq.completion_tokens,
          total: MOCK_USAGE.groq.total_tokens,
        },
      }),
      failing("groq"),
    ],
  },
};

/** `chat`, `embeddings` or `text_completion`. */
export function operationOf(op: GenAiOp): string {
  return op.slice("gen_ai.".length);
}

/** The span name the codemod gives a call: `<operation> <request model>`, e.g. `chat gpt-4o-mini`. */
export function spanNameOf(call: ExpectedCall): string {
  return `${operationOf(call.op)} ${call.model}`;
}

/** The known engine bug (if any) behind one check of one call. */
export function knownBugOf(program: string, call: ExpectedCall, check: CallCheck): string | undefined {
  return call.knownBugs?.[check] ?? EXPECTED_SPANS[program]?.knownBugs?.[check];
}
