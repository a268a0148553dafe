import type { AgentFramework, RemoteToolCall, ToolRegistration } from "../types/agents";

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

/**
 * `client.callTool({ name, arguments })` runs the tool on the MCP server: an execute_tool span with the MCP
 * attributes Sentry's MCP integration uses (`mcp.method.name`, `mcp.tool.name`, `mcp.tool.result.is_error`).
 */
const CALL_TOOL: RemoteToolCall = {
  receiverExport: "Client",
  method: "callTool",
  requestArgument: 0,
  nameField: "name",
  inputField: "arguments",
  attributes: [
    { key: "mcp.method.name", value: { text: "tools/call" } },
    { key: "mcp.tool.name", value: "toolName" },
  ],
  resultAttributes: [{ key: "mcp.tool.result.is_error", path: "isError", flag: true }],
};

/** MCP TypeScript SDK clients: v1 `@modelcontextprotocol/sdk/client`, v2 `@modelcontextprotocol/client`. */
export const mcpClient: AgentFramework = {
  id: "mcp",
  displayName: "MCP client",
  modules: [
    "@modelcontextprotocol/sdk/client/index.js",
    "@modelcontextprotocol/sdk/client/index",
    "@modelcontextprotocol/sdk/client",
    "@modelcontextprotocol/client",
  ],
  remoteToolCalls: [CALL_TOOL],
};
