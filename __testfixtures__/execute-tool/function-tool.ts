// The project's own `FunctionTool` class (used by negative-llamaindex-function-tool-look-alike).
export class FunctionTool {
  static from<T>(fn: (input: T) => string, metadata: { name: string }) {
    return { fn, metadata };
  }
}
