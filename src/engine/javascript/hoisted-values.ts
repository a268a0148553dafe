import ts from "typescript";
import { propertyNameText } from "./property-access";
import { skipTypeWrappers } from "./purity";

/**
 * Values a span moves out of the call into `const`s inside its callback: the names they get, the order they are
 * evaluated in, and which literals are long enough to be read from a const rather than copied.
 */

const VERB_PREFIX = /^(get|build|make|create|load|fetch|compute|format|to|read|prepare)(?=[A-Z])/;

/**
 * Hoisted values in the order the call would have evaluated them: by where each ends in the source, so a part
 * hoisted out of a larger value (a call inside a template) comes before the value that reads it.
 */
export function inEvaluationOrder<T extends { node: ts.Node }>(hoists: T[]): T[] {
  return [...hoists].sort((a, b) => a.node.end - b.node.end || b.node.pos - a.node.pos);
}

/** Lines a string or template literal may span before the span reads it from a const instead of a copy. */
const LONG_TEXT_LINES = 3;

export function isLongText(node: ts.Expression, sourceFile: ts.SourceFile): boolean {
  if (!isStringNode(node)) return false;
  const first = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line;
  return sourceFile.getLineAndCharacterOfPosition(node.end).line - first >= LONG_TEXT_LINES;
}

export function isStringNode(node: ts.Expression | undefined): boolean {
  if (!node) return false;
  const inner = skipTypeWrappers(node);
  return ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner) || ts.isTemplateExpression(inner);
}

export function preferredName(part: ts.Expression): string {
  const parent = part.parent;
  if (ts.isPropertyAssignment(parent) && parent.initializer === part) {
    const key = propertyNameText(parent.name);
    if (key && /^[A-Za-z_$][\w$]*$/.test(key)) return key;
  }
  let inner: ts.Expression = skipTypeWrappers(part);
  if (ts.isAwaitExpression(inner)) inner = skipTypeWrappers(inner.expression);
  if (ts.isCallExpression(inner)) {
    const callee = inner.expression;
    const name = ts.isIdentifier(callee)
      ? callee.text
      : ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : undefined;
    if (name) {
      const stripped = name.replace(VERB_PREFIX, "");
      return stripped.charAt(0).toLowerCase() + stripped.slice(1);
    }
  }
  return "value";
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
