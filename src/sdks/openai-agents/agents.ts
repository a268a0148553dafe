import type { AgentResultShape, AgentFramework, ToolDefinition } from "../types/agents";

/** What `run()` / `Runner.run()` resolve to: `RunResult` (agents-core result.ts, runState.ts `get usage()`). */
const RUN_RESULT: AgentResultShape = {
  text: "finalOutput",
  usage: { input: "state.usage.inputTokens", output: "state.usage.outputTokens", total: "state.usage.totalTokens" },
};

const RUN_INPUT = { argument: 1 };

/**
 * `run(agent, input, { stream: true })` resolves to a `StreamedRunResult` (agents-core result.ts) whose `completed`
 * settles when the run loop ends: after the last event, on an error (rejected; also kept in `error`), and after a
 * cancelled stream (`break` in `for await`, an abort signal) or one nobody reads, since the loop does not wait
 * for a reader. Its `finalOutput` and `state.usage` are those of `RunResult`; a cancelled run has no final output,
 * and reading `finalOutput` then logs a warning, so nothing is read once `cancelled` is true.
 */
const STREAM_END = { settledBy: "completed", cancelledBy: "cancelled" };
/** `tool({ name, description, parameters, execute })`, from agents-core (the realtime package re-exports it). */
const FUNCTION_TOOL: ToolDefinition = {
  export: "tool",
  how: "call",
  optionsArgument: 0,
  body: { field: "execute" },
  nameField: "name",
  descriptionField: "description",
};

/** `agent.handoffs` is a public array: apps assign it, or push to it, once every agent exists (agents that hand off to each other). */
const HANDOFFS_PROPERTY = { name: "handoffs", addMethods: ["push", "unshift"] };

/** Agents emit `agent_handoff` with `(context, nextAgent)` when they hand off. */
const HANDOFF_EVENT = { listenerMethod: "on", event: "agent_handoff" };

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
      handoffsProperty: HANDOFFS_PROPERTY,
      toolsField: "tools",
      toolMethods: [
        {
          // agents-core agent.js `asTool`: the tool's execute is the SDK's own, and runs the agent with a
          // `Runner` it creates; the returned FunctionTool is run through `invoke(runContext, input, details)`.
          method: "asTool",
          optionsArgument: 0,
          nameField: "toolName",
          descriptionField: "toolDescription",
          toolObject: {
            invokeMethod: "invoke",
            inputArgument: 1,
            nameProperty: "name",
            descriptionProperty: "description",
          },
        },
      ],
    },
  ],
  runFunctions: [
    {
      export: "run",
      how: "call",
      agentArgument: 0,
      input: RUN_INPUT,
      optionsArgument: 2,
      streamFlag: "stream",
      streamEnd: STREAM_END,
      result: RUN_RESULT,
      runtimeNameField: "name",
    },
    {
      export: "Runner",
      how: "construct",
      method: "run",
      agentArgument: 0,
      input: RUN_INPUT,
      optionsArgument: 2,
      streamFlag: "stream",
      streamEnd: STREAM_END,
      result: RUN_RESULT,
      runtimeNameField: "name",
    },
  ],
  tools: [FUNCTION_TOOL],
  handoffEvent: HANDOFF_EVENT,
};

/**
 * Realtime voice agents (`@openai/agents/realtime`, `@openai/agents-realtime`): `RealtimeAgent` extends `Agent`,
 * and the `RealtimeSession` emits `agent_handoff` on the agent it hands off from, so the same listener records
 * each handoff. The session runs the agent over a live connection: there is no run call to wrap.
 */
export const openaiAgentsRealtime: AgentFramework = {
  id: "openai-agents",
  displayName: "OpenAI Agents (realtime)",
  modules: ["@openai/agents/realtime", "@openai/agents-realtime"],
  agents: [
    {
      export: "RealtimeAgent",
      how: "construct",
      nameFields: ["name"],
      handoffsField: "handoffs",
      handoffsProperty: HANDOFFS_PROPERTY,
      toolsField: "tools",
    },
  ],
  tools: [FUNCTION_TOOL],
  handoffEvent: HANDOFF_EVENT,
};
