import type { AutoIntegration, FieldPath, SettingsSlot, StreamSpan, UsageShape } from "./calls";

/**
 * Agent and tool frameworks as data: how an agent is declared, how it is run, where its name, model, input
 * and result live, and how tools are defined. The JS/TS finder (src/engine/javascript/agents) reads only this.
 */

/** What an agent run returns: where the response text and the run's usage totals are. */
export interface AgentResultShape {
  /** Field holding the final text; recorded as a one-element JSON array (`["..."]`). */
  text?: FieldPath;
  /** The result itself is the response (custom agents whose run returns a string or an object). */
  textIsResult?: boolean;
  /** The response is a field of the last element of a list (LangChain / LangGraph state: `messages`, `content`). */
  lastOf?: { list: FieldPath; field: string };
  usage?: UsageShape;
  /** Usage field names of older majors of `module` (AI SDK v4 has no `totalUsage`; its `usage` sums every step). */
  usageBeforeMajor?: { module: string; major: number; usage: UsageShape };
}

/** Where the run's input is: one argument, or a field of an options argument (`{ prompt }`, `{ messages }`). */
export interface AgentInputShape {
  argument: number;
  /** Fields of an object argument tried in order; the first written out is recorded. */
  fields?: { path: FieldPath }[];
}

export interface AgentRunMethod {
  /** `agent.generate(...)` */
  method: string;
  input: AgentInputShape;
  result: AgentResultShape;
  /** The method returns a stream: its span follows `streamSpan` or `streamCallbacks`, or without them the run is reported as needing manual work. */
  streaming?: boolean;
  /** How the span of a streamed run ends: the run's chunks are observed, and it ends with the stream. */
  streamSpan?: Extract<StreamSpan, { endsWith: "chunks" }>;
  /**
   * How the span of a streamed run ends: callbacks in the run's options, as for AI SDK `streamText` (`result` is
   * read from the `onFinish` event). `untypedOptions`: the options' declared type leaves the callbacks out
   * though the SDK hands them on to the stream, so TypeScript output adds them in a spread.
   */
  streamCallbacks?: Extract<StreamSpan, { endsWith: "callbacks" }> & { untypedOptions?: boolean };
  /**
   * Settings of the agent that callbacks in a run's options would replace (the run's options are spread over
   * them) or could drop (a hook that rewrites the options): a streamed run of an agent made with one, or made
   * with options that cannot be read, is reported.
   */
  conflictingSettings?: string[];
  /** Sentry's SDK already creates this span when its integration is on. */
  autoInstrumentedBy?: AutoIntegration;
  /**
   * The method is not known to return a promise (classes named in the config): the run is awaited inside the
   * span only where the code awaits it, so a synchronous run keeps its type.
   */
  mayBeSync?: boolean;
}

/**
 * A method that turns an agent into a tool of another agent (`agent.asTool({ toolName, toolDescription })`).
 * The framework runs the sub-agent inside its own code, so the project holds neither a tool body nor a run call
 * to wrap. With `toolObject`, the tool object it returns is wrapped instead: its invoke method runs in an
 * execute_tool span around an invoke_agent span. Without it, the site is reported, with `reason` saying what to write.
 */
export interface AgentToolMethod {
  method: string;
  optionsArgument: number;
  nameField: FieldPath;
  descriptionField?: FieldPath;
  /** The returned tool object's method the framework calls to run the tool, and which of its arguments is the tool's input. */
  toolObject?: { invokeMethod: string; inputArgument: number; nameProperty: string; descriptionProperty?: string };
  reason?: string;
}

/** `new Agent({ name, model, ... })`, `Agent.create({...})`, `createAgent({...})`. */
export interface AgentDeclaration {
  export: string;
  /** construct: `new X(options)`; call: `X(options)`; static: `X.<staticMethod>(options)`. */
  how: "construct" | "call";
  staticMethods?: string[];
  optionsArgument?: number;
  /** Fields naming the agent, tried in order. */
  nameFields: FieldPath[];
  modelField?: FieldPath;
  /**
   * The settings slot whose LLM the agent uses when its options leave `modelField` out (LlamaIndex `agent({ tools })`
   * runs on `Settings.llm`): the model of the LLM the file assigns there.
   */
  modelFromSettings?: SettingsSlot;
  /** Property listing the agents it can hand off to. */
  handoffsField?: FieldPath;
  /**
   * The agent's own property holding its handoffs, when they may be set or added after the agent is made
   * (`agent.handoffs = [billing]`, `agent.handoffs.push(billing)`): such an agent gets the handoff listener too.
   */
  handoffsProperty?: { name: string; addMethods: string[] };
  /** Property listing the agent's tools (recorded as its available tools when each is named). */
  toolsField?: FieldPath;
  /** Methods that run the agent on its instances. */
  runMethods?: AgentRunMethod[];
  toolMethods?: AgentToolMethod[];
  /**
   * The export makes a builder, and the agent is what the builder's `method` returns (`new StateGraph(State)
   * .addNode(...).compile({ name })`): any other method called on the builder returns the builder. The name and
   * model fields are read from the options of that call.
   */
  builtBy?: AgentBuildMethod;
  /** Methods of the agent that return the same agent with a new configuration, maybe a new name (`withConfig({ runName })`). */
  configureMethods?: { method: string; optionsArgument: number; nameFields: FieldPath[] }[];
}

export interface AgentBuildMethod {
  method: string;
  optionsArgument: number;
  /**
   * The builder's first argument is one of these exports of the framework (a state holding `messages`): the runs
   * return that state, and `result` says where the reply is. Otherwise the run method's own result applies.
   */
  stateResults?: { exports: string[]; result: AgentResultShape };
}

/**
 * An object that holds agents by key and hands them out (`new Mastra({ agents: { weather } }).getAgent("weather")`):
 * the agent a lookup returns is the one registered under its key, or whose `idFields` value the key is.
 */
export interface AgentRegistry {
  export: string;
  how: "construct" | "call";
  optionsArgument: number;
  /** The option holding `{ key: agent }`. */
  agentsField: FieldPath;
  lookups: {
    method: string;
    keyArgument: number;
    /** the agent's own fields the key is compared with first */ idFields?: FieldPath[];
  }[];
}

/** `run(agent, input, options)` or `new Runner(config).run(agent, input, options)`. */
export interface AgentRunFunction {
  export: string;
  /** call: the export is the run function; construct: `new X(...).<method>(...)` on an instance. */
  how: "call" | "construct";
  method?: string;
  agentArgument: number;
  input: AgentInputShape;
  optionsArgument?: number;
  /** An option that makes the run stream when true or not a literal false. */
  streamFlag?: FieldPath;
  /**
   * How a streamed run (`streamFlag: true`) says it is done: the field of its result holding a promise that
   * resolves after the last event, rejects when the run fails, and settles too when the app cancels the stream
   * or never reads it. The span ends then, with `result` read from the streamed result. Without it, a
   * streamed run is reported for manual work.
   */
  streamEnd?: {
    settledBy: string;
    /** A boolean field of the result, true when the app cancelled the run: nothing is read from it then. */
    cancelledBy?: string;
  };
  result: AgentResultShape;
  /** The runtime agent object has this field (`agent.name`), read when the agent cannot be traced. */
  runtimeNameField?: string;
}

/** A tool definition whose body runs when the model calls the tool. */
export interface ToolDefinition {
  export: string;
  /** call: `X(...)` (or `X.<staticMethod>(...)` when `staticMethod` is set); construct: `new X(...)`. */
  how: "call" | "construct";
  /** A static factory on the export (`FunctionTool.from(...)`): the call is made on it, not on the export. */
  staticMethod?: string;
  /** Argument holding the definition object (`tool({ ... })`). */
  optionsArgument: number;
  /** Where the body is: a property of the definition object, or a positional argument (LangChain `tool(fn, {...})`). */
  body: { field: string } | { argument: number };
  nameField?: FieldPath;
  descriptionField?: FieldPath;
  /** The tool's name is the key of the `tools: { key: tool(...) }` object it is put in (AI SDK, Mastra). */
  nameFromToolsKey?: ToolsObjectShape;
  /** Sentry's SDK already creates this span when its integration is on. */
  autoInstrumentedBy?: AutoIntegration;
}

/**
 * Tool definitions written inline in the options of an SDK client method that runs them:
 * `client.chat.completions.runTools({ tools: [{ type: "function", function: { function, parse, description } }] })`.
 */
export interface ToolListCall {
  /** Catalog id of the SDK whose clients have the method: receivers are traced like LLM calls. */
  sdk: string;
  /** Method paths from the client. */
  paths: string[];
  optionsArgument: number;
  /** The options field holding the array of tools. */
  listField: FieldPath;
  /** The property of each element that holds the definition (`function`); the element itself when unset. */
  definitionField?: string;
  body: { field: string };
  nameField?: FieldPath;
  descriptionField?: FieldPath;
  /** A tool without a name is called by its function's own name (`fn.name`), as the SDK does. */
  nameFromFunction?: boolean;
}

/**
 * A plain SDK function that runs a tool loop by itself when it is given tools and a step limit (AI SDK
 * `generateText({ tools, stopWhen })`). It is an LLM call by default; only with the engine option
 * `aiSdkLoopsAsAgents` is such a call an agent run, and then it gets the invoke_agent span instead of the chat one.
 */
export interface ToolLoopCall {
  export: string;
  optionsArgument: number;
  toolsField: FieldPath;
  /** Options that bound the loop; any one of them written next to the tools makes the call a loop. */
  stepLimitFields: FieldPath[];
  /** Options naming the agent when they are string literals, tried in order (then the enclosing function's name). */
  nameFields: FieldPath[];
  modelField: FieldPath;
  input: AgentInputShape;
  result: AgentResultShape;
  /** Sentry's SDK already creates this span when its integration is on. */
  autoInstrumentedBy?: AutoIntegration;
}

/** A method that registers a tool on an object (MCP `server.tool(name, ..., handler)`). */
export interface ToolRegistration {
  /** The class whose instances register tools. */
  receiverExport: string;
  method: string;
  nameArgument: number;
  /** A string argument with the description, or a field of an object argument. */
  description?: { argument: number; field?: FieldPath };
  /** The handler is the last argument. */
  body: "last";
}

/**
 * A client method that runs a tool somewhere else and hands back its result (MCP
 * `client.callTool({ name, arguments })`): the call moves into a `gen_ai.execute_tool` span.
 */
export interface RemoteToolCall {
  /** The class whose instances make the call. */
  receiverExport: string;
  method: string;
  /** The argument holding the request object. */
  requestArgument: number;
  /** The request's field with the tool's name, and the one with its input (recorded as the tool's input). */
  nameField: FieldPath;
  inputField: FieldPath;
  /** More attributes set when the span starts: a fixed value, or the tool's name again under another key. */
  attributes?: { key: string; value: { text: string } | "toolName" }[];
  /** Attributes read from the result; a `flag` records whether the field is `true`. */
  resultAttributes?: RemoteToolResultAttribute[];
}

export interface RemoteToolResultAttribute {
  key: string;
  path: FieldPath;
  flag?: boolean;
}

export interface AgentFramework {
  id: string;
  displayName: string;
  modules: string[];
  agents?: AgentDeclaration[];
  runFunctions?: AgentRunFunction[];
  tools?: ToolDefinition[];
  toolRegistrations?: ToolRegistration[];
  remoteToolCalls?: RemoteToolCall[];
  toolLists?: ToolListCall[];
  toolLoopCalls?: ToolLoopCall[];
  agentRegistries?: AgentRegistry[];
  /** Agents emit `event` with `(context, nextAgent)` when they hand off; `listenerMethod` adds a listener (OpenAI Agents). */
  handoffEvent?: { listenerMethod: string; event: string };
}

/** Where a framework's tools are keyed by name: a `tools` option, or a variable named like one (`weatherTools`). */
export interface ToolsObjectShape {
  /** The option holding the object (`tools: { get_weather: tool(...) }`). */
  property: string;
  /** A variable holding such an object. */
  variableName: RegExp;
}

/** Agents written in the project: classes whose name matches, run with these methods. */
export interface CustomAgentConventions {
  /** The class name ends with this (`SupportAgent`). */
  classNameSuffix: string;
  runMethods: string[];
  /** Constructor option fields naming the agent, tried in order; else the class name. */
  nameFields: FieldPath[];
  modelField?: FieldPath;
  /** Option listing the agent's tools, for agent classes named in the config. */
  toolsField: FieldPath;
  input: AgentInputShape;
  result: AgentResultShape;
  /**
   * Explicit transfers recorded as `handoff from A to B` markers: B runs after A in the same function, on the
   * path A's run is on (`sequential`), or B runs inside the run method of agent class A (`nested`).
   */
  transfers: { sequential: boolean; nested: boolean };
}

/** Hand-rolled tool dispatch: `switch (call.function.name) { case "x": return fn(args) }`, `tools[name](args)`. */
export interface DispatchConventions {
  /** A switch whose discriminant ends with one of these property names dispatches tool calls. */
  discriminantProperties: string[];
  /** Calls never wrapped as a tool (parsing, logging, serialising the arguments). */
  ignoredCallees: RegExp;
  /** `map[key](args)`: the map's variable name matches this, or it is an object literal of functions. */
  toolMapName: RegExp;
  /**
   * Outside files that import an LLM SDK or agent framework, dispatch counts only when its expression says it
   * is about tool calls (`toolCall.name`, `call.function.name`, `tools[name]`).
   */
  toolCallExpression: RegExp;
  /** How SDKs and apps spell a tool call (`tool_calls`, `toolCall`, `functionCall`): a file without any holds no dispatch. */
  toolCallMention: RegExp;
}
