// Look-alikes: a `registerTool` on a class of the project, and v2's McpServer used for something that is
// not a tool registration. Nothing here is an MCP tool handler, so nothing changes.
import { McpServer } from "@modelcontextprotocol/server";

class Registry {
  registerTool(name: string, handler: () => string): void {
    console.log(name, handler());
  }
}

const registry = new Registry();
registry.registerTool("add", () => "not an MCP tool");

const server = new McpServer({ name: "demo", version: "1.0.0" });
server.registerPrompt("greet", { description: "Say hello" }, () => ({
  messages: [{ role: "user", content: { type: "text", text: "hello" } }],
}));

export { server };
