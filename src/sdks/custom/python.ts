import type { PyCustomConventions } from "../types/python";

/**
 * Agents and tool dispatch written in the project itself (no framework): `class SupportAgent: def run(...)`,
 * `TOOLS = {"get_weather": get_weather}; TOOLS[name](**args)`, `def run_tool(name, args): if name == ...`.
 */
export const CUSTOM_PY: PyCustomConventions = {
  agentClassSuffix: "Agent",
  agentRunMethods: ["run", "arun"],
  agentNameFields: ["name"],
  dispatchFunctionWords: ["tool", "function", "dispatch"],
  toolRegistryWords: ["tool", "function"],
};
