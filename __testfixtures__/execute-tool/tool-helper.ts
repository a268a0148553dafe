// The project's own `tool` helper (used by negative-llamaindex-tool-look-alike).
export function tool<T>(definition: { name: string; execute: (input: T) => string }) {
  return definition;
}
