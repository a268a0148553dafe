import ts from "typescript";
import { spanKindOfOp, type SpanKind } from "../../../core/conventions";
import { AGENT_FRAMEWORKS, CUSTOM_AGENTS, TOOL_DISPATCH } from "../../../sdks/registry-agents";
import type {
  AgentDeclaration,
  AgentFramework,
  AgentInputShape,
  AgentRunFunction,
  AgentRunMethod,
  AgentToolMethod,
  ToolDefinition,
  ToolListCall,
  ToolLoopCall,
  ToolRegistration,
} from "../../../sdks/types/agents";
import { enclosingGenAiSpanOp, spanOpOfCallback } from "../existing-spans";
import { isPure, skipTypeWrappers } from "../purity";
import {
  chainNodeAt,
  findDeclaration,
  isRelative,
  literalProperty,
  propertyNameText,
  type ReceiverResolver,
  splitPropertyChain,
} from "../resolve";
import type { AgentSite, HandoffSite, InvokeAgentSite, NameValue, ToolBodySite, ToolCallSite, ToolFunction, TransferSite } from "./sites";
import { enclosingFunctionName, isToolLoop } from "./tool-loop";

interface Binding {
  module: string;
  exportName: string;
}

/** What an expression's value was created by, as far as the file tells. */
type Creation =
  | { type: "framework-agent"; framework: AgentFramework; declaration: AgentDeclaration; options?: ts.Expression; variable?: string }
  | { type: "runner"; framework: AgentFramework; run: AgentRunFunction }
  | { type: "custom-agent"; className: string; options?: ts.Expression; classDeclaration?: ts.ClassLikeDeclaration; variable?: string }
  | { type: "tool-registry"; framework: AgentFramework; registrations: ToolRegistration[] };

const MAX_TRACE = 8;

/** Choices that change what counts as an agent site. */
export interface AgentFinderOptions {
  /** SDK calls that run a tool loop (`generateText({ tools, stopWhen })`) are agent runs, not LLM calls. */
  toolLoopsAsAgents?: boolean;
}

/**
 * Agent runs, tool definitions, hand-rolled tool dispatch and agents with handoffs in one file. Frameworks are
 * recognised from their imports (data in src/sdks/<sdk>/agents.ts: the built-in ones, plus those the config file
 * declares), custom agents from their class names.
 */
export function findAgentSites(
  resolver: ReceiverResolver,
  frameworks: readonly AgentFramework[] = AGENT_FRAMEWORKS,
  options: AgentFinderOptions = {},
): AgentSite[] {
  const finder = new AgentSiteFinder(resolver, frameworks, options);
  return finder.find();
}

class AgentSiteFinder {
  private readonly sites: AgentSite[] = [];
  private readonly sourceFile: ts.SourceFile;
  /** Call nodes already taken, per site type. */
  private readonly claimed = new Set<string>();
  private readonly nodeIds = new Map<ts.Node, number>();

  /** The file imports an LLM SDK or an agent framework: `.name` dispatch there is about tool calls. */
  private readonly usesAi: boolean;

  /** Last names of the methods that run inline tool lists (`runTools`): only those calls are traced. */
  private readonly toolListMethods: Set<string>;

  constructor(
    private readonly resolver: ReceiverResolver,
    private readonly frameworks: readonly AgentFramework[],
    private readonly options: AgentFinderOptions,
  ) {
    this.sourceFile = resolver.sourceFile;
    this.usesAi =
      resolver.importsKnownSdk() ||
      [...resolver.imports.values()].some((binding) => frameworks.some((framework) => framework.modules.includes(binding.module)));
    this.toolListMethods = new Set(
      frameworks.flatMap((framework) => framework.toolLists ?? []).flatMap((list) => list.paths.map((path) => path.split(".").pop()!)),
    );
  }

  /** Dispatch on `x.name` is taken for tool dispatch in an AI file, or when the expression says so (`toolCall.name`). */
  private isToolDispatch(expression: ts.Expression): boolean {
    return this.usesAi || TOOL_DISPATCH.toolCallExpression.test(expression.getText(this.sourceFile));
  }

  find(): AgentSite[] {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) this.matchCall(node);
      else if (ts.isNewExpression(node)) this.matchNew(node);
      else if (ts.isSwitchStatement(node)) this.matchSwitch(node);
      else if (ts.isIfStatement(node)) this.matchIfDispatch(node);
      else if (ts.isVariableStatement(node)) this.matchHandoffs(node);
      ts.forEachChild(node, visit);
    };
    visit(this.sourceFile);
    // Dispatch calls that are also agent runs are reported once, as the run.
    const sites = this.sites.filter((site) => site.type !== "tool-call" || !this.sites.some((other) => other.type === "invoke-agent" && other.node === site.node));
    return [...sites, ...findTransfers(sites)];
  }

  // ---------------------------------------------------------------- imports

  private bindingOf(expression: ts.Expression): Binding | undefined {
    const node = skipTypeWrappers(expression);
    if (ts.isIdentifier(node)) return this.resolver.importBindingOf(node);
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const namespace = this.resolver.importBindingOf(node.expression);
      if (namespace && (namespace.exportName === "*" || namespace.exportName === "default")) {
        return { module: namespace.module, exportName: node.name.text };
      }
    }
    return undefined;
  }

  private frameworksOf(binding: Binding | undefined): AgentFramework[] {
    if (!binding) return [];
    return this.frameworks.filter((framework) => framework.modules.includes(binding.module));
  }

  // ---------------------------------------------------------------- calls

  private matchCall(call: ts.CallExpression): void {
    const callee = skipTypeWrappers(call.expression);
    const binding = this.bindingOf(callee);
    for (const framework of this.frameworksOf(binding)) {
      const run = framework.runFunctions?.find((candidate) => candidate.how === "call" && candidate.export === binding!.exportName);
      if (run) return this.addRun(call, framework, run);
      const tool = framework.tools?.find((candidate) => candidate.how === "call" && candidate.export === binding!.exportName);
      if (tool) return this.addToolDefinition(call, call.arguments, framework, tool);
      const loop = this.options.toolLoopsAsAgents ? framework.toolLoopCalls?.find((candidate) => candidate.export === binding!.exportName) : undefined;
      if (loop) return this.addToolLoop(call, framework, loop);
    }
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      const creation = this.trace(callee.expression, 0);
      if (creation?.type === "runner" && creation.run.method === method) return this.addRun(call, creation.framework, creation.run);
      if (creation?.type === "framework-agent") {
        const runMethod = creation.declaration.runMethods?.find((candidate) => candidate.method === method);
        if (runMethod) return this.addFrameworkAgentRun(call, creation, runMethod);
        const toolMethod = creation.declaration.toolMethods?.find((candidate) => candidate.method === method);
        if (toolMethod) return this.addAgentTool(call, creation, toolMethod);
      }
      if (creation?.type === "custom-agent" && CUSTOM_AGENTS.runMethods.includes(method)) return this.addCustomAgentRun(call, creation);
      if (creation?.type === "tool-registry") {
        const registration = creation.registrations.find((candidate) => candidate.method === method);
        if (registration) return this.addToolRegistration(call, creation.framework, registration);
      }
      if (this.toolListMethods.has(method)) this.matchToolList(call, callee);
    }
    if (ts.isElementAccessExpression(callee)) this.matchToolMapCall(call, callee);
  }

  private matchNew(construction: ts.NewExpression): void {
    const binding = this.bindingOf(construction.expression);
    for (const framework of this.frameworksOf(binding)) {
      const tool = framework.tools?.find((candidate) => candidate.how === "construct" && candidate.export === binding!.exportName);
      if (tool) return this.addToolDefinition(construction, construction.arguments ?? ts.factory.createNodeArray(), framework, tool);
    }
  }

  /** Follows an expression back to the `new X(...)` / factory call that made its value. */
  private trace(expression: ts.Expression, depth: number, variable?: string): Creation | undefined {
    if (depth > MAX_TRACE) return undefined;
    const node = skipTypeWrappers(expression);
    if (ts.isAwaitExpression(node)) return this.trace(node.expression, depth + 1, variable);
    if (ts.isNewExpression(node) || ts.isCallExpression(node)) return this.creationOf(node, variable);
    if (ts.isIdentifier(node)) {
      const declaration = findDeclaration(node);
      if (!declaration) return undefined;
      if (ts.isVariableDeclaration(declaration)) {
        if (declaration.initializer) {
          const traced = this.trace(declaration.initializer, depth + 1, node.text);
          if (traced) return traced;
        }
        return declaration.type ? this.creationOfType(declaration.type, node.text) : undefined;
      }
      if (ts.isParameter(declaration) && declaration.type) return this.creationOfType(declaration.type, node.text);
      return undefined;
    }
    if (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword) {
      return this.traceClassField(node, depth);
    }
    return undefined;
  }

  /** `this.agent`: a field initialiser, a typed field or parameter property, or an assignment in the constructor. */
  private traceClassField(access: ts.PropertyAccessExpression, depth: number): Creation | undefined {
    let owner: ts.Node | undefined = access.parent;
    while (owner && !ts.isClassLike(owner)) owner = owner.parent;
    if (!owner || !ts.isClassLike(owner)) return undefined;
    const name = access.name.text;
    for (const member of owner.members) {
      if (ts.isPropertyDeclaration(member) && member.name && propertyNameText(member.name) === name) {
        if (member.initializer) {
          const traced = this.trace(member.initializer, depth + 1, name);
          if (traced) return traced;
        }
        if (member.type) return this.creationOfType(member.type, name);
      }
      if (ts.isConstructorDeclaration(member) && member.body) {
        for (const parameter of member.parameters) {
          if ((ts.getModifiers(parameter)?.length ?? 0) > 0 && ts.isIdentifier(parameter.name) && parameter.name.text === name && parameter.type) {
            return this.creationOfType(parameter.type, name);
          }
        }
        for (const statement of member.body.statements) {
          if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression)) continue;
          const { left, operatorToken, right } = statement.expression;
          if (
            operatorToken.kind === ts.SyntaxKind.EqualsToken &&
            ts.isPropertyAccessExpression(left) &&
            left.expression.kind === ts.SyntaxKind.ThisKeyword &&
            left.name.text === name
          ) {
            return this.trace(right, depth + 1, name);
          }
        }
      }
    }
    return undefined;
  }

  private creationOf(node: ts.NewExpression | ts.CallExpression, variable?: string): Creation | undefined {
    const callee = skipTypeWrappers(node.expression);
    const args = node.arguments ?? ts.factory.createNodeArray<ts.Expression>();
    const isNew = ts.isNewExpression(node);
    // `Agent.create({...})`: a static factory on the class.
    let classExpression: ts.Expression = callee;
    let staticMethod: string | undefined;
    if (!isNew && ts.isPropertyAccessExpression(callee) && !this.bindingOf(callee)) {
      classExpression = callee.expression;
      staticMethod = callee.name.text;
    }
    const binding = this.bindingOf(classExpression);
    for (const framework of this.frameworksOf(binding)) {
      const declaration = framework.agents?.find(
        (candidate) =>
          candidate.export === binding!.exportName &&
          (staticMethod ? candidate.staticMethods?.includes(staticMethod) : (candidate.how === "construct") === isNew),
      );
      if (declaration) return { type: "framework-agent", framework, declaration, options: args[declaration.optionsArgument ?? 0], variable };
      const runner = framework.runFunctions?.find((candidate) => candidate.how === "construct" && candidate.export === binding!.exportName);
      if (runner && isNew) return { type: "runner", framework, run: runner };
      const registrations = framework.toolRegistrations?.filter((candidate) => candidate.receiverExport === binding!.exportName);
      if (registrations?.length && isNew) return { type: "tool-registry", framework, registrations };
    }
    if (isNew && ts.isIdentifier(classExpression)) {
      const custom = this.customAgentClass(classExpression);
      if (custom) return { type: "custom-agent", className: classExpression.text, options: args[0], classDeclaration: custom.declaration, variable };
    }
    return undefined;
  }

  private creationOfType(type: ts.TypeNode, variable: string): Creation | undefined {
    if (!ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return undefined;
    const custom = this.customAgentClass(type.typeName);
    return custom ? { type: "custom-agent", className: type.typeName.text, classDeclaration: custom.declaration, variable } : undefined;
  }

  /** A class of the project (declared here or imported from a relative path) whose name says it is an agent. */
  private customAgentClass(name: ts.Identifier): { declaration?: ts.ClassLikeDeclaration } | undefined {
    if (!CUSTOM_AGENTS.classNamePattern.test(name.text)) return undefined;
    const declaration = findDeclaration(name);
    if (!declaration) return undefined;
    if (ts.isClassDeclaration(declaration)) return { declaration };
    const binding = this.resolver.importBindingOf(name);
    if (binding && isRelative(binding.module)) return {};
    return undefined;
  }

  // ---------------------------------------------------------------- agent runs

  private addRun(call: ts.CallExpression, framework: AgentFramework, run: AgentRunFunction): void {
    const agentArgument = call.arguments[run.agentArgument];
    if (!agentArgument) return;
    const agent = this.trace(agentArgument, 0);
    let agentName: NameValue | undefined;
    let model: string | undefined;
    let tools: string[] | undefined;
    if (agent?.type === "framework-agent") {
      agentName = this.staticField(agent.options, agent.declaration.nameFields);
      model = this.staticModel(agent.options, agent.declaration.modelField);
      tools = this.toolNames(agent.options);
    }
    if (!agentName && run.runtimeNameField && isPure(agentArgument) && !ts.isObjectLiteralExpression(skipTypeWrappers(agentArgument))) {
      agentName = { code: `${agentArgument.getText(this.sourceFile)}.${run.runtimeNameField}` };
    }
    let status: InvokeAgentSite["status"] = "instrumentable";
    let reason: string | undefined;
    const options = run.optionsArgument !== undefined ? call.arguments[run.optionsArgument] : undefined;
    if (run.streamFlag && options) {
      const flag = literalProperty(options, run.streamFlag);
      const unknownOptions = !ts.isObjectLiteralExpression(skipTypeWrappers(options));
      if ((flag && flag.kind !== ts.SyntaxKind.FalseKeyword) || unknownOptions) {
        status = "streaming";
        reason = unknownOptions
          ? "the run options are not written out: it may stream, and a streamed run must end its span when the stream completes; needs manual work"
          : "streamed agent run: the span must end when the stream completes (`await result.completed`); needs manual work";
      }
    }
    this.push({
      type: "invoke-agent",
      framework: framework.id,
      callee: calleeText(call, this.sourceFile),
      reportNode: call,
      node: call,
      agentName,
      model,
      tools,
      input: this.inputOf(call, run.input),
      result: run.result,
      isAsync: true,
      status,
      reason,
    });
  }

  private addFrameworkAgentRun(
    call: ts.CallExpression,
    agent: Extract<Creation, { type: "framework-agent" }>,
    runMethod: AgentRunMethod,
  ): void {
    const agentName =
      this.staticField(agent.options, agent.declaration.nameFields) ?? (agent.variable ? { text: agent.variable } : undefined);
    this.push({
      type: "invoke-agent",
      framework: agent.framework.id,
      callee: calleeText(call, this.sourceFile),
      reportNode: call,
      node: call,
      agentName,
      model: this.staticModel(agent.options, agent.declaration.modelField),
      tools: this.toolNames(agent.options),
      input: this.inputOf(call, runMethod.input),
      result: runMethod.result,
      isAsync: runMethod.mayBeSync ? treatedAsPromise(call) : true,
      autoInstrumentedBy: runMethod.autoInstrumentedBy,
      status: runMethod.streaming ? "streaming" : "instrumentable",
      reason: runMethod.streaming ? "streamed agent run: the span must end when the stream has been consumed; needs manual work" : undefined,
    });
  }

  /**
   * `generateText({ tools, stopWhen })` as an agent run, named by its telemetry `functionId`, else by the function
   * it is called in, else by the SDK function. The catalog's LLM-call site for the same call is dropped
   * (`replacesRequestCall`), so the call gets one span.
   */
  private addToolLoop(call: ts.CallExpression, framework: AgentFramework, loop: ToolLoopCall): void {
    const options = call.arguments[loop.optionsArgument];
    if (!isToolLoop(options, loop)) return;
    const site: InvokeAgentSite = {
      type: "invoke-agent",
      framework: framework.id,
      callee: calleeText(call, this.sourceFile),
      reportNode: call,
      node: call,
      agentName: this.staticField(options, loop.nameFields) ?? { text: enclosingFunctionName(call) ?? loop.export },
      model: this.staticModel(options, loop.modelField),
      tools: this.toolNames(options),
      input: this.inputOf(call, loop.input),
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
    this.push(site);
  }

  /** `agent.asTool({ toolName })`: the framework runs the sub-agent itself, so the site is only reported. */
  private addAgentTool(call: ts.CallExpression, agent: Extract<Creation, { type: "framework-agent" }>, toolMethod: AgentToolMethod): void {
    const options = call.arguments[toolMethod.optionsArgument];
    const description = toolMethod.descriptionField ? this.staticField(options, [toolMethod.descriptionField]) : undefined;
    this.push({
      type: "tool-body",
      framework: agent.framework.id,
      callee: calleeText(call, this.sourceFile),
      reportNode: call,
      toolName: this.staticField(options, [toolMethod.nameField]),
      description: description && "text" in description ? description.text : undefined,
      status: "unsupported",
      reason: toolMethod.reason,
    });
  }

  private addCustomAgentRun(call: ts.CallExpression, agent: Extract<Creation, { type: "custom-agent" }>): void {
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
    this.push({
      type: "invoke-agent",
      framework: "custom",
      callee: calleeText(call, this.sourceFile),
      reportNode: call,
      node: call,
      agentName: this.staticField(agent.options, CUSTOM_AGENTS.nameFields) ?? { text: agent.className },
      model: this.staticModel(agent.options, CUSTOM_AGENTS.modelField),
      input: this.inputOf(call, CUSTOM_AGENTS.input),
      result: CUSTOM_AGENTS.result,
      isAsync,
      status: "instrumentable",
    });
  }

  private inputOf(call: ts.CallExpression, shape: AgentInputShape): InvokeAgentSite["input"] {
    const argument = call.arguments[shape.argument];
    if (!argument || ts.isSpreadElement(argument)) return undefined;
    if (!shape.fields) return { node: argument, isPrompt: isStringLike(argument), argument: true };
    for (const field of shape.fields) {
      const value = literalProperty(argument, field.path);
      // A field with effects cannot be read twice, and is not moved out of its literal.
      if (value && isPure(value)) return { node: value, isPrompt: !!field.isPrompt && isStringLike(value), argument: false };
    }
    return undefined;
  }

  private staticField(options: ts.Expression | undefined, fields: string[]): NameValue | undefined {
    if (!options) return undefined;
    for (const field of fields) {
      const value = literalProperty(options, field);
      if (value && (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value))) return { text: value.text };
    }
    return undefined;
  }

  /**
   * The agent's tools by name: the keys of `tools: { name: ... }`, or for `tools: [a, b]` each tool's literal
   * `name` (inline or through its variable). Undefined unless every tool is named.
   */
  private toolNames(options: ts.Expression | undefined): string[] | undefined {
    const tools = options && literalProperty(options, "tools");
    if (!tools) return undefined;
    if (ts.isObjectLiteralExpression(tools)) {
      const names = tools.properties.map((property) => (property.name ? propertyNameText(property.name) : undefined));
      return names.length > 0 && names.every((name): name is string => !!name) ? names : undefined;
    }
    if (!ts.isArrayLiteralExpression(tools) || tools.elements.length === 0) return undefined;
    const names: string[] = [];
    for (const element of tools.elements) {
      let definition: ts.Expression | undefined = skipTypeWrappers(element);
      if (ts.isIdentifier(definition)) {
        const declaration = findDeclaration(definition);
        definition = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer ? skipTypeWrappers(declaration.initializer) : undefined;
      }
      if (!definition || !ts.isCallExpression(definition)) return undefined;
      const name = definition.arguments[0] && this.staticField(definition.arguments[0], [this.toolMethodOf(definition)?.nameField ?? "name"]);
      if (!name || !("text" in name)) return undefined;
      names.push(name.text);
    }
    return names;
  }

  /** `agent.asTool(...)`: the agent method that made a tool, when the call is one. */
  private toolMethodOf(call: ts.CallExpression): AgentToolMethod | undefined {
    const callee = skipTypeWrappers(call.expression);
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    const creation = this.trace(callee.expression, 0);
    return creation?.type === "framework-agent" ? creation.declaration.toolMethods?.find((method) => method.method === callee.name.text) : undefined;
  }

  /** A model named by a literal, or by an AI SDK provider call with a literal id (`openai("gpt-4o")`). */
  private staticModel(options: ts.Expression | undefined, field: string | undefined): string | undefined {
    if (!options || !field) return undefined;
    const value = literalProperty(options, field);
    if (!value) return undefined;
    if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) return value.text;
    if (ts.isCallExpression(value)) {
      const first = value.arguments[0];
      if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) return first.text;
    }
    return undefined;
  }

  // ---------------------------------------------------------------- tools

  private addToolDefinition(
    node: ts.CallExpression | ts.NewExpression,
    args: ts.NodeArray<ts.Expression>,
    framework: AgentFramework,
    tool: ToolDefinition,
  ): void {
    const options = args[tool.optionsArgument];
    const optionsLiteral = options && skipTypeWrappers(options);
    let body: ts.Node | undefined;
    if ("field" in tool.body) {
      if (!optionsLiteral || !ts.isObjectLiteralExpression(optionsLiteral)) return;
      body = propertyValue(optionsLiteral, tool.body.field);
    } else {
      body = args[tool.body.argument] && skipTypeWrappers(args[tool.body.argument]);
    }
    if (!body) return; // provider-executed or client-side tools have no body
    const name =
      (tool.nameField && this.staticField(options, [tool.nameField])) ||
      (tool.nameFromToolsKey ? toolsKeyOf(node) : undefined) ||
      variableNameOf(node);
    const description = tool.descriptionField ? this.staticField(options, [tool.descriptionField]) : undefined;
    this.addToolBody(node, body, framework.id, name, description && "text" in description ? description.text : undefined, tool.autoInstrumentedBy);
  }

  /** `client.chat.completions.runTools({ tools: [...] })` on a client of the list's SDK. */
  private matchToolList(call: ts.CallExpression, callee: ts.PropertyAccessExpression): void {
    const { root, names } = splitPropertyChain(callee);
    for (let split = 0; split < names.length; split++) {
      const evaluation = this.resolver.evaluate(split === 0 ? root : chainNodeAt(callee, names.length - split));
      if (evaluation.type !== "client") continue;
      const path = names.slice(split).join(".");
      for (const framework of this.frameworks) {
        const list = framework.toolLists?.find((candidate) => candidate.sdk === evaluation.client.sdk.id && candidate.paths.includes(path));
        if (list) return this.addToolList(call, framework, list);
      }
      return;
    }
  }

  /** Each tool written out in the list; tools made elsewhere (`zodFunction(...)`, a variable) are found where they are made. */
  private addToolList(call: ts.CallExpression, framework: AgentFramework, list: ToolListCall): void {
    const options = call.arguments[list.optionsArgument];
    const tools = options && literalProperty(options, list.listField);
    if (!tools || !ts.isArrayLiteralExpression(tools)) return;
    for (const element of tools.elements) {
      const item = skipTypeWrappers(element);
      if (!ts.isObjectLiteralExpression(item)) continue;
      const definition = list.definitionField ? propertyValue(item, list.definitionField) : item;
      if (!definition || !ts.isObjectLiteralExpression(definition)) continue;
      const body = propertyValue(definition, list.body.field);
      if (!body) continue;
      const name =
        (list.nameField && this.staticField(definition, [list.nameField])) ||
        (list.nameFromFunction ? { text: runtimeFunctionName(body, list.body.field) } : undefined);
      const description = list.descriptionField ? this.staticField(definition, [list.descriptionField]) : undefined;
      const descriptionText = description && "text" in description ? description.text : undefined;
      this.addToolBody(definition, body, framework.id, name, descriptionText, undefined, calleeText(call, this.sourceFile));
    }
  }

  private addToolRegistration(call: ts.CallExpression, framework: AgentFramework, registration: ToolRegistration): void {
    const nameNode = call.arguments[registration.nameArgument];
    const body = call.arguments[call.arguments.length - 1];
    if (!nameNode || !body || call.arguments.length < 2) return;
    const name = ts.isStringLiteral(nameNode) || ts.isNoSubstitutionTemplateLiteral(nameNode) ? { text: nameNode.text } : undefined;
    let description: string | undefined;
    if (registration.description) {
      const holder = call.arguments[registration.description.argument];
      if (holder && holder !== body) {
        const value = registration.description.field ? literalProperty(holder, registration.description.field) : skipTypeWrappers(holder);
        if (value && (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value))) description = value.text;
      }
    }
    this.addToolBody(call, skipTypeWrappers(body), framework.id, name, description);
  }

  private addToolBody(
    definition: ts.Node,
    body: ts.Node,
    framework: string,
    toolName: NameValue | undefined,
    description: string | undefined,
    autoInstrumentedBy?: ToolDefinition["autoInstrumentedBy"],
    calleeOverride?: string,
  ): void {
    const callee =
      calleeOverride ?? (ts.isCallExpression(definition) || ts.isNewExpression(definition) ? calleeText(definition, this.sourceFile) : "tool");
    const base = { type: "tool-body" as const, framework, callee, reportNode: definition, toolName, description, autoInstrumentedBy };
    if (!ts.isArrowFunction(body) && !ts.isFunctionExpression(body) && !ts.isMethodDeclaration(body)) {
      this.push({
        ...base,
        status: "unsupported",
        reason: "the tool's body is a function defined elsewhere; wrap its body in a gen_ai.execute_tool span by hand",
      });
      return;
    }
    const fn: ToolFunction = body;
    if (!fn.body) return;
    if (fn.asteriskToken) {
      this.push({ ...base, fn, status: "unsupported", reason: "a generator tool streams its output; needs manual work" });
      return;
    }
    if (containsSpanOfKind(fn.body, "execute-tool")) {
      this.push({ ...base, fn, status: "instrumented", reason: "the tool body already runs in a `gen_ai.execute_tool` span" });
      return;
    }
    this.push({ ...base, fn, status: "instrumentable" });
  }

  // ---------------------------------------------------------------- hand-rolled dispatch

  /** `switch (toolCall.function.name) { case "get_weather": return getWeather(args) }` */
  private matchSwitch(statement: ts.SwitchStatement): void {
    const discriminant = skipTypeWrappers(statement.expression);
    if (!ts.isPropertyAccessExpression(discriminant) || !TOOL_DISPATCH.discriminantProperties.includes(discriminant.name.text)) return;
    if (!this.isToolDispatch(discriminant)) return;
    for (const clause of statement.caseBlock.clauses) {
      if (!ts.isCaseClause(clause)) continue;
      const label = skipTypeWrappers(clause.expression);
      if (!ts.isStringLiteral(label) && !ts.isNoSubstitutionTemplateLiteral(label)) continue;
      const call = primaryCall(clause.statements);
      if (!call) continue;
      this.addToolCall(call, { text: label.text });
    }
  }

  /** `if (toolCall.name === "get_weather") { return getWeather(args) }` (each `else if` is visited on its own). */
  private matchIfDispatch(statement: ts.IfStatement): void {
    const condition = skipTypeWrappers(statement.expression);
    if (!ts.isBinaryExpression(condition)) return;
    const operator = condition.operatorToken.kind;
    if (operator !== ts.SyntaxKind.EqualsEqualsEqualsToken && operator !== ts.SyntaxKind.EqualsEqualsToken) return;
    const sides = [skipTypeWrappers(condition.left), skipTypeWrappers(condition.right)];
    const label = sides.find((side): side is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral => ts.isStringLiteral(side) || ts.isNoSubstitutionTemplateLiteral(side));
    const subject = sides.find((side): side is ts.PropertyAccessExpression => ts.isPropertyAccessExpression(side));
    if (!label || !subject || !TOOL_DISPATCH.discriminantProperties.includes(subject.name.text) || !this.isToolDispatch(subject)) return;
    const branch = statement.thenStatement;
    const call = primaryCall(ts.isBlock(branch) ? branch.statements : ts.factory.createNodeArray([branch]));
    if (call) this.addToolCall(call, { text: label.text });
  }

  /** `tools[name](args)`, `toolsByName[call.function.name](JSON.parse(...))` */
  private matchToolMapCall(call: ts.CallExpression, callee: ts.ElementAccessExpression): void {
    const map = skipTypeWrappers(callee.expression);
    const key = skipTypeWrappers(callee.argumentExpression);
    if (!ts.isIdentifier(map) || ts.isStringLiteral(key) || ts.isNumericLiteral(key) || !isPure(key)) return;
    const declaration = findDeclaration(map);
    const initializer = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && skipTypeWrappers(declaration.initializer);
    const isFunctionMap =
      !!initializer &&
      ts.isObjectLiteralExpression(initializer) &&
      initializer.properties.length > 0 &&
      initializer.properties.every(
        (property) =>
          ts.isMethodDeclaration(property) ||
          ts.isShorthandPropertyAssignment(property) ||
          (ts.isPropertyAssignment(property) &&
            (ts.isArrowFunction(property.initializer) || ts.isFunctionExpression(property.initializer) || ts.isIdentifier(property.initializer))),
      );
    if (!isFunctionMap && !TOOL_DISPATCH.toolMapName.test(map.text)) return;
    if (!this.usesAi && !TOOL_DISPATCH.toolCallExpression.test(`${map.text}[${key.getText(this.sourceFile)}]`)) return;
    this.addToolCall(call, { code: key.getText(this.sourceFile) });
  }

  private addToolCall(call: ts.CallExpression, toolName: NameValue): void {
    const callee = skipTypeWrappers(call.expression);
    const calleeString = callee.getText(this.sourceFile);
    if (TOOL_DISPATCH.ignoredCallees.test(calleeString) || /\bstartSpan(Manual)?$/.test(calleeString)) return;
    let isAsync = treatedAsPromise(call);
    if (!isAsync && ts.isIdentifier(callee)) {
      const declaration = findDeclaration(callee);
      const fn = declaration && functionOf(declaration);
      if (fn) isAsync = isAsyncFunction(fn);
    }
    this.push({
      type: "tool-call",
      framework: "custom",
      callee: calleeText(call, this.sourceFile),
      reportNode: call,
      node: call,
      toolName,
      isAsync,
      status: "instrumentable",
    });
  }

  // ---------------------------------------------------------------- handoffs

  /** `const triage = new Agent({ name, handoffs: [billing] })`: its handoffs get a listener right after it. */
  private matchHandoffs(statement: ts.VariableStatement): void {
    const list = statement.parent;
    if (!ts.isSourceFile(list) && !ts.isBlock(list) && !ts.isModuleBlock(list)) return;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      const creation = this.trace(declaration.initializer, 0);
      if (creation?.type !== "framework-agent" || !creation.framework.handoffEvent || !creation.declaration.handoffsField) continue;
      const handoffs = creation.options && literalProperty(creation.options, creation.declaration.handoffsField);
      if (!handoffs || (ts.isArrayLiteralExpression(handoffs) && handoffs.elements.length === 0)) continue;
      const name = this.staticField(creation.options, creation.declaration.nameFields);
      const variable = declaration.name.text;
      const event = creation.framework.handoffEvent;
      const site: HandoffSite = {
        type: "handoff",
        framework: creation.framework.id,
        callee: `${variable}.on("${event}")`,
        reportNode: declaration,
        statement,
        agentVariable: variable,
        fromName: name && "text" in name ? name.text : undefined,
        event,
        status: "instrumentable",
      };
      if (hasHandoffListener(list.statements, variable, event)) {
        site.status = "instrumented";
        site.reason = `a \`${event}\` listener already emits the handoff span`;
      }
      this.push(site);
    }
  }

  // ---------------------------------------------------------------- status

  private push(site: AgentSite): void {
    if (site.type === "invoke-agent" || site.type === "tool-call") {
      let id = this.nodeIds.get(site.node);
      if (id === undefined) this.nodeIds.set(site.node, (id = this.nodeIds.size));
      const key = `${site.type}:${id}`;
      if (this.claimed.has(key)) return;
      this.claimed.add(key);
      if (site.status === "instrumentable") {
        const kind: SpanKind = site.type === "invoke-agent" ? "invoke-agent" : "execute-tool";
        const enclosing = enclosingGenAiSpanOp(site.node);
        if (enclosing && spanKindOfOp(enclosing) === kind) {
          site.status = "instrumented";
          site.reason = `already inside a \`${enclosing}\` span`;
        } else if (containsYield(site.node)) {
          site.status = "unsupported";
          site.reason = "the call contains `yield`, which cannot move into a span callback";
        }
      }
    }
    this.sites.push(site);
  }
}

// -------------------------------------------------------------------- helpers

/** What the user wrote, for reports: `triage.run`, `new SupportBot(...).run` (arguments elided). */
function calleeText(node: ts.CallExpression | ts.NewExpression, sourceFile: ts.SourceFile): string {
  const text = shortExpression(node.expression, sourceFile);
  return ts.isNewExpression(node) ? `new ${text}` : text;
}

function shortExpression(expression: ts.Expression, sourceFile: ts.SourceFile): string {
  const node = skipTypeWrappers(expression);
  if (ts.isPropertyAccessExpression(node)) return `${shortExpression(node.expression, sourceFile)}.${node.name.text}`;
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    const callee = `${ts.isNewExpression(node) ? "new " : ""}${shortExpression(node.expression, sourceFile)}`;
    return `${callee}(${node.arguments?.length ? "..." : ""})`;
  }
  return node.getText(sourceFile).replace(/\s+/g, "");
}

function skipParentheses(node: ts.Node): ts.Node {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isNonNullExpression(current)) current = current.parent;
  return current;
}

/**
 * The code uses the call's value as a promise: awaits it, chains `.then` / `.catch` / `.finally` on it, or returns
 * it from an async function (where a value and a promise of it are the same to the caller).
 */
function treatedAsPromise(call: ts.CallExpression): boolean {
  const holder = skipParentheses(call.parent);
  if (ts.isAwaitExpression(holder)) return true;
  if (ts.isPropertyAccessExpression(holder) && /^(then|catch|finally)$/.test(holder.name.text) && ts.isCallExpression(holder.parent)) return true;
  if (ts.isArrowFunction(holder)) return isAsyncFunction(holder);
  if (!ts.isReturnStatement(holder)) return false;
  const enclosing = enclosingFunction(call);
  return !!enclosing && isAsyncFunction(enclosing);
}

/** What `fn.name` is at run time for a function written as the value of property `key` (`{ function: async () => ... }`). */
function runtimeFunctionName(body: ts.Node, key: string): string {
  if (ts.isIdentifier(body)) return body.text;
  if (ts.isFunctionExpression(body) && body.name) return body.name.text;
  return key;
}

/** A string literal or template, or a variable or parameter declared as a `string`: recorded as one user message. */
function isStringLike(node: ts.Expression): boolean {
  const inner = skipTypeWrappers(node);
  if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner) || ts.isTemplateExpression(inner)) return true;
  if (!ts.isIdentifier(inner)) return false;
  const declaration = findDeclaration(inner);
  const type = declaration && (ts.isParameter(declaration) || ts.isVariableDeclaration(declaration)) ? declaration.type : undefined;
  return type?.kind === ts.SyntaxKind.StringKeyword;
}

function propertyValue(literal: ts.ObjectLiteralExpression, name: string): ts.Node | undefined {
  for (const property of literal.properties) {
    if (!property.name || propertyNameText(property.name) !== name) continue;
    if (ts.isMethodDeclaration(property)) return property;
    if (ts.isPropertyAssignment(property)) return skipTypeWrappers(property.initializer);
    if (ts.isShorthandPropertyAssignment(property)) return property.name;
  }
  return undefined;
}

/** `tools: { get_weather: tool({...}) }` or `const weather = tool({...})` used as `tools: { get_weather: weather }`. */
function toolsKeyOf(node: ts.Node): NameValue | undefined {
  let current: ts.Node = node;
  while (ts.isParenthesizedExpression(current.parent) || ts.isAsExpression(current.parent) || ts.isSatisfiesExpression(current.parent)) current = current.parent;
  const parent = current.parent;
  if (ts.isPropertyAssignment(parent) && parent.initializer === current && isToolsObject(parent.parent)) {
    const key = propertyNameText(parent.name);
    return key ? { text: key } : undefined;
  }
  // The value's name where it is put in a `tools` object: `weatherTool`, or `toolkit.weather` for a property.
  let reference: string | undefined;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) reference = parent.name.text;
  else if (ts.isPropertyAssignment(parent) && ts.isObjectLiteralExpression(parent.parent)) {
    const holder = parent.parent.parent;
    const key = propertyNameText(parent.name);
    if (key && ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name)) reference = `${holder.name.text}.${key}`;
  }
  if (reference) {
    const variable = reference;
    let found: string | undefined;
    const visit = (child: ts.Node): void => {
      if (found) return;
      if (ts.isPropertyAssignment(child) && skipTypeWrappers(child.initializer).getText().replace(/\s+/g, "") === variable) {
        const object = child.parent;
        const holder = object.parent;
        if (ts.isPropertyAssignment(holder) && holder.name && propertyNameText(holder.name) === "tools") found = propertyNameText(child.name);
      }
      ts.forEachChild(child, visit);
    };
    visit(node.getSourceFile());
    return found ? { text: found } : undefined;
  }
  return undefined;
}

/** `{ ... }` that is the value of a `tools:` property (or the `tools` argument itself). */
function isToolsObject(node: ts.Node): boolean {
  if (!ts.isObjectLiteralExpression(node)) return false;
  let holder: ts.Node = node.parent;
  while (ts.isParenthesizedExpression(holder) || ts.isAsExpression(holder) || ts.isSatisfiesExpression(holder)) holder = holder.parent;
  if (ts.isPropertyAssignment(holder)) return propertyNameText(holder.name) === "tools";
  if (ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name)) return /tools$/i.test(holder.name.text);
  return false;
}

function variableNameOf(node: ts.Node): NameValue | undefined {
  let current: ts.Node = node;
  while (ts.isParenthesizedExpression(current.parent) || ts.isAsExpression(current.parent) || ts.isSatisfiesExpression(current.parent)) current = current.parent;
  const parent = current.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return { text: parent.name.text };
  if (ts.isPropertyAssignment(parent)) {
    const key = propertyNameText(parent.name);
    return key ? { text: key } : undefined;
  }
  return undefined;
}

/** The call a `case` hands the tool call to: returned, awaited, assigned or stored. */
function primaryCall(statements: ts.NodeArray<ts.Statement>): ts.CallExpression | undefined {
  for (const statement of statements) {
    let expression: ts.Expression | undefined;
    if (ts.isReturnStatement(statement)) expression = statement.expression;
    else if (ts.isExpressionStatement(statement)) {
      expression = statement.expression;
      if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) expression = expression.right;
    } else if (ts.isVariableStatement(statement)) {
      expression = statement.declarationList.declarations.find((declaration) => declaration.initializer)?.initializer;
    } else if (ts.isBlock(statement)) {
      const nested = primaryCall(statement.statements);
      if (nested) return nested;
    }
    if (!expression) continue;
    let inner = skipTypeWrappers(expression);
    if (ts.isAwaitExpression(inner)) inner = skipTypeWrappers(inner.expression);
    if (ts.isCallExpression(inner)) {
      const callee = skipTypeWrappers(inner.expression);
      if (ts.isIdentifier(callee) || ts.isPropertyAccessExpression(callee)) {
        if (!TOOL_DISPATCH.ignoredCallees.test(callee.getText())) return inner;
      }
    }
  }
  return undefined;
}

function functionOf(declaration: ts.Node): ts.FunctionLikeDeclaration | undefined {
  if (ts.isFunctionDeclaration(declaration)) return declaration;
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
    const initializer = skipTypeWrappers(declaration.initializer);
    if (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer)) return initializer;
  }
  return undefined;
}

function isAsyncFunction(fn: ts.FunctionLikeDeclaration | ts.SignatureDeclaration): boolean {
  if (ts.getModifiers(fn as ts.HasModifiers)?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword)) return true;
  const type = fn.type;
  return !!type && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && /^(Promise|PromiseLike)$/.test(type.typeName.text);
}

function findMethod(owner: ts.ClassLikeDeclaration, name: string): ts.FunctionLikeDeclaration | undefined | "missing" {
  for (const member of owner.members) {
    if (!member.name || propertyNameText(member.name) !== name) continue;
    if (ts.isMethodDeclaration(member)) return member;
    if (ts.isPropertyDeclaration(member) && member.initializer) {
      const initializer = skipTypeWrappers(member.initializer);
      if (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer)) return initializer;
    }
    return undefined;
  }
  // Inherited from a base class we cannot see: trust the name.
  return owner.heritageClauses?.length ? undefined : "missing";
}

function enclosingFunction(node: ts.Node): ts.FunctionLikeDeclaration | undefined {
  let current: ts.Node | undefined = node.parent;
  while (current) {
    if (ts.isFunctionLike(current)) return current as ts.FunctionLikeDeclaration;
    current = current.parent;
  }
  return undefined;
}

function isInside(node: ts.Node, container: ts.Node): boolean {
  return node.pos >= container.pos && node.end <= container.end;
}

/** Any `startSpan({ op }, callback)` inside `node` whose op is of this kind. */
export function containsSpanOfKind(node: ts.Node, kind: SpanKind): boolean {
  let found = false;
  const visit = (child: ts.Node): void => {
    if (found) return;
    if ((ts.isArrowFunction(child) || ts.isFunctionExpression(child)) && ts.isCallExpression(child.parent)) {
      const op = spanOpOfCallback(child);
      if (op && spanKindOfOp(op) === kind) {
        found = true;
        return;
      }
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

function containsYield(node: ts.Node): boolean {
  let found = false;
  const visit = (child: ts.Node): void => {
    if (found || ts.isFunctionLike(child)) return;
    if (ts.isYieldExpression(child)) found = true;
    else ts.forEachChild(child, visit);
  };
  ts.forEachChild(node, visit);
  return found;
}

function hasHandoffListener(statements: ts.NodeArray<ts.Statement>, variable: string, event: string): boolean {
  return statements.some((statement) => {
    if (!ts.isExpressionStatement(statement)) return false;
    const call = skipTypeWrappers(statement.expression);
    if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return false;
    const receiver = skipTypeWrappers(call.expression.expression);
    const first = call.arguments[0];
    return (
      ts.isIdentifier(receiver) &&
      receiver.text === variable &&
      call.expression.name.text === "on" &&
      !!first &&
      ts.isStringLiteral(first) &&
      first.text === event
    );
  });
}

// -------------------------------------------------------------------- explicit transfers between agents

/** The expression that stands for a run in its function: the run itself, or the invoke_agent span around it. */
function runAnchor(site: InvokeAgentSite): ts.Node {
  if (site.status !== "instrumented") return site.node;
  let current: ts.Node | undefined = site.node.parent;
  while (current) {
    if ((ts.isArrowFunction(current) || ts.isFunctionExpression(current)) && spanOpOfCallback(current) === "gen_ai.invoke_agent") {
      return current.parent;
    }
    current = current.parent;
  }
  return site.node;
}

function enclosingCode(node: ts.Node): ts.Node {
  let current: ts.Node | undefined = node.parent;
  while (current && !ts.isFunctionLike(current) && !ts.isSourceFile(current)) current = current.parent;
  return current ?? node.getSourceFile();
}

/** The statement holding `node`, when it sits directly in a statement list (a marker can go before it). */
function statementInList(node: ts.Node): ts.Statement | undefined {
  let current: ts.Node = node;
  while (current.parent && !ts.isFunctionLike(current.parent)) {
    const parent: ts.Node = current.parent;
    if (ts.isBlock(parent) || ts.isSourceFile(parent) || ts.isCaseClause(parent) || ts.isDefaultClause(parent) || ts.isModuleBlock(parent)) {
      return current as ts.Statement;
    }
    if (ts.isIfStatement(parent) || ts.isIterationStatement(parent, false) || ts.isLabeledStatement(parent)) return undefined;
    current = parent;
  }
  return undefined;
}

function statementListOf(statement: ts.Statement): readonly ts.Statement[] {
  const parent = statement.parent;
  return ts.isBlock(parent) || ts.isSourceFile(parent) || ts.isCaseClause(parent) || ts.isDefaultClause(parent) || ts.isModuleBlock(parent)
    ? parent.statements
    : [];
}

function isHandoffMarker(statement: ts.Statement | undefined): boolean {
  if (!statement || !ts.isExpressionStatement(statement)) return false;
  const call = skipTypeWrappers(statement.expression);
  if (!ts.isCallExpression(call) || call.arguments.length < 2) return false;
  const callback = call.arguments[1];
  return (ts.isArrowFunction(callback) || ts.isFunctionExpression(callback)) && spanOpOfCallback(callback) === "gen_ai.handoff";
}

function sameName(a: NameValue, b: NameValue): boolean {
  return "text" in a && "text" in b ? a.text === b.text : "code" in a && "code" in b && a.code === b.code;
}

/**
 * Agent B hands off from agent A when B runs later in the same function as A's run, or inside a custom agent
 * class's own run method (A is that class). The marker goes before the statement running B.
 */
function findTransfers(sites: AgentSite[]): TransferSite[] {
  const runs = sites.filter(
    (site): site is InvokeAgentSite => site.type === "invoke-agent" && (site.status === "instrumentable" || site.status === "instrumented"),
  );
  const transfers: TransferSite[] = [];
  for (const target of runs) {
    if (!target.agentName) continue;
    const anchor = runAnchor(target);
    const scope = enclosingCode(anchor);
    let from: NameValue | undefined;
    let previousEnd = -1;
    for (const source of CUSTOM_AGENTS.transfers.sequential ? runs : []) {
      if (source === target || !source.agentName) continue;
      const sourceAnchor = runAnchor(source);
      if (enclosingCode(sourceAnchor) !== scope || sourceAnchor.end > anchor.getStart() || sourceAnchor.end <= previousEnd) continue;
      // A's run must be on the way to B's: its statement list holds B (not a sibling branch that returned).
      const sourceStatement = statementInList(sourceAnchor);
      if (!sourceStatement || !isInside(anchor, sourceStatement.parent)) continue;
      from = source.agentName;
      previousEnd = sourceAnchor.end;
    }
    if (!from && CUSTOM_AGENTS.transfers.nested) from = enclosingAgentClass(anchor);
    if (!from || sameName(from, target.agentName)) continue;
    const before = statementInList(anchor);
    if (!before) continue;
    const list = statementListOf(before);
    const previous = list[list.indexOf(before) - 1];
    const instrumented = isHandoffMarker(previous);
    transfers.push({
      type: "transfer",
      framework: target.framework,
      callee: target.callee,
      reportNode: target.node,
      before,
      from,
      to: target.agentName,
      status: instrumented ? "instrumented" : "instrumentable",
      reason: instrumented ? "a `gen_ai.handoff` marker already precedes the run" : undefined,
    });
  }
  return transfers;
}

/** Inside `class TriageAgent { async run() { ... } }`: the class is the agent handing off. */
function enclosingAgentClass(node: ts.Node): NameValue | undefined {
  let current: ts.Node | undefined = node.parent;
  let method: ts.Node | undefined;
  while (current) {
    if (ts.isMethodDeclaration(current) || (ts.isPropertyDeclaration(current) && current.initializer)) method = current;
    if (ts.isClassLike(current)) {
      const name = current.name?.text;
      const methodName = method && (method as ts.MethodDeclaration).name && propertyNameText((method as ts.MethodDeclaration).name);
      if (name && CUSTOM_AGENTS.classNamePattern.test(name) && methodName && CUSTOM_AGENTS.runMethods.includes(methodName)) return { text: name };
      return undefined;
    }
    current = current.parent;
  }
  return undefined;
}
