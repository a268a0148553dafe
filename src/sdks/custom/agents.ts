import type { CustomAgentConventions, DispatchConventions } from "../types/agents";

/** Agents written in the project: `class SupportAgent { run(input) {...} }`, `new SupportAgent({ name }).run(x)`. */
export const CUSTOM_AGENTS: CustomAgentConventions = {
  classNameSuffix: "Agent",
  runMethods: ["run"],
  nameFields: ["name"],
  modelField: "model",
  toolsField: "tools",
  input: { argument: 0 },
  result: { textIsResult: true },
  transfers: { sequential: true, nested: true },
};

/** Tool calls dispatched by hand from a model's tool-call list. */
export const TOOL_DISPATCH: DispatchConventions = {
  discriminantProperties: ["name"],
  ignoredCallees:
    /^(JSON|console|Object|Array|String|Number|Boolean|Math|Promise|Date|Reflect)\.|^(JSON|String|Number|Boolean|parseInt|parseFloat|require|Error|TypeError)$/,
  toolCallExpression: /tool|function|\bcalls?\b|\bfc\b/i,
  toolCallMention: /tool_?calls?|toolCall|tool_use|function_?call|functionCall/i,
  toolMapName:
    /^(tools?|toolMap|toolsByName|handlers?|toolHandlers|functions|functionMap|availableFunctions|registry|toolRegistry|implementations|impls?)$/i,
};
