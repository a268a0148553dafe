import type { OperationName } from "../../core/conventions";
import type { AutoIntegration, FieldPath, ResponseShape } from "./calls";

/**
 * The Python side of the SDK catalog. Same idea as `../types.ts` (knowledge about call shapes is data, the
 * analysis is generic), with what Python calls need on top: keyword arguments that may also be passed by
 * position, module paths (`google.genai`), sync vs async entry points, agent frameworks and tool decorators.
 *
 * Response field paths use the shared `FieldPath` language (`choices[].message.content`,
 * `content[type=text].text`, `parts[?text].text`, `messages[-1]`); the Python engine compiles each into a
 * read at the site (`_sentry_field(response, "usage", "prompt_tokens")`, a comprehension for lists) that
 * reads attributes or dict keys and never raises. A step ending in `()` calls a no-argument method
 * (pydantic-ai `usage()`).
 */

/** One argument of a call: its keyword, the position it may also take, and a path inside its value. */
export interface PyArgument {
  keyword: string;
  /** 0-based position when the argument may be passed positionally. */
  position?: number;
  /** A path read at run time inside the argument's value (`system_instruction` inside `config`). */
  path?: FieldPath;
  /**
   * Recorded as messages, a str is the user's one message (`[{"role": "user", "content": "..."}]`) and a list
   * is the messages as given (openai-agents `Runner.run(agent, "question")` or `Runner.run(agent, [...])`).
   */
  textIsUserMessage?: boolean;
}

export interface PyRequestShape {
  model?: PyArgument;
  messages?: PyArgument;
  /** Recorded as the messages when there is no `messages` (OpenAI Responses `input`, agent run input). */
  prompt?: PyArgument;
  system?: PyArgument;
  tools?: PyArgument;
  embeddingsInput?: PyArgument;
  /** Keyword that makes the call stream when it is not a literal False (`stream=True`). */
  streamFlag?: string;
  /** The argument that names the agent being run (openai-agents `Runner.run(agent, ...)`). */
  agent?: PyArgument;
  /** Record literal request parameters (temperature, max_tokens, ...) from the call's keywords. */
  params?: boolean;
}

export interface PyOperation {
  /** Method path from the receiver (`chat.completions.create`), or "" when the entry itself is called. */
  path: string;
  operation: OperationName;
  request: PyRequestShape;
  response: ResponseShape;
  /** The call always returns a stream (or an async iterator / context manager): needs manual work. */
  streaming?: boolean;
  /** Returns a coroutine whatever the client (`acompletion`, `ainvoke`, `client.aio.*`, `Runner.run`). */
  async?: boolean;
  /** Sentry's Python SDK already creates this span when its integration is enabled. */
  autoInstrumentedBy?: AutoIntegration;
  /**
   * How the returned stream is observed: with the stream flag set (`stream=True`), or on every call of an
   * operation marked `streaming` (`generate_content_stream`, LangChain `stream`); else manual work.
   */
  stream?: PyStreamShape;
  /** A stream manager used as `with <call> as stream:`: what the stream has accumulated when the block ends. */
  streamBlock?: PyStreamBlockShape;
  /** A call that starts a run in the background and returns its streamed result at once (`streaming` too). */
  runStream?: PyRunStreamShape;
}

/**
 * A run that goes on in an asyncio task after the call returns (openai-agents `Runner.run_streamed`): the call
 * is made with the span current, so the task and the model calls in it nest under the span, which ends when
 * the task is done (completed, failed: errored, or cancelled), whether or not the app reads the stream.
 */
export interface PyRunStreamShape {
  /** Attributes of the returned result that may hold the run's task, tried in order. */
  taskAttributes: string[];
  /** Where the response data is in the result once its task has completed. */
  result: ResponseShape;
  /** Name of the generated function that records it, one per shape (`_sentry_record_agent_run`). */
  recorder: string;
}

/**
 * `with client.messages.stream(...) as stream:`: the block is the stream's life, so an ordinary `with` span
 * around it is right; when the block exits, the SDK's own accumulated snapshot is read with the
 * non-streaming paths, whatever the block read of the stream (nothing more is read from the network).
 */
export interface PyStreamBlockShape {
  /** The stream's attribute that holds what it accumulated so far (`current_message_snapshot`; dotted: a path). */
  snapshotAttribute: string;
  /**
   * Read when `snapshotAttribute` is not set: the stream left before its end (openai `responses.stream`
   * keeps the finished response and the snapshot being built apart).
   */
  partialSnapshotAttribute?: string;
  /** Where the response data is in the snapshot: the non-streaming response's shape. */
  snapshot: ResponseShape;
  /** Name of the generated function that records a snapshot, one per shape (`_sentry_record_anthropic_message`). */
  recorder: string;
}

/**
 * An SDK stream observed as the app reads it: the span ends when the stream is read to the end, fails or is
 * closed, and the collector turns the chunks into the span's response data.
 */
export interface PyStreamShape {
  /**
   * A Python class added once per file: `add(chunk)` for every chunk, `data()` the attributes at the end.
   * Written with 4-space indentation; it may use the engine's helpers (`_sentry_field`, `_sentry_json`, ...)
   * and extend the engine's `_SentryChunks` (`class X(_SentryChunks):`), which keeps the running totals
   * (`texts`, `finish_reasons` per choice, `model`, `id`, `usage`) and writes `data()` from them.
   * A class attribute `in_place = ("_iterator",)` names the attribute of the SDK's stream object that its
   * iteration reads (openai's `Stream._iterator`): wrapped in place, so the app keeps the SDK's object. Without
   * it, or on a stream without that attribute (a generator, litellm's `CustomStreamWrapper`), the app gets a
   * generator yielding the same chunks.
   */
  collector: { name: string; source: string };
  /**
   * The stream is observed only when this keyword is absent or one of these string literals (LangChain
   * `astream_events(version="v2")`, the default: other versions' events differ); otherwise manual work.
   */
  onlyWith?: { keyword: string; values: string[] };
}

/** A value a library hands out: a client, a chat model, an agent, a graph builder. */
export interface PyKind {
  id: string;
  operations: PyOperation[];
  /** Calls on this kind that return another kind (`with_options` -> same client, `compile` -> graph). */
  factories?: PyFactory[];
  /** Every other method call returns the same kind (builder style: `StateGraph.add_node(...)`). */
  chainable?: boolean;
  /** Where the constructor names the model. */
  modelAtCreation?: PyArgument[];
  /** Where the constructor names the agent. */
  nameAtCreation?: PyArgument[];
  /** An unnamed agent takes the name of the variable it is assigned to (pydantic-ai). */
  nameFromVariable?: boolean;
  /** Where the constructor names the provider (`init_chat_model(model_provider=...)`). */
  providerAtCreation?: PyArgument[];
  /** Decorators reached through an instance that declare tools (`@agent.tool`, `@agent.tool_plain`). */
  toolDecorators?: PyToolDecorator[];
  /** How agents of this kind hand off to each other (openai-agents `handoffs=[...]`). */
  handoffs?: PyHandoffs;
  /** The framework that runs tools and agents of this kind (`openai-agents`); the site's `sdk`. */
  framework?: string;
}

/**
 * Hand-offs between agents, recorded by a callback the framework calls when it hands off: a listed target
 * becomes `wrapper(target, <callbackKeyword>=...)`, a listed `wrapper(...)` call gets the keyword added.
 */
export interface PyHandoffs {
  /** Constructor keyword that lists the targets (`handoffs=[...]`). */
  keyword: string;
  /** The function that wraps one target (`from agents import handoff`), and where it takes the target. */
  wrapper: { module: string; export: string; target: PyArgument };
  /** Its keyword that takes the callback (`on_handoff`), and the parameters the callback is called with. */
  callbackKeyword: string;
  callbackParameters: string[];
  /** Keywords of the wrapper that change what the callback is called with (`input_type`). */
  changesCallback?: string[];
  /** Sentry's Python SDK already records hand-offs of this framework. */
  autoInstrumentedBy?: AutoIntegration;
  /**
   * The agent's attribute holding the list, when it may be set or added to after the agent is made:
   * `agent.handoffs = [...]`, `agent.handoffs.append(target)` (`addMethods`), `agent.handoffs.extend([...])`
   * (`listMethods`). Each target written there is wrapped as in the constructor's list.
   */
  attribute?: { name: string; addMethods: string[]; listMethods: string[] };
}

export interface PyFactory {
  path: string;
  produces: string;
  /** The new value keeps the model (and name) of the receiver. */
  carries?: boolean;
  /** Where the factory call names the agent (`compile(name=...)`). */
  nameAt?: PyArgument[];
}

/** What a module's export is. */
export interface PyEntry {
  /** Exported name; "" for the module itself (`import openai; openai.chat.completions.create(...)`). */
  export: string;
  /**
   * construct: calling it returns a `produces` value; value: it is one already (`Runner`, the `openai`
   * module); call: calling it is an operation (`litellm.completion`); tool-decorator: `@function_tool`;
   * handoff: openai-agents `handoff(agent, ...)`.
   */
  how: "construct" | "value" | "call" | "tool-decorator" | "handoff";
  produces?: string;
  operation?: PyOperation;
  /** gen_ai.system for values made from this export, when it differs from the SDK's. */
  system?: string;
  /** Instances made from this export are async clients (`AsyncOpenAI`). */
  async?: boolean;
  /** For how "tool-decorator". */
  tool?: PyToolDecorator;
}

/** A decorator that turns a function into a tool. */
export interface PyToolDecorator {
  /** Attribute name when reached through an instance (`tool` in `@agent.tool`); unused for module exports. */
  name: string;
  /** Leading parameters that carry the framework's context rather than tool input (`ctx: RunContext`). */
  contextParams?: number;
  /** Where a decorator call overrides the tool name (`@function_tool(name_override=...)`, `@tool("name")`). */
  toolName?: PyArgument[];
  /** Where it overrides the description; otherwise the docstring is the description. */
  toolDescription?: PyArgument[];
  /** Sentry's Python SDK already creates the tool's span. */
  autoInstrumentedBy?: AutoIntegration;
}

export interface PySdkDescriptor {
  /** Short id used in summaries (`openai`); for frameworks, the framework (`openai-agents`). */
  id: string;
  displayName: string;
  /** Python module paths (`google.genai`), matched exactly. */
  modules: string[];
  /** Default `gen_ai.system`. */
  system?: string;
  entries: PyEntry[];
  kinds: PyKind[];
  /** Constructor keywords holding the API's base URL: a literal one names the provider (OpenAI-compatible endpoints). */
  baseUrlKeywords?: string[];
  /** The model string names the provider: `"anthropic/claude-3-5-sonnet"` (LiteLLM), `"openai:gpt-4o"`. */
  providerFromModel?: "slash" | "colon";
  /**
   * Type names of parameters the framework fills in itself (`ctx: RunContext`, `config: RunnableConfig`):
   * left out of a tool's recorded input.
   */
  contextTypes?: string[];
}

/** Naming conventions that mark agents and tool dispatch written in the project itself. */
export interface PyCustomConventions {
  /** A class of the file named `...Agent` (not a framework subclass) is an agent... */
  agentClassSuffix: string;
  /** ...and these methods of it are its runs. */
  agentRunMethods: string[];
  /**
   * A class attribute (`name = "Router Agent"`) or an `__init__` parameter default (`name="Router Agent"`)
   * with one of these names, holding a string, names the agent; else the class name does.
   */
  agentNameFields: string[];
  /** A function whose name has one of these words may dispatch tools by name (`if name == "x": ...`). */
  dispatchFunctionWords: string[];
  /** A dict of functions bound to a name with one of these words is a tool registry (`TOOLS[name](...)`). */
  toolRegistryWords: string[];
}
