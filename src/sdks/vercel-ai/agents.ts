import { AI_SDK_TOTAL_USAGE, AI_SDK_USAGE_V4, VERCEL_AI_AUTO } from "./calls";
import type {
  AgentDeclaration,
  AgentFramework,
  AgentInputShape,
  ToolLoopCall,
  ToolsObjectShape,
} from "../types/agents";

/** Tools are passed as an object keyed by their names. */
const TOOLS_OBJECT: ToolsObjectShape = { property: "tools", variableName: /tools$/i };

const PROMPT_INPUT: AgentInputShape = {
  argument: 0,
  fields: [{ path: "messages" }, { path: "prompt" }],
};

/**
 * `ToolLoopAgent` (ai v6; `Experimental_Agent` is its deprecated alias): `generate()` returns a GenerateTextResult;
 * `stream()` resolves to streamText's result. Its options are spread over the agent's settings and handed to
 * `streamText` (dist/index.js `ToolLoopAgent.prepareCall`), so streamText's `onFinish` / `onError` / `onAbort`
 * passed there are streamText's own, though `AgentStreamParameters` does not declare them; they replace the
 * agent's `onFinish`, and the agent's `prepareCall` may drop them.
 */
const toolLoopAgent = (exportName: string): AgentDeclaration => ({
  export: exportName,
  how: "construct",
  nameFields: ["id"],
  modelField: "model",
  toolsField: "tools",
  runMethods: [
    {
      method: "generate",
      input: PROMPT_INPUT,
      result: { text: "text", usage: AI_SDK_TOTAL_USAGE },
      autoInstrumentedBy: VERCEL_AI_AUTO,
    },
    {
      method: "stream",
      input: PROMPT_INPUT,
      result: { text: "text", usage: AI_SDK_TOTAL_USAGE },
      streaming: true,
      streamCallbacks: {
        endsWith: "callbacks",
        onFinish: "onFinish",
        onError: "onError",
        onAbort: "onAbort",
        parameter: "event",
        untypedOptions: true,
      },
      conflictingSettings: ["onFinish", "onError", "onAbort", "prepareCall"],
      autoInstrumentedBy: VERCEL_AI_AUTO,
    },
  ],
});

/**
 * `generateText({ model, tools, stopWhen: stepCountIs(5) })` (v4: `maxSteps: 5`) calls the model, runs the
 * tools it asks for and calls it again, up to the limit: the same loop a ToolLoopAgent runs.
 */
const generateTextLoop: ToolLoopCall = {
  export: "generateText",
  optionsArgument: 0,
  toolsField: "tools",
  stepLimitFields: ["stopWhen", "maxSteps"],
  // v7 renames `experimental_telemetry` to `telemetry`.
  nameFields: ["experimental_telemetry.functionId", "telemetry.functionId"],
  modelField: "model",
  input: PROMPT_INPUT,
  result: {
    text: "text",
    usage: AI_SDK_TOTAL_USAGE,
    usageBeforeMajor: { module: "ai", major: 5, usage: AI_SDK_USAGE_V4 },
  },
  autoInstrumentedBy: VERCEL_AI_AUTO,
};

/** Vercel AI SDK (`ai`): agents and tools. Tool names are the keys of the `tools` object. */
export const vercelAiAgents: AgentFramework = {
  id: "vercel-ai",
  displayName: "Vercel AI SDK",
  modules: ["ai"],
  agents: [toolLoopAgent("ToolLoopAgent"), toolLoopAgent("Experimental_Agent")],
  tools: [
    {
      export: "tool",
      how: "call",
      optionsArgument: 0,
      body: { field: "execute" },
      descriptionField: "description",
      nameFromToolsKey: TOOLS_OBJECT,
      autoInstrumentedBy: VERCEL_AI_AUTO,
    },
    {
      export: "dynamicTool",
      how: "call",
      optionsArgument: 0,
      body: { field: "execute" },
      descriptionField: "description",
      nameFromToolsKey: TOOLS_OBJECT,
      autoInstrumentedBy: VERCEL_AI_AUTO,
    },
  ],
  toolLoopCalls: [generateTextLoop],
};
