import ts from "typescript";
import { spanKindOfOp } from "../../../core/conventions";
import { CUSTOM_AGENTS } from "../../../sdks/registry-agents";
import type {
  AgentDeclaration,
  AgentFramework,
  AgentInputShape,
  AgentRunFunction,
  AgentRunMethod,
  AgentToolMethod,
  ToolLoopCall,
} from "../../../sdks/types/agents";
import { enclosingGenAiSpanOp } from "../existing-spans";
import { awaitsInside } from "../node-search";
import { callbackOptionsProblem } from "../streaming/stream-site";
import { AGENT_TOOL_SPAN_HELPER, isWrappedAgentTool } from "./emit-agent-tool";
import { isPure, skipTypeWrappers } from "../purity";
import { findDeclaration } from "../declarations";
import { literalProperty, propertyNameText } from "../property-access";
import type { AgentFinder, Creation } from "./finder-context";
import type { InvokeAgentSite, NameValue } from "./sites";
import { declaredAgentName, staticField, staticModel, staticModelOfValue } from "./static-values";
import { calleeText, findMethod, isAsyncFunction, isInside, treatedAsPromise } from "./syntax";
import { enclosingFunctionName, isToolLoop } from "./tool-loop";
import { trace } from "./trace-creation";
import { toolNames } from "./agent-tool-list";

/** Agent runs: a framework run function or method, a tool loop, a custom agent class's run; and their names, models, tools and input. */

export function addRun(
  finder: AgentFinder,
  call: ts.CallExpression,
  framework: AgentFramework,
  run: AgentRunFunction,
): void {
  const agentArgument = call.arguments[run.agentArgument];
  if (!agentArgument) return;
  const agent = trace(finder, agentArgument, 0);
  let agentName: NameValue | undefined;
  let model: string | undefined;
  let tools: string[] | undefined;
  if (agent?.type === "framework-agent") {
    agentName = agent.name ?? staticField(agent.options, agent.declaration.nameFields);
    model = agentModel(agent.home ?? finder, agent.options, agent.declaration);
    tools = toolNames(agent.home ?? finder, agent.options, agent.declaration.toolsField);
  }
  if (
    !agentName &&
    run.runtimeNameField &&
    isPure(agentArgument) &&
    !ts.isObjectLiteralExpression(skipTypeWrappers(agentArgument))
  ) {
    agentName = { code: `${agentArgument.getText(finder.sourceFile)}.${run.runtimeNameField}` };
  }
  let status: InvokeAgentSite["status"] = "instrumentable";
  let reason: string | undefined;
  let streamEnd: InvokeAgentSite["streamEnd"];
  const argument = run.optionsArgument !== undefined ? call.arguments[run.optionsArgument] : undefined;
  const options = argument && (constOptionsLiteral(argument, call, finder.sourceFile) ?? argument);
  if (run.streamFlag && options) {
    const flag = literalProperty(options, run.streamFlag);
    const unknownOptions = !ts.isObjectLiteralExpression(skipTypeWrappers(options));
    if (!unknownOptions && flag?.kind === ts.SyntaxKind.TrueKeyword && run.streamEnd && !awaitsInside(call)) {
      streamEnd = run.streamEnd;
    } else if ((flag && flag.kind !== ts.SyntaxKind.FalseKeyword) || unknownOptions) {
      status = "streaming";
      reason = unknownOptions
        ? "the run options are not written out: it may stream, and a streamed run must end its span when the stream completes; needs manual work"
        : !run.streamEnd
          ? "streamed agent run: the span must end when the stream completes; needs manual work"
          : flag?.kind !== ts.SyntaxKind.TrueKeyword
            ? `\`${run.streamFlag}\` is not a literal \`true\`, so the run streams or not depending on a run-time value: write \`${run.streamFlag}: true\` in a call of its own to have it wrapped, or end its span by hand when \`${run.streamEnd.settledBy}\` settles`
            : "the call's arguments contain `await`: move the awaited value into a variable before the call to have it wrapped";
    }
  }
  finder.push({
    type: "invoke-agent",
    framework: framework.id,
    callee: calleeText(call, finder.sourceFile),
    reportNode: call,
    node: call,
    agentName,
    model,
    tools,
    input: inputOf(call, run.input),
    result: run.result,
    isAsync: true,
    streamEnd,
    status,
    reason,
  });
}

/**
 * The object literal a run's options name (`const options = { conversationId }; run(agent, input, options)`),
 * when nothing can change it before a run: a `const` without spreads whose every other use is an argument of
 * the same run function. Else undefined, and the options count as not written out.
 */
function constOptionsLiteral(
  options: ts.Expression,
  call: ts.CallExpression,
  sourceFile: ts.SourceFile,
): ts.ObjectLiteralExpression | undefined {
  const name = skipTypeWrappers(options);
  if (!ts.isIdentifier(name)) return undefined;
  const declaration = findDeclaration(name);
  if (
    !declaration ||
    !ts.isVariableDeclaration(declaration) ||
    !ts.isIdentifier(declaration.name) ||
    !(ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) ||
    !declaration.initializer
  )
    return undefined;
  const literal = skipTypeWrappers(declaration.initializer);
  if (!ts.isObjectLiteralExpression(literal) || literal.properties.some(ts.isSpreadAssignment)) return undefined;
  const callee = calleeText(call, sourceFile);
  let onlyRuns = true;
  const visit = (node: ts.Node): void => {
    if (!onlyRuns) return;
    if (
      ts.isIdentifier(node) &&
      node.text === name.text &&
      node !== declaration.name &&
      findDeclaration(node) === declaration
    ) {
      const parent = node.parent;
      const asRunArgument =
        ts.isCallExpression(parent) && parent.arguments.includes(node) && calleeText(parent, sourceFile) === callee;
      if (!asRunArgument) onlyRuns = false;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return onlyRuns ? literal : undefined;
}

export function addFrameworkAgentRun(
  finder: AgentFinder,
  call: ts.CallExpression,
  agent: Extract<Creation, { type: "framework-agent" }>,
  runMethod: AgentRunMethod,
): void {
  const agentName =
    agent.name ??
    staticField(agent.options, agent.declaration.nameFields) ??
    (agent.variable ? { text: agent.variable } : undefined);
  finder.push({
    type: "invoke-agent",
    framework: agent.framework.id,
    callee: calleeText(call, finder.sourceFile),
    reportNode: call,
    node: call,
    agentName,
    model: agentModel(agent.home ?? finder, agent.options, agent.declaration),
    tools: toolNames(agent.home ?? finder, agent.options, agent.declaration.toolsField),
    input: inputOf(call, runMethod.input),
    result: runMethod.streaming ? runMethod.result : (agent.result ?? runMethod.result),
    isAsync: runMethod.mayBeSync ? treatedAsPromise(call) : true,
    autoInstrumentedBy: runMethod.autoInstrumentedBy,
    ...streamedRun(call, agent, runMethod),
  });
}

/** A streamed run is wrapped when its span's callbacks can go into its options and reach the stream; else reported. */
function streamedRun(
  call: ts.CallExpression,
  agent: Extract<Creation, { type: "framework-agent" }>,
  runMethod: AgentRunMethod,
): Pick<InvokeAgentSite, "status" | "reason" | "streamSpan" | "streamCallbacks"> {
  if (!runMethod.streaming) return { status: "instrumentable" };
  if (runMethod.streamSpan) return chunkStreamedRun(call, runMethod.streamSpan);
  // Already in an agent span (the codemod's own, whose callbacks are spread in): `push` marks it instrumented.
  const enclosing = enclosingGenAiSpanOp(call);
  if (enclosing && spanKindOfOp(enclosing) === "invoke-agent") return { status: "instrumentable" };
  const manual = (why: string) => ({ status: "streaming" as const, reason: `streamed agent run: ${why}` });
  const plan = runMethod.streamCallbacks;
  if (!plan) return manual("the span must end when the stream has been consumed; needs manual work");
  const byHand = `pass \`${plan.onFinish}\` and \`${plan.onError}\` callbacks that end a span started with Sentry.startSpanManual`;
  if (awaitsInside(call)) {
    return manual(
      "the call's arguments contain `await`: move the awaited value into a variable before the call to have it wrapped",
    );
  }
  const problem = callbackOptionsProblem(call.arguments[runMethod.input.argument], plan);
  if (problem) return manual(problem);
  const settings = agent.options && skipTypeWrappers(agent.options);
  if (runMethod.conflictingSettings) {
    if (!settings || !ts.isObjectLiteralExpression(settings) || settings.properties.some(ts.isSpreadAssignment)) {
      return manual(
        `the agent's settings are not written out, and a run's \`${plan.onFinish}\` would replace the agent's own: ${byHand}, and call the agent's`,
      );
    }
    const conflict = settings.properties
      .map((property) => property.name && propertyNameText(property.name))
      .find((name) => !!name && runMethod.conflictingSettings!.includes(name));
    if (conflict) {
      return manual(
        `the agent is made with \`${conflict}\`, which the span's callbacks in the run's options would replace or lose: ${byHand}, and call the agent's own`,
      );
    }
  }
  return { status: "instrumentable", streamCallbacks: plan };
}

/** A streamed run whose span ends with its chunks: wrapped when its arguments need no `await` first. */
function chunkStreamedRun(
  call: ts.CallExpression,
  plan: NonNullable<AgentRunMethod["streamSpan"]>,
): Pick<InvokeAgentSite, "status" | "reason" | "streamSpan"> {
  if (plan.returnsStream && awaitsInside(call)) {
    return {
      status: "streaming",
      reason:
        "the run's arguments contain `await`, and the run returns its stream synchronously: move the awaited value " +
        "into a variable before the call to have it wrapped",
    };
  }
  return { status: "instrumentable", streamSpan: plan };
}

/**
 * `generateText({ tools, stopWhen })` as an agent run, named by its telemetry `functionId`, else by the function
 * it is called in, else by the SDK function. The catalog's LLM-call site for the same call is dropped
 * (`replacesRequestCall`), so the call gets one span.
 */
export function addToolLoop(
  finder: AgentFinder,
  call: ts.CallExpression,
  framework: AgentFramework,
  loop: ToolLoopCall,
): void {
  const options = call.arguments[loop.optionsArgument];
  if (!isToolLoop(options, loop)) return;
  const site: InvokeAgentSite = {
    type: "invoke-agent",
    framework: framework.id,
    callee: calleeText(call, finder.sourceFile),
    reportNode: call,
    node: call,
    agentName: staticField(options, loop.nameFields) ?? { text: enclosingFunctionName(call) ?? loop.export },
    model: staticModel(options, loop.modelField),
    tools: toolNames(finder, options, loop.toolsField),
    input: inputOf(call, loop.input),
    result: loop.result,
    isAsync: true,
    replacesRequestCall: true,
    autoInstrumentedBy: loop.autoInstrumentedBy,
    status: "instrumentable",
  };
  // Wrapped as an LLM call before the setting was on: an agent span inside the chat one would nest the wrong way.
  const enclosing = enclosingGenAiSpanOp(call);
  if (enclosing && spanKindOfOp(enclosing) === "ai-request") {
    site.status = "unsupported";
    site.reason = `already inside a \`${enclosing}\` span, which a tool loop's agent span must replace, not nest in`;
  }
  finder.push(site);
}

/**
 * `agent.asTool({ toolName })`: the framework runs the sub-agent itself. Where the framework's tool object can be
 * wrapped, it is (`withAgentToolSpan(agent.asTool(...), "Agent")`); otherwise the site is only reported.
 */
export function addAgentTool(
  finder: AgentFinder,
  call: ts.CallExpression,
  agent: Extract<Creation, { type: "framework-agent" }>,
  toolMethod: AgentToolMethod,
): void {
  const options = call.arguments[toolMethod.optionsArgument];
  const description = toolMethod.descriptionField ? staticField(options, [toolMethod.descriptionField]) : undefined;
  const base = {
    type: "tool-body" as const,
    framework: agent.framework.id,
    callee: calleeText(call, finder.sourceFile),
    reportNode: call,
    toolName: staticField(options, [toolMethod.nameField]),
    description: description && "text" in description ? description.text : undefined,
  };
  if (!toolMethod.toolObject) {
    finder.push({ ...base, status: "unsupported", reason: toolMethod.reason });
    return;
  }
  if (isWrappedAgentTool(call)) {
    finder.push({
      ...base,
      status: "instrumented",
      reason: `the tool already runs through \`${AGENT_TOOL_SPAN_HELPER}\``,
    });
    return;
  }
  const agentName = agent.name ?? staticField(agent.options, agent.declaration.nameFields);
  finder.push({
    ...base,
    status: "instrumentable",
    toolObject: { node: call, agentName, shape: toolMethod.toolObject },
  });
}

export function addCustomAgentRun(
  finder: AgentFinder,
  call: ts.CallExpression,
  agent: Extract<Creation, { type: "custom-agent" }>,
): void {
  const method = ts.isPropertyAccessExpression(skipTypeWrappers(call.expression))
    ? (skipTypeWrappers(call.expression) as ts.PropertyAccessExpression).name.text
    : CUSTOM_AGENTS.runMethods[0];
  // A class declared here must really have the method; its modifiers say whether the run is async.
  let isAsync = true;
  if (agent.classDeclaration) {
    const member = findMethod(agent.classDeclaration, method);
    if (member === "missing") return;
    if (member) isAsync = isAsyncFunction(member);
  }
  // Inside the agent's own class, `this.run()` is the agent calling itself: not a new run.
  if (agent.classDeclaration && isInside(call, agent.classDeclaration)) return;
  // A name the class declares for itself counts only when the options do not name the agent some other way.
  const namedByOptions =
    !!agent.options && CUSTOM_AGENTS.nameFields.some((field) => literalProperty(agent.options!, field) !== undefined);
  const declaredName = declaredAgentName(agent.classDeclaration, agent.args, CUSTOM_AGENTS.nameFields);
  finder.push({
    type: "invoke-agent",
    framework: "custom",
    callee: calleeText(call, finder.sourceFile),
    reportNode: call,
    node: call,
    agentName: staticField(agent.options, CUSTOM_AGENTS.nameFields) ??
      (namedByOptions ? undefined : declaredName) ?? { text: agent.className },
    model: staticModel(agent.options, CUSTOM_AGENTS.modelField),
    input: inputOf(call, CUSTOM_AGENTS.input),
    result: CUSTOM_AGENTS.result,
    isAsync,
    status: "instrumentable",
  });
}

function inputOf(call: ts.CallExpression, shape: AgentInputShape): InvokeAgentSite["input"] {
  const argument = call.arguments[shape.argument];
  if (!argument || ts.isSpreadElement(argument)) return undefined;
  if (!shape.fields) return { node: argument };
  // Recorded where it is written (record-input.ts): a field with effects is still evaluated once.
  for (const field of shape.fields) {
    const value = literalProperty(argument, field.path);
    if (value) return { node: value };
  }
  return undefined;
}

/**
 * The model a framework agent declares: in its options, else (when they leave the model field out) the model of
 * the LLM its file assigns to the settings slot the agent falls back on (`Settings.llm = new OpenAI({ model })`).
 */
function agentModel(
  home: AgentFinder,
  options: ts.Expression | undefined,
  declaration: AgentDeclaration,
): string | undefined {
  const model = staticModel(options, declaration.modelField);
  if (model || !declaration.modelFromSettings) return model;
  if (options && declaration.modelField && literalProperty(options, declaration.modelField)) return undefined;
  const assigned = home.resolver.settingsAssignments(declaration.modelFromSettings);
  const last = assigned[assigned.length - 1];
  return last ? staticModelOfValue(last) : undefined;
}
