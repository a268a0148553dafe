import ts from "typescript";
import { type SpanKind, spanKindOfOp } from "../../../core/conventions";
import { spanOpOfCallback } from "../existing-spans";
import { skipTypeWrappers } from "../purity";
import { propertyNameText } from "../property-access";

/** Syntax questions the agent finder asks: what a call is awaited as, which function holds a node, what a callee reads like. */

/** What the user wrote, for reports: `triage.run`, `new SupportBot(...).run` (arguments elided). */
export function calleeText(node: ts.CallExpression | ts.NewExpression, sourceFile: ts.SourceFile): string {
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
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isNonNullExpression(current))
    current = current.parent;
  return current;
}

/**
 * The code uses the call's value as a promise: awaits it, chains `.then` / `.catch` / `.finally` on it, or returns
 * it from an async function (where a value and a promise of it are the same to the caller).
 */
export function treatedAsPromise(call: ts.CallExpression): boolean {
  const holder = skipParentheses(call.parent);
  if (ts.isAwaitExpression(holder)) return true;
  if (
    ts.isPropertyAccessExpression(holder) &&
    /^(then|catch|finally)$/.test(holder.name.text) &&
    ts.isCallExpression(holder.parent)
  )
    return true;
  if (ts.isArrowFunction(holder)) return isAsyncFunction(holder);
  if (!ts.isReturnStatement(holder)) return false;
  const enclosing = enclosingFunction(call);
  return !!enclosing && isAsyncFunction(enclosing);
}

export function isAsyncFunction(fn: ts.FunctionLikeDeclaration | ts.SignatureDeclaration): boolean {
  if (ts.getModifiers(fn as ts.HasModifiers)?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword))
    return true;
  const type = fn.type;
  return (
    !!type &&
    ts.isTypeReferenceNode(type) &&
    ts.isIdentifier(type.typeName) &&
    /^(Promise|PromiseLike)$/.test(type.typeName.text)
  );
}

export function findMethod(
  owner: ts.ClassLikeDeclaration,
  name: string,
): ts.FunctionLikeDeclaration | undefined | "missing" {
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

export function isInside(node: ts.Node, container: ts.Node): boolean {
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
