import ts from "typescript";
import { ATTR, spanIdentity } from "../../../core/conventions";
import type { TextEdit } from "../../../core/text/edits";
import { quoteString } from "../code-style";
import type { EmitContext } from "../emit-request-span";
import { indentationOfLine, moveNode } from "../move-code";
import { propertyNameText } from "../property-access";
import { skipTypeWrappers } from "../purity";
import { renderStartSpan } from "../render-span";
import { AttributeList, json, layoutAt, nameCode, valueCode } from "./agent-span-parts";
import type { ToolBodySite } from "./sites";

/** `gen_ai.execute_tool` around a tool's own body, and the helper that records its output. */

/** Name of the pass-through that records a tool's output on its span (appended to the file once). */
export const TOOL_OUTPUT_HELPER = "recordToolOutput";

/**
 * The body runs inside the span, unchanged: as an expression it is passed on in place (awaited when it may be a
 * promise); as a block it becomes an immediately called arrow function, which keeps every `return`, `throw`,
 * `this` and `arguments` as they were. The output goes through a generic pass-through
 * (`recordToolOutput(span, output)`), so the body's values are still typed by the framework's expected return
 * type (a literal `type: "text"` stays a literal). An arrow's new body starts on the line after `=>`, one level
 * in, the way prettier lays out a call there; a method or function keeps a block: `{ return Sentry.startSpan(...); }`.
 */
export function emitToolBody(site: ToolBodySite, context: EmitContext, helpers: Set<string>): TextEdit {
  const fn = site.fn!;
  const body = fn.body!;
  const { sourceFile, options, style } = context;
  const local = context.names.fork();
  const quote = (text: string): string => quoteString(text, style);
  const isAsync = !!ts.getModifiers(fn)?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword);
  const identity = spanIdentity("execute_tool", options.conventions);
  const bodyStart = body.getStart(sourceFile);
  const lineIndent = indentationOfLine(sourceFile.text, bodyStart);
  const arrow = ts.isArrowFunction(fn) ? fn.equalsGreaterThanToken : undefined;
  // A comment between `=>` and the body stays where it is, and so does the body's line.
  const breaksAfterArrow = !!arrow && sourceFile.text.slice(arrow.end, bodyStart).trim() === "";
  let base = lineIndent + style.indentUnit;
  if (arrow) base = breaksAfterArrow ? indentationOfLine(sourceFile.text, arrow.getStart(sourceFile)) + style.indentUnit : lineIndent;
  const layout = layoutAt(context, base);
  const inner = base + layout.unit + layout.unit;

  const attributes = new AttributeList(context);
  attributes.add(ATTR.operationName, quote("execute_tool"));
  if (site.toolName) attributes.add(ATTR.toolName, valueCode(site.toolName, context));
  if (site.description !== undefined) attributes.add(ATTR.toolDescription, quote(site.description));
  const input = fn.parameters[0] && parameterValue(fn.parameters[0].name);
  if (input) attributes.add(ATTR.toolInput, json(context, input));

  const asyncWord = isAsync ? "async " : "";
  // An expression body is awaited only when its value may be a promise; the callback is async only if it awaits.
  const expression = ts.isBlock(body) ? undefined : (body as ts.Expression);
  const awaitsValue = isAsync && !!expression && mayBePromise(expression);
  const callbackAsync = expression ? awaitsValue || containsAwait(expression) : isAsync;
  let callback: string[];
  if (options.recordOutputs) {
    const spanName = local.allocate("span", ["toolSpan", "genAiSpan"]);
    const moved = moveNode(body, sourceFile, [], inner);
    let invocation: string;
    if (!expression) invocation = `${isAsync ? "await " : ""}(${asyncWord}() => ${moved})()`;
    else if (awaitsValue) invocation = `await ${binds(expression) ? moved : `(${moved})`}`;
    else invocation = moveNode(asArgument(expression), sourceFile, [], inner);
    context.usesJsonHelper = true;
    helpers.add(TOOL_OUTPUT_HELPER);
    callback = [
      `${callbackAsync ? "async " : ""}(${spanName}) => {`,
      `${inner}return ${TOOL_OUTPUT_HELPER}(${spanName}, ${invocation})${layout.semicolon}`,
      `${base}${layout.unit}}`,
    ];
  } else {
    // Nothing to read from the result: the body is the callback.
    const moved = moveNode(body, sourceFile, [], base + layout.unit);
    callback = `${expression ? (containsAwait(expression) ? "async " : "") : asyncWord}() => ${moved}`.split(layout.eol);
  }
  const span = renderStartSpan(layout, {
    sentry: context.sentry,
    op: quote(identity.op),
    name: nameCode(identity.namePrefix, site.toolName, context),
    attributes: attributes.start,
    callback,
  });
  if (breaksAfterArrow) return { start: arrow!.end, end: body.end, text: `${layout.eol}${base}${span}` };
  if (arrow) return { start: bodyStart, end: body.end, text: span };
  return { start: bodyStart, end: body.end, text: `{${layout.eol}${base}return ${span}${layout.semicolon}${layout.eol}${lineIndent}}` };
}

/**
 * False when the expression's value cannot be a promise (a literal, a template, arithmetic, a comparison, an
 * awaited value...): awaiting it would only be noise. Anything that could hold one (a call, a variable) may be.
 */
function mayBePromise(expression: ts.Expression): boolean {
  const node = skipTypeWrappers(expression);
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.some((property) => !property.name || propertyNameText(property.name) === "then");
  }
  if (ts.isConditionalExpression(node)) return mayBePromise(node.whenTrue) || mayBePromise(node.whenFalse);
  if (ts.isBinaryExpression(node)) {
    switch (node.operatorToken.kind) {
      case ts.SyntaxKind.AmpersandAmpersandToken:
      case ts.SyntaxKind.BarBarToken:
      case ts.SyntaxKind.QuestionQuestionToken:
        return mayBePromise(node.left) || mayBePromise(node.right);
      case ts.SyntaxKind.CommaToken:
      case ts.SyntaxKind.EqualsToken:
      case ts.SyntaxKind.AmpersandAmpersandEqualsToken:
      case ts.SyntaxKind.BarBarEqualsToken:
      case ts.SyntaxKind.QuestionQuestionEqualsToken:
        return mayBePromise(node.right);
      default:
        // Arithmetic, comparison, `in`, `instanceof`, bitwise: a number, string or boolean.
        return false;
    }
  }
  return !(
    ts.isAwaitExpression(node) ||
    ts.isLiteralExpression(node) ||
    ts.isTemplateExpression(node) ||
    ts.isArrayLiteralExpression(node) ||
    ts.isPrefixUnaryExpression(node) ||
    ts.isPostfixUnaryExpression(node) ||
    ts.isTypeOfExpression(node) ||
    ts.isVoidExpression(node) ||
    ts.isDeleteExpression(node) ||
    ts.isFunctionLike(node) ||
    ts.isClassExpression(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword
  );
}

/** `({ ... })` is parenthesised only to be an arrow's body: as an argument it needs no parentheses (a comma list does). */
function asArgument(expression: ts.Expression): ts.Expression {
  if (!ts.isParenthesizedExpression(expression)) return expression;
  const inner = expression.expression;
  return ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.CommaToken ? expression : inner;
}

/** An `await` in the expression itself (not in a function inside it): its callback must stay async. */
function containsAwait(expression: ts.Expression): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || ts.isFunctionLike(node)) return;
    if (ts.isAwaitExpression(node)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(expression);
  return found;
}

/** True when `await <expression>` reads the whole expression (no operator of lower precedence in it). */
function binds(expression: ts.Expression): boolean {
  return (
    ts.isCallExpression(expression) ||
    ts.isIdentifier(expression) ||
    ts.isPropertyAccessExpression(expression) ||
    ts.isElementAccessExpression(expression) ||
    ts.isParenthesizedExpression(expression) ||
    ts.isNewExpression(expression) ||
    ts.isLiteralExpression(expression) ||
    ts.isTemplateExpression(expression) ||
    ts.isArrayLiteralExpression(expression) ||
    ts.isObjectLiteralExpression(expression) ||
    ts.isNonNullExpression(expression) ||
    expression.kind === ts.SyntaxKind.ThisKeyword ||
    expression.kind === ts.SyntaxKind.TrueKeyword ||
    expression.kind === ts.SyntaxKind.FalseKeyword ||
    expression.kind === ts.SyntaxKind.NullKeyword
  );
}

/** True when the file already declares the helper (a second run must not add it again). */
export function hasTopLevelFunction(sourceFile: ts.SourceFile, name: string): boolean {
  return sourceFile.statements.some((statement) => ts.isFunctionDeclaration(statement) && statement.name?.text === name);
}

/** The output pass-through, appended to the file like the JSON helper. */
export function toolOutputHelperEdit(context: EmitContext, typescript: boolean): TextEdit {
  const { style, sourceFile } = context;
  const unit = style.indentUnit;
  const semicolon = style.semicolons ? ";" : "";
  const quote = (text: string): string => quoteString(text, style);
  const signature = typescript
    ? `function ${TOOL_OUTPUT_HELPER}<T>(span: { setAttribute(key: string, value: string | undefined): unknown }, output: T): T {`
    : `function ${TOOL_OUTPUT_HELPER}(span, output) {`;
  const thenable = typescript ? "(output as { then?: unknown } | null | undefined)?.then" : "output?.then";
  const promise = typescript ? "(output as unknown as PromiseLike<unknown>)" : "output";
  const record = (value: string): string => `span.setAttribute(${quote(ATTR.toolOutput)}, ${context.jsonHelper}(${value}))`;
  const lines = [
    "",
    "/** Records a tool's output on its Sentry span and returns it unchanged (a promise is recorded when it resolves). */",
    signature,
    `${unit}if (typeof ${thenable} === ${quote("function")}) {`,
    `${unit}${unit}${promise}.then((value) => ${record("value")}, () => undefined)${semicolon}`,
    `${unit}} else {`,
    `${unit}${unit}${record("output")}${semicolon}`,
    `${unit}}`,
    `${unit}return output${semicolon}`,
    "}",
  ];
  const text = sourceFile.text;
  const body = lines.join(style.eol);
  return { start: text.length, end: text.length, text: text.endsWith("\n") ? `${body}${style.eol}` : `${style.eol}${body}` };
}

/** The first parameter's value as code: its name, or the destructured names put back together. */
function parameterValue(name: ts.BindingName): string | undefined {
  if (ts.isIdentifier(name)) return name.text;
  if (ts.isObjectBindingPattern(name)) {
    const parts: string[] = [];
    for (const element of name.elements) {
      const inner = parameterValue(element.name);
      if (!inner) return undefined;
      if (element.dotDotDotToken) {
        parts.push(`...${inner}`);
        continue;
      }
      const key = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : undefined;
      if (element.propertyName && !key) return undefined;
      if (ts.isIdentifier(element.name) && (!key || key === element.name.text)) parts.push(element.name.text);
      else if (key) parts.push(`${key}: ${inner}`);
      else return undefined;
    }
    return parts.length > 0 ? `{ ${parts.join(", ")} }` : undefined;
  }
  const items: string[] = [];
  for (const element of name.elements) {
    if (ts.isOmittedExpression(element)) {
      items.push("undefined");
      continue;
    }
    const inner = parameterValue(element.name);
    if (!inner) return undefined;
    items.push(element.dotDotDotToken ? `...${inner}` : inner);
  }
  return `[${items.join(", ")}]`;
}
