// Anthropic tool runner helpers: betaZodTool({ name, description, inputSchema, run }) -> `run` executes in an
// execute_tool span; its content-block result keeps the SDK's literal types.
import { betaZodTool } from "@anthropic-ai/sdk/helpers/beta/zod";
import { z } from "zod/v4";

export const getWeather = betaZodTool({
  name: "get_weather",
  description: "Get the current weather in a given location",
  inputSchema: z.object({ location: z.string() }),
  run: async (input) => {
    if (!input.location) return "unknown location";
    return [{ type: "text", text: `It is sunny in ${input.location}` }];
  },
});
