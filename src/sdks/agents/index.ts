import { anthropicTools } from "./anthropic-tools";
import { CUSTOM_AGENTS, TOOL_DISPATCH } from "./custom";
import { langchainTools, langgraph } from "./langchain";
import { mastra } from "./mastra";
import { mcpServer } from "./mcp";
import { openaiAgents } from "./openai-agents";
import type { AgentFramework } from "./types";
import { vercelAiAgents } from "./vercel-ai";

export const AGENT_FRAMEWORKS: readonly AgentFramework[] = [
  openaiAgents,
  vercelAiAgents,
  langchainTools,
  langgraph,
  mastra,
  mcpServer,
  anthropicTools,
];

export { CUSTOM_AGENTS, TOOL_DISPATCH };

const quotedModules = [...new Set(AGENT_FRAMEWORKS.flatMap((framework) => framework.modules))]
  .map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
  .join("|");

/**
 * Cheap text test for the engine's prefilter: could this file hold an agent run, a tool, a handoff or a
 * hand-rolled dispatch? (A framework module in quotes, a class named `...Agent`, a switch or comparison on a
 * tool call's `.name`, or a call through a tool map.) False positives only cost a parse.
 */
const FRAMEWORK_MODULE = new RegExp(`["'\`](?:${quotedModules})["'\`]`);
/** A custom agent class is only worth a parse where something is run on an agent. */
const AGENT_CLASS = /\b[A-Z][\w$]*Agent\b/;
const AGENT_RUN = /\.(?:run|invoke|execute|generate)\s*\(/;
/** Hand-rolled dispatch is only looked for in code that handles tool calls. */
const DISPATCH = new RegExp(
  [
    "switch\\s*\\([^)]*\\.name\\s*\\)",
    "\\.name\\s*===?\\s*[\"'`]",
    "[\"'`]\\s*===?\\s*[\\w$.?]*\\.name\\b",
    "\\b(?:tools?|toolMap|toolsByName|handlers?|toolHandlers|functions|functionMap|availableFunctions|registry|toolRegistry|implementations|impls?)\\s*\\[",
  ].join("|"),
);
const TOOL_CALL_MENTION = /tool_?calls?|toolCall|tool_use|function_?call|functionCall/i;

export function mightContainAgentSites(text: string): boolean {
  return (
    FRAMEWORK_MODULE.test(text) ||
    (AGENT_CLASS.test(text) && AGENT_RUN.test(text)) ||
    (DISPATCH.test(text) && TOOL_CALL_MENTION.test(text))
  );
}

/** The framework a module belongs to. */
export function agentFrameworksForModule(moduleName: string): AgentFramework[] {
  return AGENT_FRAMEWORKS.filter((framework) => framework.modules.includes(moduleName));
}
