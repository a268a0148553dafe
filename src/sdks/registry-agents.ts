import { anthropicTools } from "./anthropic/tools";
import { CUSTOM_AGENTS, TOOL_DISPATCH } from "./custom/agents";
import { langchainTools, langgraph } from "./langchain/agents";
import { mastra } from "./mastra/agents";
import { mcpServer } from "./mcp/agents";
import { openaiAgents } from "./openai-agents/agents";
import { openaiFunctionTools } from "./openai/tools";
import type { AgentFramework } from "./types/agents";
import { vercelAiAgents } from "./vercel-ai/agents";

export const AGENT_FRAMEWORKS: readonly AgentFramework[] = [
  openaiAgents,
  vercelAiAgents,
  langchainTools,
  langgraph,
  mastra,
  mcpServer,
  anthropicTools,
  openaiFunctionTools,
];

export { CUSTOM_AGENTS, TOOL_DISPATCH };

/** Every module an agent framework is imported from: an import of one makes a file worth parsing. */
export const AGENT_FRAMEWORK_MODULES: readonly string[] = [...new Set(AGENT_FRAMEWORKS.flatMap((framework) => framework.modules))];

/**
 * Cheap text test for the engine's prefilter, for agent code that imports no framework (framework imports are
 * tested with the SDK modules): a custom agent class that is created and run, or hand-rolled tool dispatch.
 * Each pattern mirrors what the finder needs, so a file that fails it cannot hold such a site; false positives
 * only cost a parse.
 */
export function mightContainAgentSites(text: string): boolean {
  // Cheapest tests first: most files of a large tree fail the first one.
  return (
    (text.includes("Agent") && AGENT_RUN.test(text) && AGENT_CLASS_USE.test(text)) ||
    (TOOL_CALL_MENTION.test(text) && DISPATCH.test(text))
  );
}

/** A class named `...Agent` created, annotated or declared here (the finder traces `new X`, `: X` and `class X`). */
const AGENT_CLASS_USE = /(?:\bnew\s+|\bclass\s+|:\s*)[A-Z][\w$]*Agent\b/;
const AGENT_RUN = new RegExp(`\\.(?:${CUSTOM_AGENTS.runMethods.join("|")})\\s*\\(`);
/**
 * Dispatch on a tool call's `.name`, or a call through a map indexed by one: outside files that import an LLM
 * SDK the finder only takes them when the expression itself says "tool", "function" or "call". (Patterns do not
 * start with a repeated class: the regex engine would retry it at every position of a large file.)
 */
const TOOL_WORD = "(?:tool|function|call|\\bfc\\b)";
const DISPATCH = new RegExp(
  [
    `switch\\s*\\(\\s*[\\w$.?]*${TOOL_WORD}[\\w$.?]*\\.name\\s*\\)`,
    `${TOOL_WORD}[\\w$.?]*\\.name\\s*===?\\s*["'\`]`,
    `["'\`]\\s*===?\\s*[\\w$.?]*${TOOL_WORD}[\\w$.?]*\\.name\\b`,
    // A map named for tools (`callbacks[i]()` is not one), or any map indexed by a tool call's name; not a
    // Markdown link in a comment (`[tools](https://...)`).
    `(?:tool|function)[\\w$]*\\[[^\\]\\n]*\\]\\s*\\((?![a-z]+:\\/\\/)`,
    `\\[\\s*[\\w$.?]*${TOOL_WORD}[\\w$.?]*\\s*\\]\\s*\\((?![a-z]+:\\/\\/)`,
  ].join("|"),
  "i",
);
const TOOL_CALL_MENTION = /tool_?calls?|toolCall|tool_use|function_?call|functionCall/i;

/** The framework a module belongs to. */
export function agentFrameworksForModule(moduleName: string): AgentFramework[] {
  return AGENT_FRAMEWORKS.filter((framework) => framework.modules.includes(moduleName));
}
