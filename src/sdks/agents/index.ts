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
const AGENT_MENTION = new RegExp(
  [
    `["'\`](?:${quotedModules})["'\`]`,
    "\\b[A-Z][\\w$]*Agent\\b",
    "switch\\s*\\([^)]*\\.name\\s*\\)",
    "\\.name\\s*===?\\s*[\"'`]",
    "[\"'`]\\s*===?\\s*[\\w$.?]*\\.name\\b",
    "\\b(?:tools?|toolMap|toolsByName|handlers?|toolHandlers|functions|functionMap|availableFunctions|registry|toolRegistry|implementations|impls?)\\s*\\[",
  ].join("|"),
);

export function mightContainAgentSites(text: string): boolean {
  return AGENT_MENTION.test(text);
}

/** The framework a module belongs to. */
export function agentFrameworksForModule(moduleName: string): AgentFramework[] {
  return AGENT_FRAMEWORKS.filter((framework) => framework.modules.includes(moduleName));
}
