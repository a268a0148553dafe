import type { AgentFramework, AgentResultShape, AgentRunMethod } from "../types/agents";

/** Sentry's LangChain integration spans tool runs and agent (chain) runs through LangChain callbacks. */
const LANGCHAIN_AUTO = { integration: "langChainIntegration", since: "10.22.0", runtimeName: "LangChain" };
/** Sentry's LangGraph integration wraps compiled graphs' `invoke` (`@sentry/node` 10.26.0 changelog). */
const LANGGRAPH_AUTO = { integration: "langGraphIntegration", since: "10.26.0", runtimeName: "LangGraph" };

/** `graph.withConfig({ runName })` (agents too, ReactAgent.d.ts): the same compiled graph, run under that name. */
const RENAME = { method: "withConfig", optionsArgument: 0, nameFields: ["runName"] };

/** Agent state: the reply is the last message's content (usage is per message, in `usage_metadata`). */
const LAST_MESSAGE: AgentResultShape = { lastOf: { list: "messages", field: "content" } };

/**
 * Graph and agent streams: `await graph.stream(input)` (an IterableReadableStream of states or updates) and
 * `graph.streamEvents(input, { version: "v2" })` (returned synchronously, the run's events): the span ends with
 * the stream, with the reply from the last state, or from the last model run's events with the run's token totals.
 */
const STREAM_METHODS: AgentRunMethod[] = [
  {
    method: "stream",
    input: { argument: 0, fields: [{ path: "messages" }] },
    result: {},
    streaming: true,
    streamSpan: { endsWith: "chunks", collector: "langGraphStateChunks", readableStream: true },
  },
  {
    method: "streamEvents",
    input: { argument: 0, fields: [{ path: "messages" }] },
    result: {},
    streaming: true,
    streamSpan: { endsWith: "chunks", collector: "langChainStreamEvents", readableStream: true, returnsStream: true },
  },
];

/** LangChain JS tools: `tool(fn, { name, description, schema })`, `DynamicTool`, `DynamicStructuredTool`. */
export const langchainTools: AgentFramework = {
  id: "langchain",
  displayName: "LangChain",
  modules: ["@langchain/core/tools", "langchain/tools", "langchain"],
  tools: [
    {
      export: "tool",
      how: "call",
      optionsArgument: 1,
      body: { argument: 0 },
      nameField: "name",
      descriptionField: "description",
      autoInstrumentedBy: LANGCHAIN_AUTO,
    },
    {
      export: "DynamicTool",
      how: "construct",
      optionsArgument: 0,
      body: { field: "func" },
      nameField: "name",
      descriptionField: "description",
      autoInstrumentedBy: LANGCHAIN_AUTO,
    },
    {
      export: "DynamicStructuredTool",
      how: "construct",
      optionsArgument: 0,
      body: { field: "func" },
      nameField: "name",
      descriptionField: "description",
      autoInstrumentedBy: LANGCHAIN_AUTO,
    },
  ],
  agents: [
    {
      export: "createAgent",
      how: "call",
      nameFields: ["name"],
      modelField: "model",
      toolsField: "tools",
      runMethods: [
        {
          method: "invoke",
          input: { argument: 0, fields: [{ path: "messages" }] },
          result: LAST_MESSAGE,
          autoInstrumentedBy: LANGCHAIN_AUTO,
        },
        ...STREAM_METHODS,
      ],
      configureMethods: [RENAME],
    },
  ],
};

/** Deep Agents (`deepagents`): `createDeepAgent({ model, tools, name })` is a LangChain agent graph, run the same way. */
export const deepAgents: AgentFramework = {
  id: "deepagents",
  displayName: "Deep Agents",
  modules: ["deepagents"],
  agents: [
    {
      export: "createDeepAgent",
      how: "call",
      nameFields: ["name"],
      modelField: "model",
      toolsField: "tools",
      runMethods: [
        {
          method: "invoke",
          input: { argument: 0, fields: [{ path: "messages" }] },
          result: LAST_MESSAGE,
          autoInstrumentedBy: LANGCHAIN_AUTO,
        },
        ...STREAM_METHODS,
      ],
      configureMethods: [RENAME],
    },
  ],
};

/**
 * LangGraph: prebuilt agents (`createReactAgent({ llm, tools, name })`) and graphs built with
 * `new StateGraph(State).addNode(...).addEdge(...).compile({ name })`, run with `.invoke()`; a compiled graph
 * renamed with `.withConfig({ runName })` keeps running as the same agent.
 */
export const langgraph: AgentFramework = {
  id: "langgraph",
  displayName: "LangGraph",
  modules: ["@langchain/langgraph/prebuilt", "@langchain/langgraph"],
  agents: [
    {
      export: "createReactAgent",
      how: "call",
      nameFields: ["name"],
      toolsField: "tools",
      runMethods: [
        {
          method: "invoke",
          input: { argument: 0, fields: [{ path: "messages" }] },
          result: LAST_MESSAGE,
          autoInstrumentedBy: LANGGRAPH_AUTO,
        },
        ...STREAM_METHODS,
      ],
      configureMethods: [RENAME],
    },
    {
      export: "StateGraph",
      how: "construct",
      nameFields: ["name"],
      // The state is the app's own: only a messages state is known to hold the reply.
      builtBy: {
        method: "compile",
        optionsArgument: 0,
        stateResults: { exports: ["MessagesAnnotation", "MessagesZodState"], result: LAST_MESSAGE },
      },
      runMethods: [
        {
          method: "invoke",
          input: { argument: 0, fields: [{ path: "messages" }] },
          result: {},
          autoInstrumentedBy: LANGGRAPH_AUTO,
        },
        ...STREAM_METHODS,
      ],
      configureMethods: [RENAME],
    },
  ],
};
