// MCP server: server.tool(name, description, schema, handler) and server.registerTool(name, config, handler).
// The handlers must return a CallToolResult (`type: "text"` is a literal): the span keeps that typing.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import * as Sentry from "@sentry/node";

const server = new McpServer({ name: "demo", version: "1.0.0" });

server.tool("add", "Add two numbers", { a: z.number(), b: z.number() }, async ({ a, b }) =>
  Sentry.startSpan(
    {
      op: "gen_ai.execute_tool",
      name: "execute_tool add",
      attributes: {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": "add",
        "gen_ai.tool.description": "Add two numbers",
        "gen_ai.tool.input": toSpanJson({ a, b }),
      },
    },
    (span) => {
      return recordToolOutput(span, {
        content: [{ type: "text", text: String(a + b) }],
      });
    },
  ));

server.registerTool(
  "echo",
  { title: "Echo", description: "Echo the message back", inputSchema: { message: z.string() } },
  async ({ message }) =>
    Sentry.startSpan(
      {
        op: "gen_ai.execute_tool",
        name: "execute_tool echo",
        attributes: {
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": "echo",
          "gen_ai.tool.description": "Echo the message back",
          "gen_ai.tool.input": toSpanJson({ message }),
        },
      },
      async (span) => {
        return recordToolOutput(span, await (async () => {
          return { content: [{ type: "text", text: message }] };
        })());
      },
    ),
);

export { server };

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value: unknown): string | undefined {
  try {
    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** Records a tool's output on its Sentry span and returns it unchanged (a promise is recorded when it resolves). */
function recordToolOutput<T>(span: { setAttribute(key: string, value: string | undefined): unknown }, output: T): T {
  if (typeof (output as { then?: unknown } | null | undefined)?.then === "function") {
    (output as unknown as PromiseLike<unknown>).then((value) => span.setAttribute("gen_ai.tool.output", toSpanJson(value)), () => undefined);
  } else {
    span.setAttribute("gen_ai.tool.output", toSpanJson(output));
  }
  return output;
}
