// Negative: dispatch on `.name` and through a handler map in a file with no LLM SDK and nothing saying
// "tool call" is ordinary application code, not tool execution.
type Action = { name: string; payload: string };

function save(payload: string): string {
  return `saved ${payload}`;
}

const handlers: Record<string, (payload: string) => string> = { save };

export function reduce(action: Action): string {
  switch (action.name) {
    case "save":
      return save(action.payload);
    default:
      return handlers[action.name](action.payload);
  }
}
