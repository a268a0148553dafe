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
        "gen_ai.tool.input": toSpanJson(input),
      });
      const toolOutput = await tools[name](input);
      span.setAttributes({
        "gen_ai.tool.output": toSpanJson(toolOutput),
      });
      return toolOutput;
    },
  );
  return JSON.stringify(output);
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
