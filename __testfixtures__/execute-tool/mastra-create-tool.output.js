// Mastra: createTool({ id, description, execute }) -> the body runs in an execute_tool span named by `id`.
import { createTool } from "@mastra/core/tools";
import { z } from "zod";
import * as Sentry from "@sentry/node";

export const weatherTool = createTool({
  id: "get-weather",
  description: "Get current weather for a location",
  inputSchema: z.object({ location: z.string() }),
  execute: async ({ context }) => runInToolSpan("get-weather", "Get current weather for a location", { context }, async () => {
    const response = await fetch(`https://wttr.in/${encodeURIComponent(context.location)}?format=3`);
    return { report: await response.text() };
  }),
});

/** Whether Sentry may record AI prompts (inputs) or responses (outputs), as its own AI integrations decide. */
function sentryRecordsAiContent(kind) {
  const options = Sentry.getClient()?.getOptions();
  if (!options) return false;
  if (options.dataCollection) return options.dataCollection.genAI?.[kind] ?? true;
  return Number(Sentry.SDK_VERSION.split(".")[0]) >= 11 || options.sendDefaultPii === true;
}

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value) {
  try {
    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** Runs a tool's body in a Sentry execute_tool span; its result (a promise stays a promise) and errors pass through. */
function runInToolSpan(name, description, input, body) {
  return Sentry.startSpan(
    {
      op: "gen_ai.execute_tool",
      name: name ? `execute_tool ${name}` : "execute_tool",
      attributes: {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": name,
        "gen_ai.tool.description": description,
        "gen_ai.tool.input": sentryRecordsAiContent("inputs") ? toSpanJson(input) : undefined,
      },
    },
    (span) => {
      const output = body();
      const record = (value) => {
        if (sentryRecordsAiContent("outputs")) span.setAttribute("gen_ai.tool.output", toSpanJson(value));
      };
      if (typeof output?.then === "function") {
        output.then(record, () => undefined);
      } else {
        record(output);
      }
      return output;
    },
  );
}
