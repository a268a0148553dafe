import type { ResponseShape } from "../types/calls";
import { PY_AUTO } from "../sentry-python-integrations";
import type { PyEntry, PyOperation, PySdkDescriptor, PyStreamShape, PyToolDecorator } from "../types/python";
import { CHAT_MODEL_EVENTS } from "./python-stream";

const AI_MESSAGE: ResponseShape = {
  text: "content",
  toolCalls: "tool_calls",
  // AIMessage.id is LangChain's run id (lc_run--...); the provider's response id is in response_metadata.
  id: "response_metadata.id",
  model: "response_metadata.model_name",
  finishReasons: "response_metadata.finish_reason",
  usage: {
    input: "usage_metadata.input_tokens",
    output: "usage_metadata.output_tokens",
    total: "usage_metadata.total_tokens",
  },
};

const auto = PY_AUTO.langchain;
const INPUT = { keyword: "input", position: 0 };

/**
 * A chat model's `stream()` / `astream()` is a generator (an async one) of `AIMessageChunk`s: the text is their
 * `content` joined (a list of content blocks: the text blocks); `usage_metadata` is summed over the chunks, as
 * LangChain's own `chunk + chunk` does (one usage chunk for OpenAI, and only with `stream_usage`; input and
 * output in different chunks for Anthropic). The provider's response id and model are in `response_metadata`
 * (the chunk's `id` is LangChain's run id).
 */
const MESSAGE_CHUNKS: PyStreamShape = {
  collector: {
    name: "_SentryLangChainChunks",
    source: `class _SentryLangChainChunks(_SentryChunks):
    """LangChain chat model stream chunks (AIMessageChunk): the text joined, usage_metadata summed."""

    def add(self, chunk):
        content = _sentry_field(chunk, "content")
        blocks = [content] if isinstance(content, str) else [_sentry_field(block, "text") for block in _sentry_each(content)]
        self.append("".join(text for text in blocks if isinstance(text, str)))
        metadata = _sentry_field(chunk, "response_metadata")
        self.model = _sentry_field(metadata, "model_name") or self.model
        self.id = _sentry_field(metadata, "id") or self.id
        self.finish_reasons[0] = _sentry_field(metadata, "finish_reason") or _sentry_field(metadata, "stop_reason") or self.finish_reasons.get(0)
        for key in self.token_keys:
            self.usage[key] = _sentry_sum(self.usage.get(key), _sentry_field(chunk, "usage_metadata", key))`,
  },
};

const CHAT_MODEL_OPERATIONS: PyOperation[] = [
  { path: "invoke", operation: "chat", request: { messages: INPUT }, response: AI_MESSAGE, autoInstrumentedBy: auto },
  {
    path: "ainvoke",
    operation: "chat",
    request: { messages: INPUT },
    response: AI_MESSAGE,
    async: true,
    autoInstrumentedBy: auto,
  },
  {
    path: "batch",
    operation: "chat",
    request: { messages: { keyword: "inputs", position: 0 } },
    response: { text: "[].content" },
    autoInstrumentedBy: auto,
  },
  {
    path: "abatch",
    operation: "chat",
    request: { messages: { keyword: "inputs", position: 0 } },
    response: { text: "[].content" },
    async: true,
    autoInstrumentedBy: auto,
  },
  {
    path: "stream",
    operation: "chat",
    request: { messages: INPUT },
    response: {},
    streaming: true,
    stream: MESSAGE_CHUNKS,
  },
  {
    path: "astream",
    operation: "chat",
    request: { messages: INPUT },
    response: {},
    streaming: true,
    stream: MESSAGE_CHUNKS,
  },
  {
    path: "astream_events",
    operation: "chat",
    request: { messages: INPUT },
    response: {},
    streaming: true,
    stream: CHAT_MODEL_EVENTS,
  },
];

/** Chat model classes by provider package, with the provider they talk to. */
const CHAT_MODELS: Array<[module: string, cls: string, system: string]> = [
  ["langchain_openai", "ChatOpenAI", "openai"],
  ["langchain_openai", "AzureChatOpenAI", "azure.ai.openai"],
  ["langchain_anthropic", "ChatAnthropic", "anthropic"],
  ["langchain_google_genai", "ChatGoogleGenerativeAI", "gcp.gemini"],
  ["langchain_google_vertexai", "ChatVertexAI", "gcp.vertex_ai"],
  ["langchain_mistralai", "ChatMistralAI", "mistral_ai"],
  ["langchain_groq", "ChatGroq", "groq"],
  ["langchain_ollama", "ChatOllama", "ollama"],
  ["langchain_aws", "ChatBedrock", "aws.bedrock"],
  ["langchain_aws", "ChatBedrockConverse", "aws.bedrock"],
  ["langchain_cohere", "ChatCohere", "cohere"],
  ["langchain_deepseek", "ChatDeepSeek", "deepseek"],
  ["langchain_xai", "ChatXAI", "x_ai"],
  ["langchain_community.chat_models", "ChatOpenAI", "openai"],
  ["langchain_community.chat_models", "ChatAnthropic", "anthropic"],
  ["langchain_community.chat_models", "ChatOllama", "ollama"],
];

/** `init_chat_model("openai:gpt-4o")` / `init_chat_model("gpt-4o", model_provider="openai")`. */
const INIT_CHAT_MODEL: PyEntry = { export: "init_chat_model", how: "construct", produces: "langchain.init-chat-model" };

const TOOL: PyToolDecorator = {
  name: "tool",
  toolName: [{ keyword: "name_or_callable", position: 0 }],
  toolDescription: [{ keyword: "description" }],
  autoInstrumentedBy: auto,
};

/** Parameters LangChain fills in itself; a tool's recorded input leaves them out. */
const CONTEXT_TYPES = [
  "ToolRuntime",
  "InjectedToolArg",
  "InjectedState",
  "InjectedStore",
  "RunnableConfig",
  "CallbackManagerForToolRun",
];

const CHAT_MODEL_KIND = {
  operations: CHAT_MODEL_OPERATIONS,
  modelAtCreation: [{ keyword: "model" }, { keyword: "model_name" }],
  factories: [
    { path: "bind_tools", produces: "langchain.chat-model", carries: true },
    { path: "bind", produces: "langchain.chat-model", carries: true },
    { path: "with_config", produces: "langchain.chat-model", carries: true },
    { path: "with_retry", produces: "langchain.chat-model", carries: true },
    { path: "with_structured_output", produces: "langchain.structured", carries: true },
  ],
};

/** Provider packages and `langchain.chat_models`: one descriptor per module so imports resolve exactly. */
const modules = [...new Set(CHAT_MODELS.map(([module]) => module))];

export const langchainPy: PySdkDescriptor[] = [
  ...modules.map((module): PySdkDescriptor => ({
    id: "langchain",
    displayName: "LangChain",
    modules: [module],
    entries: CHAT_MODELS.filter(([m]) => m === module).map(([, cls, system]) => ({
      export: cls,
      how: "construct" as const,
      produces: "langchain.chat-model",
      system,
    })),
    kinds: [],
  })),
  {
    id: "langchain",
    displayName: "LangChain",
    modules: ["langchain.chat_models", "langchain.chat_models.base"],
    providerFromModel: "colon",
    entries: [INIT_CHAT_MODEL],
    kinds: [
      { id: "langchain.chat-model", ...CHAT_MODEL_KIND },
      {
        id: "langchain.init-chat-model",
        ...CHAT_MODEL_KIND,
        modelAtCreation: [{ keyword: "model", position: 0 }],
        providerAtCreation: [{ keyword: "model_provider" }],
      },
      {
        id: "langchain.structured",
        operations: [
          { path: "invoke", operation: "chat", request: { messages: INPUT }, response: {}, autoInstrumentedBy: auto },
          {
            path: "ainvoke",
            operation: "chat",
            request: { messages: INPUT },
            response: {},
            async: true,
            autoInstrumentedBy: auto,
          },
          { path: "stream", operation: "chat", request: {}, response: {}, streaming: true },
          { path: "astream", operation: "chat", request: {}, response: {}, streaming: true },
        ],
      },
    ],
  },
  {
    id: "langchain",
    displayName: "LangChain",
    modules: ["langchain.tools", "langchain_core.tools"],
    contextTypes: CONTEXT_TYPES,
    entries: [{ export: "tool", how: "tool-decorator", tool: TOOL }],
    kinds: [],
  },
];

/** What a LangGraph graph (and a LangChain v1 agent, which is one) returns: the final state. */
const GRAPH_STATE: ResponseShape = { text: "messages[-1].content" };

const graphOperations = (autoInstrumentedBy = PY_AUTO.langgraph): PyOperation[] => [
  {
    path: "invoke",
    operation: "invoke_agent",
    request: { messages: { keyword: "input", position: 0, path: "messages" } },
    response: GRAPH_STATE,
    autoInstrumentedBy,
  },
  {
    path: "ainvoke",
    operation: "invoke_agent",
    request: { messages: { keyword: "input", position: 0, path: "messages" } },
    response: GRAPH_STATE,
    async: true,
    autoInstrumentedBy,
  },
  { path: "stream", operation: "invoke_agent", request: {}, response: {}, streaming: true },
  { path: "astream", operation: "invoke_agent", request: {}, response: {}, streaming: true },
  { path: "astream_events", operation: "invoke_agent", request: {}, response: {}, streaming: true },
  { path: "astream_log", operation: "invoke_agent", request: {}, response: {}, streaming: true },
];

/** LangChain v1 agents: `create_agent(model=..., tools=[...], name=...)` returns a compiled graph. */
export const langchainAgentsPy: PySdkDescriptor = {
  id: "langchain",
  displayName: "LangChain agents",
  modules: ["langchain.agents"],
  providerFromModel: "colon",
  contextTypes: CONTEXT_TYPES,
  entries: [
    { export: "create_agent", how: "construct", produces: "langchain.agent" },
    { export: "tool", how: "tool-decorator", tool: TOOL },
  ],
  kinds: [
    {
      id: "langchain.agent",
      framework: "langchain",
      modelAtCreation: [{ keyword: "model", position: 0 }],
      nameAtCreation: [{ keyword: "name" }],
      operations: graphOperations(PY_AUTO.langchain),
    },
  ],
};

export const langgraphPy: PySdkDescriptor[] = [
  {
    id: "langgraph",
    displayName: "LangGraph",
    modules: ["langgraph.graph", "langgraph.graph.state"],
    entries: [{ export: "StateGraph", how: "construct", produces: "langgraph.builder" }],
    kinds: [
      {
        id: "langgraph.builder",
        chainable: true,
        operations: [],
        factories: [{ path: "compile", produces: "langgraph.graph", nameAt: [{ keyword: "name" }] }],
      },
      { id: "langgraph.graph", framework: "langgraph", operations: graphOperations() },
    ],
  },
  {
    id: "langgraph",
    displayName: "LangGraph",
    modules: ["langgraph.prebuilt"],
    providerFromModel: "colon",
    entries: [{ export: "create_react_agent", how: "construct", produces: "langgraph.react-agent" }],
    kinds: [
      {
        id: "langgraph.react-agent",
        framework: "langgraph",
        modelAtCreation: [{ keyword: "model", position: 0 }],
        nameAtCreation: [{ keyword: "name" }],
        operations: graphOperations(),
      },
    ],
  },
];
