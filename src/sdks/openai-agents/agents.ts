import type { AgentResultShape, AgentFramework } from "../types/agents";

/** What `run()` / `Runner.run()` resolve to: `RunResult` (agents-core result.ts, runState.ts `get usage()`). */
const RUN_RESULT: AgentResultShape = {
  text: "finalOutput",
  usage: { input: "state.usage.inputTokens", output: "state.usage.outputTokens", total: "state.usage.totalTokens" },
};

const RUN_INPUT = { argument: 1 };

/** OpenAI Agents SDK (`@openai/agents`, re-exporting `@openai/agents-core`). */
export const openaiAgents: AgentFramework = {
  id: "openai-agents",
  displayName: "OpenAI Agents",
  modules: ["@openai/agents", "@openai/agents-core"],
  agents: [
    {
      export: "Agent",
      how: "construct",
      staticMethods: ["create"],
      nameFields: ["name"],
      modelField: "model",
      handoffsField: "handoffs",
      toolsField: "tools",
      toolMethods: [
        {
          // agents-core agent.js `asTool`: the tool's execute is the SDK's own, and runs the agent with a
          // `Runner` it creates; the returned FunctionTool is run through `invoke(runContext, input, details)`.
          method: "asTool",
          optionsArgument: 0,
          nameField: "toolName",
          descriptionField: "toolDescription",
          toolObject: { invokeMethod: "invoke", inputArgument: 1, nameProperty: "name", descriptionProperty: "description" },
        },
      ],
    },
  ],
  runFunctions: [
    { export: "run", how: "call", agentArgument: 0, input: RUN_INPUT, optionsArgument: 2, streamFlag: "stream", result: RUN_RESULT, runtimeNameField: "name" },
    {
      export: "Runner",
      how: "construct",
      method: "run",
      agentArgument: 0,
      input: RUN_INPUT,
      optionsArgument: 2,
      streamFlag: "stream",
      result: RUN_RESULT,
      runtimeNameField: "name",
    },
  ],
  tools: [
    { export: "tool", how: "call", optionsArgument: 0, body: { field: "execute" }, nameField: "name", descriptionField: "description" },
  ],
  handoffEvent: { listenerMethod: "on", event: "agent_handoff" },
};
