// MCP TypeScript SDK v1 client: each client.callTool({ name, arguments }) runs the tool on the server, in an
// execute_tool span with the MCP attributes (mcp.method.name "tools/call", mcp.tool.name, is_error).
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { CallToolRequest } from "@modelcontextprotocol/sdk/types.js";
import * as Sentry from "@sentry/node";

const client = new Client({ name: "demo-client", version: "1.0.0" });

export async function add(a: number, b: number) {
  const result = await Sentry.startSpan(
    {
      op: "gen_ai.execute_tool",
      name: "execute_tool add",
      attributes: {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": "add",
        "mcp.method.name": "tools/call",
        "mcp.tool.name": "add",
        "gen_ai.tool.input": sentryRecordsAiContent("inputs") ? toSpanJson({ a, b }) : undefined,
      },
    },
    async (span) => {
      const output = await client.callTool({ name: "add", arguments: { a, b } });
      span.setAttributes({
        "gen_ai.tool.output": sentryRecordsAiContent("outputs") ? toSpanJson(output) : undefined,
        "mcp.tool.result.is_error": output?.isError === true,
      });
      return output;
    },
  );
  return result.content;
}

export async function callByName(toolName: string, args: Record<string, unknown>) {
  return Sentry.startSpan(
    {
      op: "gen_ai.execute_tool",
      name: `execute_tool ${toolName}`,
      attributes: {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": toolName,
        "mcp.method.name": "tools/call",
        "mcp.tool.name": toolName,
        "gen_ai.tool.input": sentryRecordsAiContent("inputs") ? toSpanJson(args) : undefined,
      },
    },
    async (span) => {
      const output = await client.callTool({ name: toolName, arguments: args });
      span.setAttributes({
        "gen_ai.tool.output": sentryRecordsAiContent("outputs") ? toSpanJson(output) : undefined,
        "mcp.tool.result.is_error": output?.isError === true,
      });
      return output;
    },
  );
}

export async function callRequest(request: CallToolRequest["params"]) {
  return await Sentry.startSpan(
    {
      op: "gen_ai.execute_tool",
      name: `execute_tool ${request.name}`,
      attributes: {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": request.name,
        "mcp.method.name": "tools/call",
        "mcp.tool.name": request.name,
        "gen_ai.tool.input": sentryRecordsAiContent("inputs") ? toSpanJson(request.arguments) : undefined,
      },
    },
    async (span) => {
      const output = await client.callTool(request);
      span.setAttributes({
        "gen_ai.tool.output": sentryRecordsAiContent("outputs") ? toSpanJson(output) : undefined,
        "mcp.tool.result.is_error": output?.isError === true,
      });
      return output;
    },
  );
}

export async function search(query: string) {
  return Sentry.startSpan(
    {
      op: "gen_ai.execute_tool",
      name: "execute_tool search",
      attributes: {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": "search",
        "mcp.method.name": "tools/call",
        "mcp.tool.name": "search",
      },
    },
    async (span) => {
      const input = { query: query.trim() };
      span.setAttributes({
        "gen_ai.tool.input": sentryRecordsAiContent("inputs") ? toSpanJson(input) : undefined,
      });
      const output = await client.callTool({ name: "search", arguments: input });
      span.setAttributes({
        "gen_ai.tool.output": sentryRecordsAiContent("outputs") ? toSpanJson(output) : undefined,
        "mcp.tool.result.is_error": output?.isError === true,
      });
      return output;
    },
  );
}

/** Whether Sentry may record AI prompts (inputs) or responses (outputs), as its own AI integrations decide. */
function sentryRecordsAiContent(kind: "inputs" | "outputs"): boolean {
  // SDK 11 has dataCollection and no sendDefaultPii; older SDKs may have no dataCollection.
  const options: { sendDefaultPii?: boolean; dataCollection?: { genAI?: { inputs?: boolean; outputs?: boolean } } } | undefined =
    Sentry.getClient()?.getOptions();
  if (!options) return false;
  if (options.dataCollection) return options.dataCollection.genAI?.[kind] ?? true;
  return Number(Sentry.SDK_VERSION.split(".")[0]) >= 11 || options.sendDefaultPii === true;
}

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value: unknown): string | undefined {
  try {
    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
