// Mastra: createTool({ id, description, execute }) -> the body runs in an execute_tool span named by `id`.
import { createTool } from "@mastra/core/tools";
import { z } from "zod";

export const weatherTool = createTool({
  id: "get-weather",
  description: "Get current weather for a location",
  inputSchema: z.object({ location: z.string() }),
  execute: async ({ context }) => {
    const response = await fetch(`https://wttr.in/${encodeURIComponent(context.location)}?format=3`);
    return { report: await response.text() };
  },
});
