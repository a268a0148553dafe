import type { AgentFramework, AgentResultShape } from "../types/agents";

/** Sentry's LangChain integration spans tool runs and agent (chain) runs through LangChain callbacks. */
const LANGCHAIN_AUTO = { integration: "langChainIntegration", since: "10.22.0", runtimeName: "LangChain" };
/** Sentry's LangGraph integration wraps compiled graphs' `invoke` (`@sentry/node` 10.26.0 changelog). */
const LANGGRAPH_AUTO = { integration: "langGraphIntegration", since: "10.26.0", runtimeName: "LangGraph" };

/** Agent state: the reply is the last message's content (usage is per message, in `usage_metadata`). */
const LAST_MESSAGE: AgentResultShape = { lastOf: { list: "messages", field: "content" } };

/** LangChain JS tools: `tool(fn, { name, description, schema })`, `DynamicTool`, `DynamicStructuredTool`. */
export const langchainTools: AgentFramework = {
  id: "langchain",
  displayName: "LangChain",
  modules: ["@langchain/core/tools", "langchain/tools", "langchain"],
  tools: [
    { export: "tool", how: "call", optionsArgument: 1, body: { argument: 0 }, nameField: "name", descriptionField: "description", autoInstrumentedBy: LANGCHAIN_AUTO },
    { export: "DynamicTool", how: "construct", optionsArgument: 0, body: { field: "func" }, nameField: "name", descriptionField: "description", autoInstrumentedBy: LANGCHAIN_AUTO },
    { export: "DynamicStructuredTool", how: "construct", optionsArgument: 0, body: { field: "func" }, nameField: "name", descriptionField: "description", autoInstrumentedBy: LANGCHAIN_AUTO },
  ],
  agents: [
    {
      export: "createAgent",
      how: "call",
      nameFields: ["name"],
      modelField: "model",
      toolsField: "tools",
      runMethods: [
        { method: "invoke", input: { argument: 0, fields: [{ path: "messages" }] }, result: LAST_MESSAGE, autoInstrumentedBy: LANGCHAIN_AUTO },
        { method: "stream", input: { argument: 0 }, result: {}, streaming: true },
      ],
    },
  ],
};

/** LangGraph prebuilt agents: `createReactAgent({ llm, tools, name })` compiled graphs run with `.invoke()`. */
export const langgraph: AgentFramework = {
  id: "langgraph",
  displayName: "LangGraph",
  modules: ["@langchain/langgraph/prebuilt"],
  agents: [
    {
      export: "createReactAgent",
      how: "call",
      nameFields: ["name"],
      toolsField: "tools",
      runMethods: [
        { method: "invoke", input: { argument: 0, fields: [{ path: "messages" }] }, result: LAST_MESSAGE, autoInstrumentedBy: LANGGRAPH_AUTO },
        { method: "stream", input: { argument: 0 }, result: {}, streaming: true },
      ],
    },
  ],
};
