import type { AgentFramework } from "../types/agents";

/**
 * Mastra: `createTool({ id, description, execute })`, `new Agent({ id, name, model }).generate(...)`, and agents
 * registered in `new Mastra({ agents: { key: agent } })`, fetched with `mastra.getAgent("key")` or
 * `mastra.getAgentById(id)` (mastra/index.js: by the agent's `id`, then by key).
 */
export const mastra: AgentFramework = {
  id: "mastra",
  displayName: "Mastra",
  modules: ["@mastra/core", "@mastra/core/tools", "@mastra/core/agent", "@mastra/core/mastra"],
  tools: [
    {
      export: "createTool",
      how: "call",
      optionsArgument: 0,
      body: { field: "execute" },
      nameField: "id",
      descriptionField: "description",
      nameFromToolsKey: { property: "tools", variableName: /tools$/i },
    },
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
          result: {
            text: "text",
            usage: { input: "usage.inputTokens", output: "usage.outputTokens", total: "usage.totalTokens" },
          },
        },
        { method: "stream", input: { argument: 0 }, result: {}, streaming: true },
      ],
    },
  ],
  agentRegistries: [
    {
      export: "Mastra",
      how: "construct",
      optionsArgument: 0,
      agentsField: "agents",
      lookups: [
        { method: "getAgent", keyArgument: 0 },
        { method: "getAgentById", keyArgument: 0, idFields: ["id"] },
      ],
    },
  ],
};
