// Support module for negative-tool-other-library: a CLI helper that happens to be called `tool`.
export function tool(options: { name: string; execute: () => string }): string {
  return options.execute();
}
