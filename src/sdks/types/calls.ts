import type { OperationName } from "../../core/conventions";
import type { FieldPath } from "../../core/field-path";
import type { AutoIntegration } from "../../core/types";

export type { AutoIntegration, FieldPath };

export interface RequestShape {
  /** Index of the argument that holds the request (default 0). */
  argument?: number;
  /** The argument itself is the input (LangChain `invoke(messages)`), not an options object. */
  argumentIsInput?: boolean;
  model?: FieldPath;
  /** The model may be an SDK model object instead of a name (AI SDK `openai("gpt-4o")`): its id is in this field. */
  modelIdField?: string;
  messages?: FieldPath;
  /** Also recorded as messages when `messages` is absent (OpenAI Responses `input`, AI SDK `prompt`). */
  prompt?: FieldPath;
  system?: FieldPath;
  tools?: FieldPath;
  /** `tools` is an object keyed by tool name (AI SDK), recorded as the list of names. */
  toolsKeyedByName?: boolean;
  embeddingsInput?: FieldPath;
  /** A property that turns the call into a stream when true or not a literal false. */
  streamFlag?: FieldPath;
  /**
   * `model` holds a model object made by a provider call (AI SDK `openai("gpt-4o")`, `openai.chat(id)`), not a
   * name: the name is that call's first argument.
   */
  modelByProviderCall?: boolean;
}

export interface UsageShape {
  input?: FieldPath;
  output?: FieldPath;
  /** Added to `output`: Google counts thinking tokens apart from the candidates' tokens. */
  outputAlsoCounts?: FieldPath[];
  total?: FieldPath;
  /** Added to `input`: Anthropic reports input tokens without cache reads and writes. */
  inputAlsoCounts?: FieldPath[];
  /** No total field: total = input (with the extras) + output. */
  totalIsSum?: boolean;
}

/** A response field the SDK types too loosely to read (LlamaIndex's `raw: object | null`), and the type it is read as. */
export interface DeclaredField {
  path: FieldPath;
  /** A TypeScript type, written out (the output may not be able to import the provider's own types). */
  type: string;
}

export interface ResponseShape {
  /** Where the payload sits inside what the call returns (legacy Google: `response`). */
  payload?: FieldPath;
  /** Fields TypeScript output reads through a type assertion to their declared type; JavaScript reads them as they are. */
  declaredTypes?: DeclaredField[];
  text?: FieldPath;
  /** The payload itself is the text (a LangChain text-completion LLM's `invoke` returns a string). */
  textIsResult?: boolean;
  toolCalls?: FieldPath;
  model?: FieldPath;
  id?: FieldPath;
  finishReasons?: FieldPath;
  usage?: UsageShape;
  /** Usage field names of older majors of the SDK (AI SDK v4 says promptTokens, not inputTokens). */
  usageBeforeMajor?: { major: number; usage: UsageShape };
  /** Usage field names of `module` versions before `version` (`x.y.z`), for changes inside a 0.x major. */
  usageBeforeVersion?: { module: string; version: string; usage: UsageShape };
}

export interface OperationShape {
  /** Method path from the receiver (`chat.completions.create`), or "" for an imported function. */
  path: string;
  operation: OperationName;
  request: RequestShape;
  response: ResponseShape;
  /** The call always returns a stream (its span follows `streamSpan`, or it is reported as needing manual work). */
  streaming?: boolean;
  /**
   * How the span of the streamed call ends (always, or when `request.streamFlag` is set). Without it a
   * streamed call is reported as needing manual work.
   */
  streamSpan?: StreamSpan;
  /** Why a streamed call of this operation is left to a person, and what to write (when the general advice does not fit). */
  streamingManualReason?: string;
  /** Bedrock-style dispatch: `client.send(new ConverseCommand(input))`; the request is the command's input. */
  command?: string;
  /** Sentry's SDK already creates a span for this call when its integration is on. */
  autoInstrumentedBy?: AutoIntegration;
}

/**
 * The three ways a streamed call's span can end. The helper names are the runtime helpers'
 * (src/engine/javascript/streaming/runtime-helpers.ts; a `collector` is one of an SDK's
 * src/sdks/<sdk>/stream-collectors.ts).
 */
export type StreamSpan =
  /**
   * A raw async iterable of chunks: `endSpanWithStream(span, call, <collector>())` observes them; `collector` reads
   * this SDK's chunks. `readableStream`: the stream is a web `ReadableStream` (LangChain's `IterableReadableStream`),
   * observed through its readers by `endSpanWithReadableStream`. `returnsStream`: the call returns such a stream
   * itself, not a promise of it (LangChain `streamEvents()`), and `endSpanWithReturnedStream(span, () => call,
   * <collector>())` keeps it synchronous. `field`: the stream is this field of what the call resolves to
   * (Bedrock `ConverseStreamCommand`: `stream`), and `endSpanWithStreamField` observes it in place, handing back
   * the result whole, its other fields (`$metadata`) read with the operation's `response` paths when it arrives.
   * `aggregateField` (with `field`): the result also holds a promise of the chunks' aggregate there (legacy
   * @google/generative-ai `{ stream, response }`), and `endSpanWithTeedStream` ends the span with it when the app
   * does not read the stream.
   */
  | {
      endsWith: "chunks";
      collector: string;
      readableStream?: boolean;
      returnsStream?: boolean;
      field?: string;
      aggregateField?: string;
    }
  /**
   * An SDK helper stream (an event emitter with `end`, `errored`, `aborted`): the listener on `event` reads the
   * final object with the operation's `response` paths (from the event's `payload` property when set), and
   * `endSpanWithEventStream` ends the span. `parameter` names the listener's parameter.
   */
  | {
      endsWith: "event";
      event: string;
      parameter: string;
      payload?: string;
      /**
       * The run's usage arrives on an event of its own (openai's tool runner emits `totalUsage`, the sum over its
       * model calls, after the final object): its listener records the tokens, read from the event's value
       * with `usage`, and the final object's usage is not read.
       */
      usageEvent?: { event: string; parameter: string; usage: UsageShape };
    }
  /**
   * Callbacks in the options object (AI SDK): `onFinish` reads the `response` paths from its event, `onError`
   * and `onAbort` (when the call has one) end the span; the app's own callbacks still run. `undeclared`
   * fields are left out of the helpers' event type and read with `"field" in event`.
   */
  | {
      endsWith: "callbacks";
      onFinish: string;
      onError: string;
      onAbort?: string;
      parameter: string;
      undeclared?: string[];
    };

/** A kind of value a client library hands out: a client, a model handle, a chat session. */
export interface ClientKind {
  id: string;
  operations: OperationShape[];
  /** Calls on this kind that return another kind (`getGenerativeModel` -> generative model). */
  factories?: { path: string; produces: string; carriesModel?: boolean }[];
  /** Where the model is named in the constructor / factory options, when it is fixed per client. */
  modelAtCreation?: FieldPath[];
  /** A public field holding that model at run time, read when the creation argument is not a literal. */
  modelField?: string;
  /** A prefix the SDK puts before the model id in `modelField` (legacy @google/generative-ai: `models/`), not part of the span's model. */
  modelFieldPrefix?: string;
}

/** How a module's export leads to a client kind or a call. */
export interface SdkEntry {
  export: string; // "default" for the default export
  /** construct: `new X(...)` or a factory call `X(...)` returning a client; value: the export is a client; call: an LLM call. */
  how: "construct" | "value" | "call";
  produces?: string;
  operation?: OperationShape;
  /** gen_ai.system for clients made from this export, when it differs from the SDK's. */
  system?: string;
}

export interface SdkDescriptor {
  /** Short id used in summaries and config: `openai`. */
  id: string;
  displayName: string;
  modules: string[];
  /** Default `gen_ai.system`. */
  system: string;
  entries: SdkEntry[];
  kinds: ClientKind[];
  /**
   * Constructor options holding the API's base URL: an OpenAI-compatible client pointed at a literal URL names
   * the provider behind it (from every SDK's `providerHints`).
   */
  baseUrlOptions?: FieldPath[];
  /**
   * Sentry's own helpers that return this SDK's client already instrumented (`Sentry.instrumentOpenAiClient`):
   * calls through such a client are traced, never wrapped again.
   */
  sentryClientWrappers?: string[];
  /**
   * Sentry's own callback handlers for this SDK (`Sentry.createLangChainCallbackHandler()`): a client built with
   * one in this option (`new ChatOpenAI({ callbacks: [handler] })`), or a call given one in an options
   * argument (`model.invoke(input, { callbacks: [handler] })`), is already instrumented.
   */
  sentryCallbackHandlers?: { option: string; helpers: string[] };
  /** How this provider is recognised from the base URL another SDK's OpenAI-compatible client is pointed at. */
  providerHints?: ProviderHint[];
  /**
   * Provider packages whose model factories name the provider of a call's model (AI SDK `model: openai("gpt-4o")`,
   * `createOpenAI({ baseURL })`): package -> `gen_ai.system`. Read for every SDK's call entries, from every SDK.
   */
  providerModules?: Readonly<Record<string, string>>;
  /**
   * Sub-objects of a request where sampling parameters (temperature, max tokens...) also live, besides its top
   * level (Google `config`, Ollama `options`). Read for every SDK's requests, from every SDK.
   */
  parameterContainers?: string[];
  /**
   * Where a tool written out in a request's tools list keeps its `name` and `description`, besides its top level,
   * as a path prefix (OpenAI `function.`, Bedrock `toolSpec.`). Read for every SDK's requests, from every SDK.
   */
  toolDefinitionPrefixes?: string[];
  /**
   * Settings objects of the framework whose fields hold a client the app assigns once (LlamaIndex
   * `Settings.llm = new OpenAI(...)`): `Settings.llm.chat(...)` is a call on the client assigned in the file.
   */
  settingsSlots?: SettingsSlot[];
}

/** A field of a module's settings export that holds a client: `Settings.llm` of `llamaindex`. */
export interface SettingsSlot {
  /** The modules that export the settings object (a package and the one it re-exports it from). */
  modules: string[];
  export: string;
  field: string;
}

/** A provider as seen from a base URL. */
export interface ProviderHint {
  /** The `gen_ai.system` the URL names. */
  system: string;
  /** Hosts of the provider's API. */
  hosts?: RegExp[];
  /** The port its local server listens on by default: a `localhost` URL with it names this provider. */
  localPort?: number;
}
