// Hand-rolled dispatch through a map of functions: `tools[name](args)` runs in a span named at run time.
type ToolFunction = (args: Record<string, unknown>) => Promise<unknown>;

const tools: Record<string, ToolFunction> = {
  search: async (args) => [`result for ${String(args.query)}`],
  lookup: async (args) => ({ id: args.id }),
};

export async function dispatch(toolCall: { name: string; arguments: string }) {
  const name = toolCall.name;
  const output = await tools[name](JSON.parse(toolCall.arguments));
  return JSON.stringify(output);
}
