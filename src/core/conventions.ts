/**
 * Sentry's gen_ai span conventions as data: which op, span name and attribute keys each kind of AI
 * touch point gets. Every emitter (JS/TS, Python) and every checker reads this table, so a convention
 * change is a one-line change here.
 */

export type ConventionsName = "default" | "legacy";

/** The `gen_ai.operation.name` values the tool emits. */
export type OperationName =
  "chat" | "embeddings" | "text_completion" | "generate_content" | "invoke_agent" | "execute_tool" | "handoff";

export type SpanKind = "ai-request" | "invoke-agent" | "execute-tool" | "handoff";

export const SPAN_KIND_OF_OPERATION: Record<OperationName, SpanKind> = {
  chat: "ai-request",
  embeddings: "ai-request",
  text_completion: "ai-request",
  generate_content: "ai-request",
  invoke_agent: "invoke-agent",
  execute_tool: "execute-tool",
  handoff: "handoff",
};

/**
 * The helper a JS/TS span calls where the app passes an AI request's input (`messages: sentryRecordInput(span,
 * "gen_ai.request.messages", [...])`): it records the value on the span and returns it unchanged.
 */
export const RECORD_INPUT_HELPER = "sentryRecordInput";

/** Attribute keys, in one place. */
export const ATTR = {
  operationName: "gen_ai.operation.name",
  system: "gen_ai.system",
  requestModel: "gen_ai.request.model",
  requestMessages: "gen_ai.request.messages",
  systemInstructions: "gen_ai.system_instructions",
  availableTools: "gen_ai.request.available_tools",
  embeddingsInput: "gen_ai.embeddings.input",
  responseText: "gen_ai.response.text",
  responseToolCalls: "gen_ai.response.tool_calls",
  responseModel: "gen_ai.response.model",
  responseId: "gen_ai.response.id",
  finishReasons: "gen_ai.response.finish_reasons",
  responseStreaming: "gen_ai.response.streaming",
  inputTokens: "gen_ai.usage.input_tokens",
  outputTokens: "gen_ai.usage.output_tokens",
  totalTokens: "gen_ai.usage.total_tokens",
  cachedInputTokens: "gen_ai.usage.input_tokens.cached",
  agentName: "gen_ai.agent.name",
  toolName: "gen_ai.tool.name",
  toolDescription: "gen_ai.tool.description",
  toolInput: "gen_ai.tool.input",
  toolOutput: "gen_ai.tool.output",
} as const;

/** Request parameters recorded when their value is a literal in the call: argument key -> attribute key. */
export const REQUEST_PARAM_ATTRIBUTES: Record<string, string> = {
  temperature: "gen_ai.request.temperature",
  max_tokens: "gen_ai.request.max_tokens",
  max_completion_tokens: "gen_ai.request.max_tokens",
  max_output_tokens: "gen_ai.request.max_tokens",
  maxTokens: "gen_ai.request.max_tokens",
  maxOutputTokens: "gen_ai.request.max_tokens",
  num_predict: "gen_ai.request.max_tokens",
  top_p: "gen_ai.request.top_p",
  topP: "gen_ai.request.top_p",
  top_k: "gen_ai.request.top_k",
  topK: "gen_ai.request.top_k",
  frequency_penalty: "gen_ai.request.frequency_penalty",
  frequencyPenalty: "gen_ai.request.frequency_penalty",
  presence_penalty: "gen_ai.request.presence_penalty",
  presencePenalty: "gen_ai.request.presence_penalty",
};

/** Attributes that carry prompt or response content, left out by --no-record-inputs / --no-record-outputs. */
export const INPUT_CONTENT_ATTRIBUTES: ReadonlySet<string> = new Set([
  ATTR.requestMessages,
  ATTR.systemInstructions,
  ATTR.embeddingsInput,
  ATTR.toolInput,
]);
export const OUTPUT_CONTENT_ATTRIBUTES: ReadonlySet<string> = new Set([
  ATTR.responseText,
  ATTR.responseToolCalls,
  ATTR.toolOutput,
]);

/** Ops that Sentry's own conventions know. A span with another `gen_ai.*` op is malformed. */
export const KNOWN_GEN_AI_OPS: ReadonlySet<string> = new Set([
  "gen_ai.chat",
  "gen_ai.embeddings",
  "gen_ai.text_completion",
  "gen_ai.generate_content",
  "gen_ai.invoke_agent",
  "gen_ai.create_agent",
  "gen_ai.execute_tool",
  "gen_ai.handoff",
  "gen_ai.rerank",
  "gen_ai.responses",
  "gen_ai.request",
]);

/** The kind of site a hand-written or generated span with this op instruments. */
export function spanKindOfOp(op: string): SpanKind | undefined {
  if (!op.startsWith("gen_ai.")) return undefined;
  switch (op) {
    case "gen_ai.invoke_agent":
    case "gen_ai.create_agent":
      return "invoke-agent";
    case "gen_ai.execute_tool":
      return "execute-tool";
    case "gen_ai.handoff":
      return "handoff";
    default:
      return "ai-request";
  }
}

export interface SpanIdentity {
  op: string;
  /** The name's fixed word: `chat` in `chat gpt-4o`. */
  namePrefix: string;
}

/**
 * op and name prefix for an operation. The older Sentry docs showed `gen_ai.request` / `request <model>`
 * for a model call; `legacy` reproduces that, every other kind is the same in both.
 */
export function spanIdentity(operation: OperationName, conventions: ConventionsName): SpanIdentity {
  if (conventions === "legacy" && operation === "chat") {
    return { op: "gen_ai.request", namePrefix: "request" };
  }
  return { op: `gen_ai.${operation}`, namePrefix: operation };
}

/** The span name for a subject known at codemod time (`chat gpt-4o`), or just the prefix when unknown. */
export function staticSpanName(identity: SpanIdentity, subject: string | undefined): string {
  return subject ? `${identity.namePrefix} ${subject}` : identity.namePrefix;
}

export function handoffSpanName(from: string, to: string): string {
  return `handoff from ${from} to ${to}`;
}
