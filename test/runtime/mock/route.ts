// What a provider mock is made of: which requests it takes, and how it answers them.
import {
  argumentsForSchema,
  earlierToolCalls,
  firstOfferedTool,
  firstUncalledTool,
  lastUserText,
} from "./request-content";
import type { SseStream } from "./streams/sse";

export type MockProvider = "openai" | "anthropic" | "google" | "mistral" | "cohere" | "ollama" | "bedrock" | "groq";

/** A request as the mock received it (path without query string, lower-cased header names). */
export interface MockRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  /** Parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
}

export interface MockReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Set for a streaming answer: the server writes these events instead of `body`. */
  stream?: SseStream;
}

/** Everything a route needs to build a deterministic reply. */
export interface MockCall {
  request: MockRequest;
  model: string;
  /** Differs from `model` on purpose, so request and response model attributes can be told apart. */
  responseModel: string;
  userText: string;
  replyText: string;
  /**
   * Set when the request offers tools and the model name contains "tool" (always the first tool), or
   * "agent" (each offered tool once, in order, then a text answer: what an agent loop needs to finish).
   */
  toolCall?: MockToolCall;
  /** 8 hex digits derived from provider, operation, model and user text; stable across runs. */
  hash: string;
}

export interface MockToolCall {
  id: string;
  name: string;
  arguments: Record<string, unknown>;
}

export interface MockRoute {
  provider: MockProvider;
  /** Short label such as "chat.completions", recorded with each request. */
  operation: string;
  matches(request: MockRequest): boolean;
  /** The model the request names (body field or URL segment). */
  model(request: MockRequest): string;
  reply(call: MockCall): MockReply;
  /** HTTP 500 in the provider's error format; used for the `error-model` model. */
  error(message: string): MockReply;
}

export const ERROR_MODEL = "error-model";

export function mockReplyText(userText: string): string {
  return `mock reply: ${userText}`;
}

export function mockResponseModel(model: string): string {
  return `${model}-2024-mock`;
}

export function describeCall(route: MockRoute, request: MockRequest): MockCall {
  const model = route.model(request);
  const userText = lastUserText(request.body);
  const hash = fnv1a32(`${route.provider}|${route.operation}|${model}|${userText}`);
  const tool = model.includes("agent")
    ? firstUncalledTool(request.body)
    : model.includes("tool")
      ? firstOfferedTool(request.body)
      : undefined;
  // Later calls of one conversation get their own id (openai-agents rejects a reused call id).
  const earlier = earlierToolCalls(request.body);
  return {
    request,
    model,
    responseModel: mockResponseModel(model),
    userText,
    replyText: mockReplyText(userText),
    toolCall: tool && {
      id: earlier === 0 ? `call_mock_${hash}` : `call_mock_${hash}_${earlier}`,
      name: tool.name,
      arguments: argumentsForSchema(tool.schema, userText),
    },
    hash,
  };
}

function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

export function jsonReply(body: unknown, headers?: Record<string, string>): MockReply {
  return { status: 200, body, headers };
}

export function streamReply(stream: SseStream, headers?: Record<string, string>): MockReply {
  return { status: 200, body: undefined, headers, stream };
}

/** Matcher for a fixed POST path. */
export function postTo(path: string): (request: MockRequest) => boolean {
  return (request) => request.method === "POST" && request.path === path;
}

/** Model from the JSON body's `model` field. */
export function bodyModel(request: MockRequest): string {
  const body = request.body;
  return typeof body === "object" && body !== null && "model" in body && typeof body.model === "string"
    ? body.model
    : "";
}

/** Fixed creation time, so replies are byte-for-byte reproducible. */
export const MOCK_CREATED_SECONDS = 1_700_000_000;
