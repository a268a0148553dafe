// MCP TypeScript SDK v1 client: each client.callTool({ name, arguments }) runs the tool on the server, in an
// execute_tool span with the MCP attributes (mcp.method.name "tools/call", mcp.tool.name, is_error).
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { CallToolRequest } from "@modelcontextprotocol/sdk/types.js";

const client = new Client({ name: "demo-client", version: "1.0.0" });

export async function add(a: number, b: number) {
  const result = await client.callTool({ name: "add", arguments: { a, b } });
  return result.content;
}

export async function callByName(toolName: string, args: Record<string, unknown>) {
  return client.callTool({ name: toolName, arguments: args });
}

export async function callRequest(request: CallToolRequest["params"]) {
  return await client.callTool(request);
}

export async function search(query: string) {
  return client.callTool({ name: "search", arguments: { query: query.trim() } });
}
