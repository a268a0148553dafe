import type ts from "typescript";
import type { SiteStatus } from "../../../core/types";
import type {
  AgentResultShape,
  AgentRunFunction,
  AgentRunMethod,
  AgentToolMethod,
  RemoteToolResultAttribute,
} from "../../../sdks/types/agents";
import type { AutoIntegration, StreamSpan } from "../../../sdks/types/calls";

/** A value known when the codemod runs (`text`), or code that reads it at run time (`code`). */
export type NameValue = { text: string } | { code: string };

interface SiteBase {
  /** Framework id (`openai-agents`, `vercel-ai`, `custom`). */
  framework: string;
  /** What the user wrote, shortened. */
  callee: string;
  /** Where the site is reported. */
  reportNode: ts.Node;
  status: SiteStatus;
  reason?: string;
  /** Sentry's integration that creates this span by itself (when the project's Sentry SDK has it). */
  autoInstrumentedBy?: AutoIntegration;
}

/** An agent run: the call is replaced by a `gen_ai.invoke_agent` span around it. */
export interface InvokeAgentSite extends SiteBase {
  type: "invoke-agent";
  node: ts.CallExpression;
  agentName?: NameValue;
  model?: string;
  /** Names of the tools the agent is declared with, when all are written out. */
  tools?: string[];
  /** The expression recorded as the input messages, where the call passes it (a text as one user message). */
  input?: { node: ts.Expression };
  result: AgentResultShape;
  /** The run returns a promise (the span callback awaits it). */
  isAsync: boolean;
  /** A streamed run whose span ends through these callbacks in its options (`agent.stream({ ... })`). */
  streamCallbacks?: NonNullable<AgentRunMethod["streamCallbacks"]>;
  /** A streamed run whose span ends with its stream (`Sentry.startSpanManual`). */
  streamSpan?: Extract<StreamSpan, { endsWith: "chunks" }>;
  /** A streamed run: its span ends when the promise in this field of the result settles. */
  streamEnd?: AgentRunFunction["streamEnd"];
  /** The call is also an LLM call of the catalog (a `generateText` tool loop): this span replaces the chat span. */
  replacesRequestCall?: boolean;
}

export type ToolFunction = ts.ArrowFunction | ts.FunctionExpression | ts.MethodDeclaration;

/**
 * A tool's function as the definition names it: written in place, or an identifier of a function declared in the
 * same file (`function: getWeather`), which is wrapped where it is passed.
 */
export type ToolFunctionValue = ToolFunction | ts.Identifier;

/** A tool definition: its body runs inside a `gen_ai.execute_tool` span. */
export interface ToolBodySite extends SiteBase {
  type: "tool-body";
  /** Undefined when the body is neither written in place nor a function of this file (reported, not rewritten). */
  fn?: ToolFunctionValue;
  toolName?: NameValue;
  description?: string;
  /**
   * An agent turned into a tool (`agent.asTool()`): the returned tool object is wrapped where it is created, and
   * its invoke method runs in an execute_tool span around the sub-agent's invoke_agent span.
   */
  toolObject?: { node: ts.CallExpression; agentName?: NameValue; shape: NonNullable<AgentToolMethod["toolObject"]> };
}

/** A hand-rolled dispatch call: the call is replaced by a `gen_ai.execute_tool` span around it. */
export interface ToolCallSite extends SiteBase {
  type: "tool-call";
  node: ts.CallExpression;
  toolName: NameValue;
  isAsync: boolean;
  /** What is recorded as the tool's input: one expression of the call, or code reading it; else all the call's arguments. */
  input?: { node: ts.Expression } | { code: string };
  /** More attributes set when the span starts (`mcp.method.name`). */
  attributes?: { key: string; value: NameValue }[];
  /** Attributes read from the result. */
  resultAttributes?: RemoteToolResultAttribute[];
}

/** An agent that can hand off: a listener for its handoff event is added after its declaration. */
export interface HandoffSite extends SiteBase {
  type: "handoff";
  statement: ts.Statement;
  agentVariable: string;
  fromName?: string;
  event: string;
  /** The agent method that adds an event listener (`on`). */
  listenerMethod: string;
}

/**
 * An explicit transfer in the code: agent B runs right after agent A (or inside A's own run method). A marker
 * span `handoff from A to B` is written as a statement just before the statement that runs B.
 */
export interface TransferSite extends SiteBase {
  type: "transfer";
  /** The statement the marker goes before. */
  before: ts.Statement;
  from: NameValue;
  to: NameValue;
}

export type AgentSite = InvokeAgentSite | ToolBodySite | ToolCallSite | HandoffSite | TransferSite;
