import type { AgentFramework } from "../types/agents";

/**
 * The `openai` package's own tool runner (v5+: `client.chat.completions.runTools`; v4: under `beta.`). It calls
 * each tool's `function` itself (lib/AbstractChatCompletionRunner `_runTools`), with tools written inline as
 * `{ type: "function", function: { function, parse, parameters, description, name? } }` (lib/RunnableFunction) or
 * made with `zodFunction({ name, parameters, function, description })` (helpers/zod). An inline tool without
 * `name` is offered under its function's own name.
 */
export const openaiFunctionTools: AgentFramework = {
  id: "openai",
  displayName: "OpenAI tool runner",
  modules: ["openai/helpers/zod"],
  tools: [
    {
      export: "zodFunction",
      how: "call",
      optionsArgument: 0,
      body: { field: "function" },
      nameField: "name",
      descriptionField: "description",
    },
  ],
  toolLists: [
    {
      sdk: "openai",
      paths: ["chat.completions.runTools", "beta.chat.completions.runTools"],
      optionsArgument: 0,
      listField: "tools",
      definitionField: "function",
      body: { field: "function" },
      nameField: "name",
      descriptionField: "description",
      nameFromFunction: true,
    },
  ],
};
