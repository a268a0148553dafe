// Look-alikes: a `callTool` on a client of the project, and MCP client calls that run no tool. Nothing changes.
import { Client } from "@modelcontextprotocol/client";

class ToolClient {
  async callTool(request: { name: string; arguments: Record<string, unknown> }) {
    return `${request.name} called`;
  }
}

export async function local() {
  return new ToolClient().callTool({ name: "add", arguments: { a: 1 } });
}

export async function listTools(client: Client) {
  const { tools } = await client.listTools();
  return tools.map((tool) => tool.name);
}
