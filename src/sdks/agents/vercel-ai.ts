import type { AgentDeclaration, AgentFramework } from "./types";

/** `ToolLoopAgent` (ai v6; `Experimental_Agent` is its deprecated alias): `generate()` returns a GenerateTextResult. */
const toolLoopAgent = (exportName: string): AgentDeclaration => ({
  export: exportName,
  how: "construct",
  nameFields: ["id"],
  modelField: "model",
  runMethods: [
    {
      method: "generate",
      input: { argument: 0, fields: [{ path: "messages" }, { path: "prompt", isPrompt: true }] },
      result: {
        text: "text",
        usage: { input: "totalUsage.inputTokens", output: "totalUsage.outputTokens", total: "totalUsage.totalTokens" },
      },
    },
    { method: "stream", input: { argument: 0 }, result: {}, streaming: true },
  ],
});

/** Vercel AI SDK (`ai`): agents and tools. Tool names are the keys of the `tools` object. */
export const vercelAiAgents: AgentFramework = {
  id: "vercel-ai",
  displayName: "Vercel AI SDK",
  modules: ["ai"],
  agents: [toolLoopAgent("ToolLoopAgent"), toolLoopAgent("Experimental_Agent")],
  tools: [
    { export: "tool", how: "call", optionsArgument: 0, body: { field: "execute" }, descriptionField: "description", nameFromToolsKey: true },
    { export: "dynamicTool", how: "call", optionsArgument: 0, body: { field: "execute" }, descriptionField: "description", nameFromToolsKey: true },
  ],
};
