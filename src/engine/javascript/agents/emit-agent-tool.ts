import ts from "typescript";
import { appendedHelper } from "../appended-helper";
import { ATTR, spanIdentity } from "../../../core/conventions";
import type { TextEdit } from "../../../core/text/edits";
import type { AgentToolMethod } from "../../../sdks/types/agents";
import { quoteString } from "../code-style";
import { contentGateCall, recordedValue } from "../content-gate";
import type { EmitContext } from "../emit-context";
import { isRecorded, runTimeContentKind } from "../../../core/content-recording";
import { valueCode } from "./agent-span-parts";
import type { ToolBodySite } from "./sites";

/**
 * An agent turned into a tool (`agent.asTool()`): the framework runs the sub-agent in its own code, so the tool
 * object is wrapped where it is created, `withAgentToolSpan(agent.asTool({...}), "Agent name")`. The helper
 * replaces the object's invoke method with one that runs the original inside an execute_tool span (named by the
 * tool's run-time name) around the sub-agent's invoke_agent span, and returns the same object.
 */
export const AGENT_TOOL_SPAN_HELPER = "withAgentToolSpan";

type ToolObjectShape = NonNullable<AgentToolMethod["toolObject"]>;

export function emitAgentTool(site: ToolBodySite, context: EmitContext, helpers: Set<string>): TextEdit {
  const { node, agentName } = site.toolObject!;
  const { sourceFile } = context;
  helpers.add(AGENT_TOOL_SPAN_HELPER);
  if (isRecorded(ATTR.toolInput, context.options) || isRecorded(ATTR.toolOutput, context.options))
    context.usesJsonHelper = true;
  const start = node.getStart(sourceFile);
  const name = agentName ? valueCode(agentName, context) : "undefined";
  return {
    start,
    end: node.end,
    text: `${AGENT_TOOL_SPAN_HELPER}(${sourceFile.text.slice(start, node.end)}, ${name})`,
  };
}

/** True when the call is already the first argument of the helper (a second run leaves it alone). */
export function isWrappedAgentTool(call: ts.CallExpression): boolean {
  const parent = call.parent;
  return (
    ts.isCallExpression(parent) &&
    ts.isIdentifier(parent.expression) &&
    parent.expression.text === AGENT_TOOL_SPAN_HELPER &&
    parent.arguments[0] === call
  );
}

/** The helper, appended to the file once; what it records follows the Sentry settings. */
export function agentToolSpanHelperEdit(context: EmitContext, shape: ToolObjectShape, typescript: boolean): TextEdit {
  const { style, sourceFile, options, sentry, jsonHelper } = context;
  const unit = style.indentUnit;
  const indent = (depth: number): string => unit.repeat(depth);
  const semicolon = style.semicolons ? ";" : "";
  const quote = (text: string): string => quoteString(text, style);
  const tool = spanIdentity("execute_tool", options.conventions);
  const agent = spanIdentity("invoke_agent", options.conventions);
  const invoke = shape.invokeMethod;
  const input = `args[${shape.inputArgument}]`;
  const toolAttributes = [
    [ATTR.operationName, quote("execute_tool")],
    [ATTR.toolName, `tool.${shape.nameProperty}`],
    [ATTR.toolDescription, shape.descriptionProperty ? `tool.${shape.descriptionProperty}` : undefined],
    [ATTR.toolInput, `(typeof ${input} === ${quote("string")} ? ${input} : ${jsonHelper}(${input}))`],
  ]
    .filter((pair): pair is [string, string] => pair[1] !== undefined && isRecorded(pair[0]!, options))
    .map(([key, code]) => [key, recordedValue(key, code, context)]);
  const agentAttributes = [
    [ATTR.operationName, quote("invoke_agent")],
    [ATTR.agentName, "agentName"],
  ];
  const setOutput = `span.setAttribute(${quote(ATTR.toolOutput)}, ${jsonHelper}(output))${semicolon}`;
  const outputLines = !isRecorded(ATTR.toolOutput, options)
    ? []
    : runTimeContentKind(ATTR.toolOutput, options)
      ? [`${indent(6)}if (${contentGateCall("outputs", context)}) ${setOutput}`]
      : [`${indent(6)}${setOutput}`];
  const attributeLines = (pairs: string[][], depth: number): string[] =>
    pairs.map(([key, code]) => `${indent(depth)}${quote(key!)}: ${code},`);
  const types = typescript
    ? {
        signature:
          `function ${AGENT_TOOL_SPAN_HELPER}<T extends { ${shape.nameProperty}: string; ${shape.descriptionProperty ? `${shape.descriptionProperty}?: string; ` : ""}` +
          `${invoke}: (...args: never[]) => Promise<unknown> }>(tool: T, agentName: string | undefined): T {`,
        original: `${indent(1)}const ${invoke} = tool.${invoke} as unknown as (...args: unknown[]) => Promise<unknown>${semicolon}`,
        traced: `${indent(1)}const traced = function (this: unknown, ...args: unknown[]): Promise<unknown> {`,
        assign: `${indent(1)}tool.${invoke} = traced as unknown as T[${quote(invoke)}]${semicolon}`,
      }
    : {
        signature: `function ${AGENT_TOOL_SPAN_HELPER}(tool, agentName) {`,
        original: `${indent(1)}const ${invoke} = tool.${invoke}${semicolon}`,
        traced: `${indent(1)}const traced = function (...args) {`,
        assign: `${indent(1)}tool.${invoke} = traced${semicolon}`,
      };
  const lines = [
    "",
    "/** Runs an agent used as a tool in Sentry execute_tool and invoke_agent spans; the tool object is returned as it is. */",
    types.signature,
    types.original,
    types.traced,
    `${indent(2)}return ${sentry}.startSpan(`,
    `${indent(3)}{`,
    `${indent(4)}op: ${quote(tool.op)},`,
    `${indent(4)}name: \`${tool.namePrefix} \${tool.${shape.nameProperty}}\`,`,
    `${indent(4)}attributes: {`,
    ...attributeLines(toolAttributes, 5),
    `${indent(4)}},`,
    `${indent(3)}},`,
    `${indent(3)}(${outputLines.length ? "span" : ""}) =>`,
    `${indent(4)}${sentry}.startSpan(`,
    `${indent(5)}{ op: ${quote(agent.op)}, name: agentName ? \`${agent.namePrefix} \${agentName}\` : ${quote(agent.namePrefix)}, attributes: { ${agentAttributes.map(([key, code]) => `${quote(key!)}: ${code}`).join(", ")} } },`,
    `${indent(5)}async () => {`,
    `${indent(6)}const output = await ${invoke}.apply(this, args)${semicolon}`,
    ...outputLines,
    `${indent(6)}return output${semicolon}`,
    `${indent(5)}},`,
    `${indent(4)}),`,
    `${indent(2)})${semicolon}`,
    `${indent(1)}}${semicolon}`,
    types.assign,
    `${indent(1)}return tool${semicolon}`,
    "}",
  ];
  return appendedHelper(sourceFile, lines, style.eol);
}
