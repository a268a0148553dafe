import ts from "typescript";
import { skipTypeWrappers } from "./purity";

/** Reading written-out values and member chains: `options.a.b` in an object literal, `a.b.c` split into parts. */

/** `a.b.c.d` -> root `a`, names [b, c, d]. */
export function splitPropertyChain(access: ts.PropertyAccessExpression): { root: ts.Expression; names: string[] } {
  const names: string[] = [];
  let current: ts.Expression = access;
  while (ts.isPropertyAccessExpression(current)) {
    names.unshift(current.name.text);
    current = skipTypeWrappers(current.expression);
  }
  return { root: current, names };
}

/** The node of the chain that holds its first `count` names: for `a.b.c.d`, count 2 gives `a.b.c`... from the top. */
export function chainNodeAt(access: ts.PropertyAccessExpression, namesFromTop: number): ts.Expression {
  let current: ts.Expression = access;
  for (let index = 0; index < namesFromTop; index++) {
    current = skipTypeWrappers((current as ts.PropertyAccessExpression).expression);
  }
  return current;
}

/** The value of `a.b` in an object literal, when written out in place. */
export function literalProperty(node: ts.Expression, fieldPath: string): ts.Expression | undefined {
  let current: ts.Expression | undefined = skipTypeWrappers(node);
  for (const key of fieldPath.split(".")) {
    if (!current || !ts.isObjectLiteralExpression(current)) return undefined;
    let next: ts.Expression | undefined;
    for (const property of current.properties) {
      if (!property.name || propertyNameText(property.name) !== key) continue;
      if (ts.isPropertyAssignment(property)) next = property.initializer;
      else if (ts.isShorthandPropertyAssignment(property)) next = property.name;
    }
    current = next && skipTypeWrappers(next);
  }
  return current;
}

export function propertyNameText(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) {
    return name.text;
  }
  return undefined;
}
