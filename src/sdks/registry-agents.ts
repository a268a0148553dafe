import { anthropicTools } from "./anthropic/tools";
import { CUSTOM_AGENTS, TOOL_DISPATCH } from "./custom/agents";
import { langchainTools, langgraph } from "./langchain/agents";
import { mastra } from "./mastra/agents";
import { mcpClient, mcpServer, mcpServerV2 } from "./mcp/agents";
import { openaiAgents, openaiAgentsRealtime } from "./openai-agents/agents";
import { openaiFunctionTools } from "./openai/tools";
import type { AgentFramework } from "./types/agents";
import { vercelAiAgents } from "./vercel-ai/agents";

export const AGENT_FRAMEWORKS: readonly AgentFramework[] = [
  openaiAgents,
  openaiAgentsRealtime,
  vercelAiAgents,
  langchainTools,
  langgraph,
  mastra,
  mcpServer,
  mcpServerV2,
  mcpClient,
  anthropicTools,
  openaiFunctionTools,
];

export { CUSTOM_AGENTS, TOOL_DISPATCH };

/** Every module an agent framework is imported from: an import of one makes a file worth parsing. */
export const AGENT_FRAMEWORK_MODULES: readonly string[] = [...new Set(AGENT_FRAMEWORKS.flatMap((framework) => framework.modules))];

/** The framework a module belongs to. */
export function agentFrameworksForModule(moduleName: string): AgentFramework[] {
  return AGENT_FRAMEWORKS.filter((framework) => framework.modules.includes(moduleName));
}
