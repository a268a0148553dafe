// Not LlamaIndex tools: a `FunctionTool` class of the project with a `from` factory, and another static method
// of the real class.
import { FunctionTool as LlamaFunctionTool } from "llamaindex";
import { FunctionTool } from "./function-tool";

export const local = FunctionTool.from((input: string) => input.toUpperCase(), { name: "upper" });

export function describe(tool: LlamaFunctionTool<unknown, string>) {
  return tool.metadata.name;
}
