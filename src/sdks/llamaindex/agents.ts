import type { AgentDeclaration, AgentFramework, AgentRunMethod, ToolDefinition } from "../types/agents";
import { LLAMAINDEX_SETTINGS_LLM } from "./calls";

/** `workflow.run(input)` resolves to the stop event, whose `data.result` is the final reply. */
const RUN_METHODS: AgentRunMethod[] = [
  { method: "run", input: { argument: 0 }, result: { text: "data.result" } },
  { method: "runStream", input: { argument: 0 }, result: {}, streaming: true },
];

/**
 * `agent({ name, llm, tools })` (also `AgentWorkflow.fromTools({...})`): a one-agent workflow; the model is the LLM's,
 * or without `llm` the one the file assigns to `Settings.llm`.
 */
const singleAgent = (exportName: string, how: AgentDeclaration["how"], staticMethods?: string[]): AgentDeclaration => ({
  export: exportName,
  how,
  staticMethods,
  nameFields: ["name"],
  modelField: "llm",
  modelFromSettings: LLAMAINDEX_SETTINGS_LLM,
  toolsField: "tools",
  runMethods: RUN_METHODS,
});

/**
 * `tool({ name, description, parameters, execute })` and `tool(fn, { name, description, parameters })` (also
 * `FunctionTool.from(...)`, the static factory `tool` aliases): the call's arguments say which form it is.
 */
const toolForms = (exportName: string, staticMethod?: string): ToolDefinition[] => [
  {
    export: exportName,
    how: "call",
    staticMethod,
    optionsArgument: 0,
    body: { field: "execute" },
    nameField: "name",
    descriptionField: "description",
  },
  {
    export: exportName,
    how: "call",
    staticMethod,
    optionsArgument: 1,
    body: { argument: 0 },
    nameField: "name",
    descriptionField: "description",
  },
];

/** LlamaIndex TS agents (`@llamaindex/workflow`) and tools (`llamaindex`, `@llamaindex/core/tools`). Sentry does not instrument them. */
export const llamaindexAgents: AgentFramework = {
  id: "llamaindex",
  displayName: "LlamaIndex",
  modules: ["@llamaindex/workflow", "llamaindex", "@llamaindex/core/tools"],
  agents: [
    singleAgent("agent", "call"),
    singleAgent("AgentWorkflow", "call", ["fromTools"]),
    {
      export: "multiAgent",
      how: "call",
      nameFields: ["rootAgent.name"],
      runMethods: RUN_METHODS,
    },
  ],
  tools: [
    ...toolForms("tool"),
    // `tool` is an alias of `FunctionTool.from`. `new FunctionTool(fn, metadata)` is left alone: with its function
    // wrapped, TypeScript infers the input type from a JSON-schema `parameters` instead, and rejects it.
    ...toolForms("FunctionTool", "from"),
  ],
};
