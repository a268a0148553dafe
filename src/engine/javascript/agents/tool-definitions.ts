import ts from "typescript";
import type {
  AgentFramework,
  ToolDefinition,
  ToolListCall,
  ToolRegistration,
  ToolsObjectShape,
} from "../../../sdks/types/agents";
import { isClientValue } from "../evaluation";
import { findDeclaration } from "../declarations";
import { skipTypeWrappers } from "../purity";
import { chainNodeAt, literalProperty, propertyNameText, splitPropertyChain } from "../property-access";
import { isToolFunction, isWrappedToolFunction, TOOL_SPAN_HELPER } from "./emit-tool-body";
import type { AgentFinder } from "./finder-context";
import type { NameValue } from "./sites";
import { staticField } from "./static-values";
import { calleeText, containsSpanOfKind } from "./syntax";

/** Tool definitions whose bodies run when the model calls the tool: framework `tool(...)` calls, inline tool lists, registrations. */

export function addToolDefinition(
  finder: AgentFinder,
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
    (tool.nameField && staticField(options, [tool.nameField])) ||
    (tool.nameFromToolsKey ? toolsKeyOf(node, tool.nameFromToolsKey) : undefined) ||
    variableNameOf(node) ||
    factoryName(node);
  const description = tool.descriptionField ? staticField(options, [tool.descriptionField]) : undefined;
  addToolBody(
    finder,
    node,
    body,
    framework.id,
    name,
    description && "text" in description ? description.text : undefined,
    tool.autoInstrumentedBy,
  );
}

/**
 * The definition whose form the arguments have, when a framework's export takes several (LlamaIndex
 * `tool({ execute })` and `tool(fn, { name })`): a body field needs an object literal where the options are, a
 * body argument a value that is not one. The first candidate when none fits.
 */
export function toolDefinitionFor(
  candidates: readonly ToolDefinition[],
  args: readonly ts.Expression[],
): ToolDefinition | undefined {
  const fits = (tool: ToolDefinition): boolean => {
    const options = args[tool.optionsArgument];
    if (!options) return false;
    if ("field" in tool.body) return ts.isObjectLiteralExpression(skipTypeWrappers(options));
    const body = args[tool.body.argument];
    return !!body && !ts.isObjectLiteralExpression(skipTypeWrappers(body));
  };
  return candidates.find(fits) ?? candidates[0];
}

/**
 * The framework tool definitions a call's callee may be: `tool(...)` (an export called as is), or
 * `FunctionTool.from(...)` (a static factory on an export), each with its framework.
 */
export function toolDefinitionsCalled(
  finder: AgentFinder,
  callee: ts.Expression,
): { framework: AgentFramework; candidates: ToolDefinition[] }[] {
  const direct = finder.bindingOf(callee);
  const staticMethod =
    !direct && ts.isPropertyAccessExpression(callee)
      ? { binding: finder.bindingOf(callee.expression), method: callee.name.text }
      : undefined;
  const binding = direct ?? staticMethod?.binding;
  return finder.frameworksOf(binding).map((framework) => ({
    framework,
    candidates:
      framework.tools?.filter(
        (candidate) =>
          candidate.how === "call" &&
          candidate.export === binding!.exportName &&
          candidate.staticMethod === staticMethod?.method,
      ) ?? [],
  }));
}

/** `client.chat.completions.runTools({ tools: [...] })` on a client of the list's SDK. */
export function matchToolList(finder: AgentFinder, call: ts.CallExpression, callee: ts.PropertyAccessExpression): void {
  const { root, names } = splitPropertyChain(callee);
  for (let split = 0; split < names.length; split++) {
    const evaluation = finder.resolver.evaluate(split === 0 ? root : chainNodeAt(callee, names.length - split));
    // A client Sentry instruments still runs the project's tool functions, which its helper does not span.
    if (!isClientValue(evaluation)) continue;
    const path = names.slice(split).join(".");
    for (const framework of finder.frameworks) {
      const list = framework.toolLists?.find(
        (candidate) => candidate.sdk === evaluation.client.sdk.id && candidate.paths.includes(path),
      );
      if (list) return addToolList(finder, call, framework, list);
    }
    return;
  }
}

/** Each tool written out in the list; tools made elsewhere (`zodFunction(...)`, a variable) are found where they are made. */
function addToolList(
  finder: AgentFinder,
  call: ts.CallExpression,
  framework: AgentFramework,
  list: ToolListCall,
): void {
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
      (list.nameField && staticField(definition, [list.nameField])) ||
      (list.nameFromFunction ? { text: runtimeFunctionName(body, list.body.field) } : undefined);
    const description = list.descriptionField ? staticField(definition, [list.descriptionField]) : undefined;
    const descriptionText = description && "text" in description ? description.text : undefined;
    addToolBody(
      finder,
      definition,
      body,
      framework.id,
      name,
      descriptionText,
      undefined,
      calleeText(call, finder.sourceFile),
    );
  }
}

export function addToolRegistration(
  finder: AgentFinder,
  call: ts.CallExpression,
  framework: AgentFramework,
  registration: ToolRegistration,
): void {
  const nameNode = call.arguments[registration.nameArgument];
  const body = call.arguments[call.arguments.length - 1];
  if (!nameNode || !body || call.arguments.length < 2) return;
  const name =
    ts.isStringLiteral(nameNode) || ts.isNoSubstitutionTemplateLiteral(nameNode) ? { text: nameNode.text } : undefined;
  let description: string | undefined;
  if (registration.description) {
    const holder = call.arguments[registration.description.argument];
    if (holder && holder !== body) {
      const value = registration.description.field
        ? literalProperty(holder, registration.description.field)
        : skipTypeWrappers(holder);
      if (value && (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value))) description = value.text;
    }
  }
  addToolBody(finder, call, skipTypeWrappers(body), framework.id, name, description);
}

function addToolBody(
  finder: AgentFinder,
  definition: ts.Node,
  body: ts.Node,
  framework: string,
  toolName: NameValue | undefined,
  description: string | undefined,
  autoInstrumentedBy?: ToolDefinition["autoInstrumentedBy"],
  calleeOverride?: string,
): void {
  const callee =
    calleeOverride ??
    (ts.isCallExpression(definition) || ts.isNewExpression(definition)
      ? calleeText(definition, finder.sourceFile)
      : "tool");
  const base = {
    type: "tool-body" as const,
    framework,
    callee,
    reportNode: definition,
    toolName,
    description,
    autoInstrumentedBy,
  };
  if (isWrappedToolFunction(body)) {
    finder.push({
      ...base,
      status: "instrumented",
      reason: `the tool's function already runs through \`${TOOL_SPAN_HELPER}\``,
    });
    return;
  }
  const declared = ts.isIdentifier(body) ? localFunctionOf(body) : undefined;
  if (declared && body.parent && !ts.isShorthandPropertyAssignment(body.parent)) {
    // `function: getWeather`: the reference is wrapped where it is passed; the function itself stays as written.
    if (declared.asteriskToken || !declared.body) {
      finder.push({ ...base, status: "unsupported", reason: "a generator tool streams its output; needs manual work" });
      return;
    }
    if (containsSpanOfKind(declared.body, "execute-tool")) {
      finder.push({
        ...base,
        status: "instrumented",
        reason: "the tool's function already runs in a `gen_ai.execute_tool` span",
      });
      return;
    }
    finder.push({ ...base, fn: body as ts.Identifier, status: "instrumentable" });
    return;
  }
  if (!isToolFunction(body)) {
    finder.push({
      ...base,
      status: "unsupported",
      reason: "the tool's body is a function defined elsewhere; wrap its body in a gen_ai.execute_tool span by hand",
    });
    return;
  }
  const fn = body;
  if (!fn.body) return;
  if (fn.asteriskToken) {
    finder.push({
      ...base,
      fn,
      status: "unsupported",
      reason: "a generator tool streams its output; needs manual work",
    });
    return;
  }
  if (containsSpanOfKind(fn.body, "execute-tool")) {
    finder.push({
      ...base,
      fn,
      status: "instrumented",
      reason: "the tool body already runs in a `gen_ai.execute_tool` span",
    });
    return;
  }
  finder.push({ ...base, fn, status: "instrumentable" });
}

/**
 * The function an identifier names when the file declares it as one: `function getWeather() {}`, or a `const`
 * initialised with an arrow function or function expression. Anything else (a parameter, an import, a `let`) may
 * not be a function when the framework reads it, and is reported instead.
 */
function localFunctionOf(
  identifier: ts.Identifier,
): ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression | undefined {
  const declaration = findDeclaration(identifier);
  if (declaration && ts.isFunctionDeclaration(declaration)) return declaration;
  if (
    declaration &&
    ts.isVariableDeclaration(declaration) &&
    ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const &&
    declaration.initializer
  ) {
    const value = skipTypeWrappers(declaration.initializer);
    if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) return value;
  }
  return undefined;
}

/** What `fn.name` is at run time for a function written as the value of property `key` (`{ function: async () => ... }`). */
function runtimeFunctionName(body: ts.Node, key: string): string {
  if (ts.isIdentifier(body)) return body.text;
  if (ts.isFunctionExpression(body) && body.name) return body.name.text;
  return key;
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
function toolsKeyOf(node: ts.Node, shape: ToolsObjectShape): NameValue | undefined {
  let current: ts.Node = node;
  while (
    ts.isParenthesizedExpression(current.parent) ||
    ts.isAsExpression(current.parent) ||
    ts.isSatisfiesExpression(current.parent)
  )
    current = current.parent;
  const parent = current.parent;
  if (ts.isPropertyAssignment(parent) && parent.initializer === current && isToolsObject(parent.parent, shape)) {
    const key = propertyNameText(parent.name);
    return key ? { text: key } : undefined;
  }
  // The value's name where it is put in a `tools` object: `weatherTool`, or `toolkit.weather` for a property.
  let reference: string | undefined;
  const factory = factoryNameOf(node);
  if (factory) reference = factory;
  else if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) reference = parent.name.text;
  else if (ts.isPropertyAssignment(parent) && ts.isObjectLiteralExpression(parent.parent)) {
    const holder = parent.parent.parent;
    const key = propertyNameText(parent.name);
    if (key && ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name))
      reference = `${holder.name.text}.${key}`;
  }
  if (reference) {
    const variable = reference;
    let found: string | undefined;
    const visit = (child: ts.Node): void => {
      if (found) return;
      if (ts.isPropertyAssignment(child) && referenceText(child.initializer, !!factory) === variable) {
        const object = child.parent;
        const holder = object.parent;
        if (ts.isPropertyAssignment(holder) && holder.name && propertyNameText(holder.name) === shape.property)
          found = propertyNameText(child.name);
      }
      ts.forEachChild(child, visit);
    };
    visit(node.getSourceFile());
    return found ? { text: found } : undefined;
  }
  return undefined;
}

/** `{ ... }` that is the value of a `tools:` property (or the `tools` argument itself). */
function isToolsObject(node: ts.Node, shape: ToolsObjectShape): boolean {
  if (!ts.isObjectLiteralExpression(node)) return false;
  let holder: ts.Node = node.parent;
  while (ts.isParenthesizedExpression(holder) || ts.isAsExpression(holder) || ts.isSatisfiesExpression(holder))
    holder = holder.parent;
  if (ts.isPropertyAssignment(holder)) return propertyNameText(holder.name) === shape.property;
  if (ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name))
    return shape.variableName.test(holder.name.text);
  return false;
}

function variableNameOf(node: ts.Node): NameValue | undefined {
  let current: ts.Node = node;
  while (
    ts.isParenthesizedExpression(current.parent) ||
    ts.isAsExpression(current.parent) ||
    ts.isSatisfiesExpression(current.parent)
  )
    current = current.parent;
  const parent = current.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return { text: parent.name.text };
  if (ts.isPropertyAssignment(parent)) {
    const key = propertyNameText(parent.name);
    return key ? { text: key } : undefined;
  }
  return undefined;
}

/** The text a `tools` entry refers to its tool by: the value itself, or the callee when the tool comes from a factory call. */
function referenceText(initializer: ts.Expression, throughFactory: boolean): string {
  const value = skipTypeWrappers(initializer);
  const referenced = throughFactory
    ? ts.isCallExpression(value)
      ? skipTypeWrappers(value.expression)
      : undefined
    : value;
  return referenced ? referenced.getText().replace(/\s+/g, "") : "";
}

/**
 * A tool made by a factory, `const searchTool = (opts) => tool({...})` or `function searchTool() { return tool({...}) }`:
 * the factory's name.
 */
function factoryNameOf(node: ts.Node): string | undefined {
  let current: ts.Node = node;
  while (
    ts.isParenthesizedExpression(current.parent) ||
    ts.isAsExpression(current.parent) ||
    ts.isSatisfiesExpression(current.parent)
  )
    current = current.parent;
  let fn: ts.Node = current.parent;
  if (ts.isReturnStatement(fn)) {
    if (!ts.isBlock(fn.parent)) return undefined;
    fn = fn.parent.parent;
    if (!ts.isFunctionDeclaration(fn) && !ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return undefined;
  } else if (!ts.isArrowFunction(fn) || fn.body !== current) {
    return undefined;
  }
  if (ts.isFunctionDeclaration(fn)) return fn.name?.text;
  let holder: ts.Node = fn.parent;
  while (ts.isParenthesizedExpression(holder) || ts.isAsExpression(holder) || ts.isSatisfiesExpression(holder))
    holder = holder.parent;
  return ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name) ? holder.name.text : undefined;
}

function factoryName(node: ts.Node): NameValue | undefined {
  const name = factoryNameOf(node);
  return name ? { text: name } : undefined;
}
