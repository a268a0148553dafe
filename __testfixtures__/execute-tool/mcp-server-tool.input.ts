// MCP server: server.tool(name, description, schema, handler) and server.registerTool(name, config, handler).
// The handlers must return a CallToolResult (`type: "text"` is a literal): the span keeps that typing.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "demo", version: "1.0.0" });

server.tool("add", "Add two numbers", { a: z.number(), b: z.number() }, async ({ a, b }) => ({
  content: [{ type: "text", text: String(a + b) }],
}));

server.registerTool(
  "echo",
  { title: "Echo", description: "Echo the message back", inputSchema: { message: z.string() } },
  async ({ message }) => {
    return { content: [{ type: "text", text: message }] };
  },
);

export { server };
