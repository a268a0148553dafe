import ts from "typescript";

/** Wrappers that change a type, not a value. */
export function skipTypeWrappers(node: ts.Expression): ts.Expression {
  let current = node;
  while (
    ts.isParenthesizedExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isNonNullExpression(current) ||
    ts.isSatisfiesExpression(current) ||
    ts.isTypeAssertionExpression(current)
  ) {
    current = current.expression;
  }
  return current;
}

/**
 * True when evaluating the expression a second time has no effect and gives the same value: literals,
 * identifiers, property paths, and array/object/template literals built only from those. Function
 * expressions count as pure (evaluating one only creates it). Reading it again for a span attribute is
 * then safe; anything else is evaluated once into a `const`.
 */
export function isPure(node: ts.Expression): boolean {
  const expression = skipTypeWrappers(node);
  switch (expression.kind) {
    case ts.SyntaxKind.Identifier:
    case ts.SyntaxKind.ThisKeyword:
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NumericLiteral:
    case ts.SyntaxKind.BigIntLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NullKeyword:
    case ts.SyntaxKind.RegularExpressionLiteral:
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.FunctionExpression:
      return true;
  }
  if (ts.isPropertyAccessExpression(expression)) return isPure(expression.expression);
  if (ts.isElementAccessExpression(expression)) {
    return isPure(expression.expression) && isPure(expression.argumentExpression);
  }
  if (ts.isTemplateExpression(expression)) return expression.templateSpans.every((span) => isPure(span.expression));
  if (ts.isArrayLiteralExpression(expression)) {
    return expression.elements.every((element) =>
      ts.isSpreadElement(element) ? isPure(element.expression) : ts.isOmittedExpression(element) || isPure(element),
    );
  }
  if (ts.isObjectLiteralExpression(expression)) {
    return expression.properties.every((property) => {
      if (ts.isPropertyAssignment(property)) {
        const computedKeyIsPure = !ts.isComputedPropertyName(property.name) || isPure(property.name.expression);
        return computedKeyIsPure && isPure(property.initializer);
      }
      if (ts.isShorthandPropertyAssignment(property)) return true;
      if (ts.isSpreadAssignment(property)) return isPure(property.expression);
      return ts.isMethodDeclaration(property) || ts.isGetAccessor(property) || ts.isSetAccessor(property);
    });
  }
  if (ts.isPrefixUnaryExpression(expression)) {
    const mutates =
      expression.operator === ts.SyntaxKind.PlusPlusToken || expression.operator === ts.SyntaxKind.MinusMinusToken;
    return !mutates && isPure(expression.operand);
  }
  if (ts.isTypeOfExpression(expression)) return isPure(expression.expression);
  return false;
}

/** Literal-built expressions stay in place when hoisting: moving them would lose their contextual type. */
function isCompositeLiteral(node: ts.Expression): boolean {
  return ts.isArrayLiteralExpression(node) || ts.isObjectLiteralExpression(node) || ts.isTemplateExpression(node);
}

/**
 * The smallest sub-expressions to evaluate once into constants so that `node` becomes pure. A call inside an
 * array or object literal is taken out on its own (the literal keeps its place, and so its contextual type
 * from the SDK's parameter type); anything else impure is taken whole, evaluated exactly where it was.
 */
export function impureParts(node: ts.Expression): ts.Expression[] {
  if (isPure(node)) return [];
  const expression = skipTypeWrappers(node);
  if (!isCompositeLiteral(expression)) return [node];
  const parts: ts.Expression[] = [];
  if (ts.isArrayLiteralExpression(expression)) {
    for (const element of expression.elements) {
      parts.push(...impureParts(ts.isSpreadElement(element) ? element.expression : element));
    }
  } else if (ts.isObjectLiteralExpression(expression)) {
    for (const property of expression.properties) {
      if (ts.isPropertyAssignment(property)) {
        // A computed key with effects is rare enough to take the whole literal out instead.
        if (ts.isComputedPropertyName(property.name) && !isPure(property.name.expression)) return [node];
        parts.push(...impureParts(property.initializer));
      } else if (ts.isSpreadAssignment(property)) {
        parts.push(...impureParts(property.expression));
      }
    }
  } else if (ts.isTemplateExpression(expression)) {
    for (const span of expression.templateSpans) parts.push(...impureParts(span.expression));
  }
  return parts;
}
