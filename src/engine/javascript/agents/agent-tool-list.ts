// An agent's tools by name, as its options list them (`tools: { name: ... }`, `tools: [a, b]`).
import ts from "typescript";
import { findDeclaration } from "../declarations";
import { literalProperty, propertyNameText } from "../property-access";
import { skipTypeWrappers } from "../purity";
import type { AgentFinder } from "./finder-context";
import { staticField } from "./static-values";
import { toolDefinitionFor, toolDefinitionsCalled } from "./tool-definitions";
import { trace } from "./trace-creation";

/**
 * The agent's tools by name: the keys of `tools: { name: ... }`, or for `tools: [a, b]` each tool's literal
 * `name` (inline or through its variable). Undefined unless every tool is named.
 */
export function toolNames(
  finder: AgentFinder,
  options: ts.Expression | undefined,
  field: string | undefined,
): string[] | undefined {
  const tools = options && field && literalProperty(options, field);
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
      definition =
        declaration && ts.isVariableDeclaration(declaration) && declaration.initializer
          ? skipTypeWrappers(declaration.initializer)
          : undefined;
    }
    if (!definition || !ts.isCallExpression(definition)) return undefined;
    const named = toolNameFieldOf(finder, definition);
    const options = named && definition.arguments[named.optionsArgument];
    const name = options && staticField(options, [named.field]);
    if (!name || !("text" in name)) return undefined;
    names.push(name.text);
  }
  return names;
}

/** Where the tool a call makes is named: a framework's `tool({ name })`, or an agent's `asTool({ toolName })`. */
function toolNameFieldOf(
  finder: AgentFinder,
  call: ts.CallExpression,
): { field: string; optionsArgument: number } | undefined {
  const callee = skipTypeWrappers(call.expression);
  for (const { candidates } of toolDefinitionsCalled(finder, callee)) {
    const tool = toolDefinitionFor(candidates, call.arguments);
    if (tool?.nameField) return { field: tool.nameField, optionsArgument: tool.optionsArgument };
  }
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const creation = trace(finder, callee.expression, 0);
  const method =
    creation?.type === "framework-agent"
      ? creation.declaration.toolMethods?.find((candidate) => candidate.method === callee.name.text)
      : undefined;
  return method ? { field: method.nameField, optionsArgument: method.optionsArgument } : undefined;
}
