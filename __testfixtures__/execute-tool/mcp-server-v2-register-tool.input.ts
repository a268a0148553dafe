// MCP TypeScript SDK v2 (`@modelcontextprotocol/server`): server.registerTool(name, config, handler). The
// handler runs in an execute_tool span named after the tool; its CallToolResult typing is kept.
import { McpServer } from "@modelcontextprotocol/server";
import { z } from "zod";

const server = new McpServer({ name: "demo", version: "1.0.0" });

server.registerTool(
  "add",
  { title: "Add", description: "Add two numbers", inputSchema: z.object({ a: z.number(), b: z.number() }) },
  async ({ a, b }) => ({ content: [{ type: "text", text: String(a + b) }] }),
);

server.registerTool("ping", { description: "Answer pong" }, () => {
  return { content: [{ type: "text", text: "pong" }] };
});

export { server };
