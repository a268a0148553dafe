// Runtime program (uninstrumented): an MCP v2 server with two registered tools and a v2 client connected to it
// in memory. The client calls each tool once; the second reports a tool-level error in its result.
import { Client, InMemoryTransport } from "@modelcontextprotocol/client";
import { McpServer } from "@modelcontextprotocol/server";
import { z } from "zod";

const server = new McpServer({ name: "calc", version: "1.0.0" });

server.registerTool(
  "add",
  { description: "Add two numbers", inputSchema: z.object({ a: z.number(), b: z.number() }) },
  async ({ a, b }) => ({ content: [{ type: "text", text: String(a + b) }] }),
);

server.registerTool("fail", { description: "Always reports an error" }, async () => ({
  content: [{ type: "text", text: "no such thing" }],
  isError: true,
}));

export async function main() {
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  await server.connect(serverTransport);
  const client = new Client({ name: "calc-client", version: "1.0.0" });
  await client.connect(clientTransport);
  const sum = await client.callTool({ name: "add", arguments: { a: 2, b: 3 } });
  const failed = await client.callTool({ name: "fail", arguments: {} });
  await client.close();
  return { sum: sum.content, failed: failed.isError };
}
