import ts from "typescript";
import { literalProperty } from "./resolve";

const SPAN_FUNCTIONS = new Set(["startSpan", "startSpanManual"]);

/** `Sentry.startSpan({ op: "gen_ai.chat", ... }, callback)`: the op, when the call starts a span with a callback. */
export function spanOpOfCallback(fn: ts.Node): string | undefined {
  const call = fn.parent;
  if (!call || !ts.isCallExpression(call) || !call.arguments.includes(fn as ts.Expression)) return undefined;
  const callee = call.expression;
  const name = ts.isPropertyAccessExpression(callee)
    ? callee.name.text
    : ts.isIdentifier(callee)
      ? callee.text
      : undefined;
  if (!name || !SPAN_FUNCTIONS.has(name) || call.arguments.length < 2) return undefined;
  const op = literalProperty(call.arguments[0], "op");
  return op && (ts.isStringLiteral(op) || ts.isNoSubstitutionTemplateLiteral(op)) ? op.text : undefined;
}

/** The op of the innermost gen_ai span whose callback contains `node`, if any. */
export function enclosingGenAiSpanOp(node: ts.Node): string | undefined {
  let current: ts.Node | undefined = node.parent;
  while (current) {
    if (ts.isArrowFunction(current) || ts.isFunctionExpression(current)) {
      const op = spanOpOfCallback(current);
      if (op?.startsWith("gen_ai.")) return op;
    }
    current = current.parent;
  }
  return undefined;
}
