/**
 * A stand-in for `@openai/agents` (not installed in this repository), written from the public API of
 * `@openai/agents-core` (agent.ts, run.ts, result.ts, runState.ts, tool.ts, lifecycle.ts): just enough
 * for the fixtures' outputs to be type-checked with the same generics and event signatures.
 * Delete this file once the real package is a devDependency.
 */
declare module "@openai/agents" {
  import type { z } from "zod";

  export interface Usage {
    requests: number;
    inputTokens: number;
    outputTokens: number;
    totalTokens: number;
  }
  export class RunContext<TContext = unknown> {
    context: TContext;
    usage: Usage;
  }
  export interface AgentInputItem {
    role?: string;
    content?: unknown;
    type?: string;
  }
  export type AgentHookEvents = {
    agent_start: [context: RunContext, agent: Agent];
    agent_end: [context: RunContext, output: string];
    agent_handoff: [context: RunContext, nextAgent: Agent<any>];
  };
  export interface Handoff<TContext = unknown> {
    agentName: string;
  }
  export interface AgentOptions<TContext = unknown> {
    name: string;
    instructions?: string | ((context: RunContext<TContext>, agent: Agent<TContext>) => string | Promise<string>);
    handoffDescription?: string;
    model?: string;
    tools?: FunctionTool<TContext, any, any>[];
    handoffs?: (Agent<any> | Handoff<any>)[];
  }
  export class Agent<TContext = unknown> {
    constructor(options: AgentOptions<TContext>);
    static create<TContext = unknown>(options: AgentOptions<TContext>): Agent<TContext>;
    name: string;
    model: string;
    on<K extends keyof AgentHookEvents>(type: K, listener: (...args: AgentHookEvents[K]) => void): this;
  }
  export function handoff<TContext = unknown>(agent: Agent<TContext>, config?: { toolNameOverride?: string }): Handoff<TContext>;

  export class RunState<TContext = unknown> {
    get usage(): Usage;
    _context: RunContext<TContext>;
  }
  export class RunResult<TContext = unknown> {
    readonly state: RunState<TContext>;
    get finalOutput(): string | undefined;
    get lastAgent(): Agent<TContext> | undefined;
  }
  export class StreamedRunResult<TContext = unknown> extends RunResult<TContext> {
    get completed(): Promise<void>;
    toTextStream(): ReadableStream<string>;
  }
  export interface RunOptions<TContext = unknown> {
    context?: TContext;
    maxTurns?: number;
    stream?: boolean;
  }
  export function run<TContext = unknown>(agent: Agent<TContext>, input: string | AgentInputItem[], options?: RunOptions<TContext> & { stream?: false }): Promise<RunResult<TContext>>;
  export function run<TContext = unknown>(agent: Agent<TContext>, input: string | AgentInputItem[], options: RunOptions<TContext> & { stream: true }): Promise<StreamedRunResult<TContext>>;
  export class Runner {
    constructor(config?: { workflowName?: string; model?: string });
    run<TContext = unknown>(agent: Agent<TContext>, input: string | AgentInputItem[], options?: RunOptions<TContext> & { stream?: false }): Promise<RunResult<TContext>>;
    run<TContext = unknown>(agent: Agent<TContext>, input: string | AgentInputItem[], options: RunOptions<TContext> & { stream: true }): Promise<StreamedRunResult<TContext>>;
  }

  export interface FunctionTool<TContext = unknown, TParameters = unknown, Result = unknown> {
    type: "function";
    name: string;
    description: string;
    invoke(context: RunContext<TContext>, input: string): Promise<Result>;
  }
  export function tool<TParameters extends z.ZodObject<any>, TContext = unknown, Result = unknown>(options: {
    name?: string;
    description: string;
    parameters: TParameters;
    strict?: boolean;
    execute: (input: z.infer<TParameters>, context?: RunContext<TContext>) => Result | Promise<Result>;
  }): FunctionTool<TContext, TParameters, Result>;
}
