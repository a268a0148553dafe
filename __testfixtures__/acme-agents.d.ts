// Types of "@acme/agents", the in-house agent package the config-* fixtures name in their config files.
declare module "@acme/agents" {
  export class SupportBot {
    constructor(options: { name: string; model?: string });
    run(input: string): Promise<string>;
    /** Synchronous: drafts a reply without calling the model. */
    draft(input: string): string;
  }

  export interface ToolDefinition<Input, Output> {
    name: string;
    description?: string;
    execute: (input: Input) => Output;
  }
  export function defineTool<Input, Output>(definition: ToolDefinition<Input, Output>): ToolDefinition<Input, Output>;

  export function makeAction<Input, Output>(action: { title: string; summary: string; handler: (input: Input) => Output }): { title: string };
}

// Types of "@acme/workflows", a state-machine package whose names look like LangGraph's.
declare module "@acme/workflows" {
  export interface CompiledWorkflow {
    invoke(input: Record<string, unknown>): Promise<{ done: boolean }>;
  }
  export class StateGraph {
    constructor(name: string);
    addNode(name: string): this;
    compile(options?: { name?: string }): CompiledWorkflow;
  }
}
