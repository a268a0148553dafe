// Mastra: createTool({ id, description, execute }) -> the body runs in an execute_tool span named by `id`.
import { createTool } from "@mastra/core/tools";
import { z } from "zod";
import * as Sentry from "@sentry/node";

export const weatherTool = createTool({
  id: "get-weather",
  description: "Get current weather for a location",
  inputSchema: z.object({ location: z.string() }),
  execute: async ({ context }) =>
    Sentry.startSpan(
      {
        op: "gen_ai.execute_tool",
        name: "execute_tool get-weather",
        attributes: {
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": "get-weather",
          "gen_ai.tool.description": "Get current weather for a location",
          "gen_ai.tool.input": toSpanJson({ context }),
        },
      },
      async (span) => {
        return recordToolOutput(span, await (async () => {
          const response = await fetch(`https://wttr.in/${encodeURIComponent(context.location)}?format=3`);
          return { report: await response.text() };
        })());
      },
    ),
});

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value) {
  try {
    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** Records a tool's output on its Sentry span and returns it unchanged (a promise is recorded when it resolves). */
function recordToolOutput(span, output) {
  if (typeof output?.then === "function") {
    output.then((value) => span.setAttribute("gen_ai.tool.output", toSpanJson(value)), () => undefined);
  } else {
    span.setAttribute("gen_ai.tool.output", toSpanJson(output));
  }
  return output;
}
