import ts from "typescript";
import type { ToolLoopCall } from "../../../sdks/types/agents";
import { spanOpOfCallback } from "../existing-spans";
import { skipTypeWrappers } from "../purity";
import { literalProperty, propertyNameText } from "../property-access";

/**
 * Tools and a step limit written in the call's options (`generateText({ tools, stopWhen })`). Options held in a
 * variable or spread in cannot be read, so such a call stays an LLM call.
 */
export function isToolLoop(options: ts.Expression | undefined, loop: ToolLoopCall): boolean {
  if (!options || !ts.isObjectLiteralExpression(skipTypeWrappers(options))) return false;
  return (
    !!literalProperty(options, loop.toolsField) &&
    loop.stepLimitFields.some((field) => !!literalProperty(options, field))
  );
}

/**
 * The name of the nearest named function around `node`: `function plan()`, a method `plan() {}`, or the variable,
 * property or class field an arrow or function expression is assigned to. Anonymous functions (callbacks, span
 * callbacks the codemod wrote) are looked through.
 */
export function enclosingFunctionName(node: ts.Node): string | undefined {
  for (let current = node.parent; current && !ts.isSourceFile(current); current = current.parent) {
    if (!ts.isFunctionLike(current)) continue;
    const name = functionName(current);
    if (name) return name;
  }
  return undefined;
}

function functionName(fn: ts.SignatureDeclaration): string | undefined {
  if ((ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn)) && fn.name) return fn.name.text;
  if (ts.isMethodDeclaration(fn) || ts.isGetAccessorDeclaration(fn) || ts.isSetAccessorDeclaration(fn))
    return propertyNameText(fn.name);
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return undefined;
  // A span callback is the codemod's own (or a hand-written) wrapper, not the user's function.
  if (spanOpOfCallback(fn)) return undefined;
  let holder: ts.Node = fn.parent;
  while (ts.isParenthesizedExpression(holder) || ts.isAsExpression(holder) || ts.isSatisfiesExpression(holder))
    holder = holder.parent;
  if (ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name)) return holder.name.text;
  if ((ts.isPropertyAssignment(holder) || ts.isPropertyDeclaration(holder)) && holder.initializer)
    return propertyNameText(holder.name);
  return undefined;
}
