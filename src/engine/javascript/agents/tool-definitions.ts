import ts from "typescript";
import type { AgentFramework, ToolDefinition, ToolListCall, ToolRegistration } from "../../../sdks/types/agents";
import { isClientValue } from "../evaluation";
import { skipTypeWrappers } from "../purity";
import { chainNodeAt, literalProperty, propertyNameText, splitPropertyChain } from "../property-access";
import type { AgentFinder } from "./finder-context";
import { staticField } from "./static-values";
import { calleeText } from "./syntax";
import { addToolBody } from "./tool-body-site";
import { factoryName, toolsKeyOf, variableNameOf } from "./tool-names";

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
