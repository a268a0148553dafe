// MCP TypeScript SDK v2 client (`@modelcontextprotocol/client`): callTool on a client held in a class field and
// on a parameter typed `Client` both get execute_tool spans.
import { Client } from "@modelcontextprotocol/client";
import * as Sentry from "@sentry/node";

export class WeatherTools {
  private readonly client = new Client({ name: "weather-client", version: "2.0.0" });

  async forecast(city: string) {
    const result = await Sentry.startSpan(
      {
        op: "gen_ai.execute_tool",
        name: "execute_tool get_forecast",
        attributes: {
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": "get_forecast",
          "mcp.method.name": "tools/call",
          "mcp.tool.name": "get_forecast",
          "gen_ai.tool.input": sentryRecordsAiContent("inputs") ? toSpanJson({ city }) : undefined,
        },
      },
      async (span) => {
        const output = await this.client.callTool({ name: "get_forecast", arguments: { city } });
        span.setAttributes({
          "gen_ai.tool.output": sentryRecordsAiContent("outputs") ? toSpanJson(output) : undefined,
          "mcp.tool.result.is_error": output?.isError === true,
        });
        return output;
      },
    );
    return result.isError ? undefined : result.structuredContent;
  }
}

export async function ping(client: Client) {
  const result = await Sentry.startSpan(
    {
      op: "gen_ai.execute_tool",
      name: "execute_tool ping",
      attributes: {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": "ping",
        "mcp.method.name": "tools/call",
        "mcp.tool.name": "ping",
        "gen_ai.tool.input": sentryRecordsAiContent("inputs") ? toSpanJson({}) : undefined,
      },
    },
    async (span) => {
      const output = await client.callTool({ name: "ping", arguments: {} });
      span.setAttributes({
        "gen_ai.tool.output": sentryRecordsAiContent("outputs") ? toSpanJson(output) : undefined,
        "mcp.tool.result.is_error": output?.isError === true,
      });
      return output;
    },
  );
  return result.content;
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
