// Hand-rolled dispatch through a map of functions: `tools[name](args)` runs in a span named at run time.
import * as Sentry from "@sentry/node";

type ToolFunction = (args: Record<string, unknown>) => Promise<unknown>;

const tools: Record<string, ToolFunction> = {
  search: async (args) => [`result for ${String(args.query)}`],
  lookup: async (args) => ({ id: args.id }),
};

export async function dispatch(toolCall: { name: string; arguments: string }) {
  const name = toolCall.name;
  const output = await Sentry.startSpan(
    {
      op: "gen_ai.execute_tool",
      name: `execute_tool ${name}`,
      attributes: {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": name,
      },
    },
    async (span) => {
      const input = JSON.parse(toolCall.arguments);
      span.setAttributes({
        "gen_ai.tool.input": sentryRecordsAiContent("inputs") ? toSpanJson(input) : undefined,
      });
      const toolOutput = await tools[name](input);
      span.setAttributes({
        "gen_ai.tool.output": sentryRecordsAiContent("outputs") ? toSpanJson(toolOutput) : undefined,
      });
      return toolOutput;
    },
  );
  return JSON.stringify(output);
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
