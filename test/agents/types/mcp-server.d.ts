/**
 * A stand-in for `@modelcontextprotocol/sdk/server/mcp.js` (not installed here), after the SDK's McpServer:
 * tool handlers must return a CallToolResult whose content items have a literal `type`.
 */
declare module "@modelcontextprotocol/sdk/server/mcp.js" {
  import type { z } from "zod";

  export type CallToolResult = { content: ({ type: "text"; text: string } | { type: "image"; data: string; mimeType: string })[]; isError?: boolean };
  type Shape = Record<string, z.ZodType>;
  type Args<S extends Shape> = { [K in keyof S]: z.infer<S[K]> };

  export class McpServer {
    constructor(info: { name: string; version: string });
    tool<S extends Shape>(name: string, description: string, shape: S, cb: (args: Args<S>, extra: unknown) => CallToolResult | Promise<CallToolResult>): void;
    registerTool<S extends Shape>(
      name: string,
      config: { title?: string; description?: string; inputSchema?: S },
      cb: (args: Args<S>, extra: unknown) => CallToolResult | Promise<CallToolResult>,
    ): void;
  }
}
