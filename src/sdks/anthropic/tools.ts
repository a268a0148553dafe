import type { AgentFramework } from "../types/agents";

/** Anthropic SDK tool helpers for the tool runner: `betaZodTool({ name, description, inputSchema, run })`, `betaTool(...)`. */
export const anthropicTools: AgentFramework = {
  id: "anthropic",
  displayName: "Anthropic tool helpers",
  modules: ["@anthropic-ai/sdk/helpers/beta/zod", "@anthropic-ai/sdk/helpers/beta/json-schema"],
  tools: [
    {
      export: "betaZodTool",
      how: "call",
      optionsArgument: 0,
      body: { field: "run" },
      nameField: "name",
      descriptionField: "description",
    },
    {
      export: "betaTool",
      how: "call",
      optionsArgument: 0,
      body: { field: "run" },
      nameField: "name",
      descriptionField: "description",
    },
  ],
};
