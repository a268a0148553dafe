import type { AgentFramework } from "../types/agents";

/** MCP TypeScript SDK servers: `server.tool(name, [description], [schema], handler)`, `server.registerTool(name, config, handler)`. */
export const mcpServer: AgentFramework = {
  id: "mcp",
  displayName: "MCP server",
  modules: ["@modelcontextprotocol/sdk/server/mcp.js", "@modelcontextprotocol/sdk/server/mcp"],
  toolRegistrations: [
    { receiverExport: "McpServer", method: "tool", nameArgument: 0, description: { argument: 1 }, body: "last" },
    { receiverExport: "McpServer", method: "registerTool", nameArgument: 0, description: { argument: 1, field: "description" }, body: "last" },
  ],
};
