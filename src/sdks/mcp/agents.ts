import type { AgentFramework, ToolRegistration } from "../types/agents";

/** `server.registerTool(name, { title, description, inputSchema }, handler)`: the same call in both majors. */
const REGISTER_TOOL: ToolRegistration = {
  receiverExport: "McpServer",
  method: "registerTool",
  nameArgument: 0,
  description: { argument: 1, field: "description" },
  body: "last",
};

/** MCP TypeScript SDK v1 servers: `server.tool(name, [description], [schema], handler)`, `server.registerTool(name, config, handler)`. */
export const mcpServer: AgentFramework = {
  id: "mcp",
  displayName: "MCP server",
  modules: ["@modelcontextprotocol/sdk/server/mcp.js", "@modelcontextprotocol/sdk/server/mcp"],
  toolRegistrations: [
    { receiverExport: "McpServer", method: "tool", nameArgument: 0, description: { argument: 1 }, body: "last" },
    REGISTER_TOOL,
  ],
};

/** MCP TypeScript SDK v2 servers (`@modelcontextprotocol/server`): `registerTool` only, v2 has no `server.tool`. */
export const mcpServerV2: AgentFramework = {
  id: "mcp",
  displayName: "MCP server",
  modules: ["@modelcontextprotocol/server"],
  toolRegistrations: [REGISTER_TOOL],
};
