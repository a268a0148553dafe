import ts from "typescript";
import type { ToolsObjectShape } from "../../../sdks/types/agents";
import { propertyNameText } from "../property-access";
import { skipTypeWrappers } from "../purity";
import type { NameValue } from "./sites";

/** A tool's name read from where its definition stands: its key in a `tools` object, its variable, its factory. */

function isWrapper(node: ts.Node): boolean {
  return ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node);
}

/** The node, or the outermost parenthesis, `as` or `satisfies` around it. */
function outermostWrapper(node: ts.Node): ts.Node {
  let current = node;
  while (isWrapper(current.parent)) current = current.parent;
  return current;
}

/** The node, or the first node above it that is not a parenthesis, `as` or `satisfies`. */
function throughWrappers(node: ts.Node): ts.Node {
  let holder = node;
  while (isWrapper(holder)) holder = holder.parent;
  return holder;
}

/** `tools: { get_weather: tool({...}) }` or `const weather = tool({...})` used as `tools: { get_weather: weather }`. */
export function toolsKeyOf(node: ts.Node, shape: ToolsObjectShape): NameValue | undefined {
  const current = outermostWrapper(node);
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
  const holder = throughWrappers(node.parent);
  if (ts.isPropertyAssignment(holder)) return propertyNameText(holder.name) === shape.property;
  if (ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name))
    return shape.variableName.test(holder.name.text);
  return false;
}

export function variableNameOf(node: ts.Node): NameValue | undefined {
  const current = outermostWrapper(node);
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
  const current = outermostWrapper(node);
  let fn: ts.Node = current.parent;
  if (ts.isReturnStatement(fn)) {
    if (!ts.isBlock(fn.parent)) return undefined;
    fn = fn.parent.parent;
    if (!ts.isFunctionDeclaration(fn) && !ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return undefined;
  } else if (!ts.isArrowFunction(fn) || fn.body !== current) {
    return undefined;
  }
  if (ts.isFunctionDeclaration(fn)) return fn.name?.text;
  const holder = throughWrappers(fn.parent);
  return ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name) ? holder.name.text : undefined;
}

export function factoryName(node: ts.Node): NameValue | undefined {
  const name = factoryNameOf(node);
  return name ? { text: name } : undefined;
}
