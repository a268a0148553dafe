// MCP TypeScript SDK v2 client (`@modelcontextprotocol/client`): callTool on a client held in a class field and
// on a parameter typed `Client` both get execute_tool spans.
import { Client } from "@modelcontextprotocol/client";

export class WeatherTools {
  private readonly client = new Client({ name: "weather-client", version: "2.0.0" });

  async forecast(city: string) {
    const result = await this.client.callTool({ name: "get_forecast", arguments: { city } });
    return result.isError ? undefined : result.structuredContent;
  }
}

export async function ping(client: Client) {
  const result = await client.callTool({ name: "ping", arguments: {} });
  return result.content;
}
