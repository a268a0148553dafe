import { anthropicTools } from "./anthropic/tools";
import { CUSTOM_AGENTS, TOOL_DISPATCH } from "./custom/agents";
import { deepAgents, langchainTools, langgraph } from "./langchain/agents";
import { llamaindexAgents } from "./llamaindex/agents";
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
  deepAgents,
  mastra,
  mcpServer,
  mcpServerV2,
  mcpClient,
  anthropicTools,
  openaiFunctionTools,
  llamaindexAgents,
];

export { CUSTOM_AGENTS, TOOL_DISPATCH };

/** Every module an agent framework is imported from: an import of one makes a file worth parsing. */
export const AGENT_FRAMEWORK_MODULES: readonly string[] = [
  ...new Set(AGENT_FRAMEWORKS.flatMap((framework) => framework.modules)),
];

/** The framework a module belongs to. */
export function agentFrameworksForModule(moduleName: string): AgentFramework[] {
  return AGENT_FRAMEWORKS.filter((framework) => framework.modules.includes(moduleName));
}

/**
 * The methods called on an agent value to run, configure, build or look it up: a file that calls one on a value it
 * imports from a project file may run an agent created there.
 */
export function agentMethodNames(frameworks: readonly AgentFramework[]): string[] {
  const names = new Set<string>();
  for (const framework of frameworks) {
    for (const agent of framework.agents ?? []) {
      for (const run of agent.runMethods ?? []) names.add(run.method);
      for (const configure of agent.configureMethods ?? []) names.add(configure.method);
      if (agent.builtBy) names.add(agent.builtBy.method);
    }
    for (const registry of framework.agentRegistries ?? [])
      for (const lookup of registry.lookups) names.add(lookup.method);
  }
  return [...names];
}
