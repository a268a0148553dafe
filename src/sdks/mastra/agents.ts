import type { AgentFramework } from "../types/agents";

/** Mastra: `createTool({ id, description, execute })`, `new Agent({ id, name, model }).generate(...)`. */
export const mastra: AgentFramework = {
  id: "mastra",
  displayName: "Mastra",
  modules: ["@mastra/core", "@mastra/core/tools", "@mastra/core/agent"],
  tools: [
    { export: "createTool", how: "call", optionsArgument: 0, body: { field: "execute" }, nameField: "id", descriptionField: "description", nameFromToolsKey: { property: "tools", variableName: /tools$/i } },
  ],
  agents: [
    {
      export: "Agent",
      how: "construct",
      nameFields: ["name", "id"],
      modelField: "model",
      toolsField: "tools",
      runMethods: [
        {
          method: "generate",
          input: { argument: 0 },
          result: { text: "text", usage: { input: "usage.inputTokens", output: "usage.outputTokens", total: "usage.totalTokens" } },
        },
        { method: "stream", input: { argument: 0 }, result: {}, streaming: true },
      ],
    },
  ],
};
