import ts from "typescript";
import { TOOL_DISPATCH } from "../../../sdks/registry-agents";
import type { AgentFramework, RemoteToolCall } from "../../../sdks/types/agents";
import { literalProperty } from "../property-access";
import { isPure, skipTypeWrappers } from "../purity";
import { findDeclaration } from "../declarations";
import type { AgentFinder } from "./finder-context";
import type { NameValue } from "./sites";
import { calleeText, isAsyncFunction, treatedAsPromise } from "./syntax";

/** Hand-rolled tool dispatch: a `switch` or `if` on a tool call's name, or a call through a map indexed by it. */

/** `switch (toolCall.function.name) { case "get_weather": return getWeather(args) }` */
export function matchSwitch(finder: AgentFinder, statement: ts.SwitchStatement): void {
  const discriminant = skipTypeWrappers(statement.expression);
  if (
    !ts.isPropertyAccessExpression(discriminant) ||
    !TOOL_DISPATCH.discriminantProperties.includes(discriminant.name.text)
  )
    return;
  if (!finder.isToolDispatch(discriminant)) return;
  for (const clause of statement.caseBlock.clauses) {
    if (!ts.isCaseClause(clause)) continue;
    const label = skipTypeWrappers(clause.expression);
    if (!ts.isStringLiteral(label) && !ts.isNoSubstitutionTemplateLiteral(label)) continue;
    const call = primaryCall(clause.statements);
    if (!call) continue;
    addToolCall(finder, call, { text: label.text });
  }
}

/** `if (toolCall.name === "get_weather") { return getWeather(args) }` (each `else if` is visited on its own). */
export function matchIfDispatch(finder: AgentFinder, statement: ts.IfStatement): void {
  const condition = skipTypeWrappers(statement.expression);
  if (!ts.isBinaryExpression(condition)) return;
  const operator = condition.operatorToken.kind;
  if (operator !== ts.SyntaxKind.EqualsEqualsEqualsToken && operator !== ts.SyntaxKind.EqualsEqualsToken) return;
  const sides = [skipTypeWrappers(condition.left), skipTypeWrappers(condition.right)];
  const label = sides.find(
    (side): side is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
      ts.isStringLiteral(side) || ts.isNoSubstitutionTemplateLiteral(side),
  );
  const subject = sides.find((side): side is ts.PropertyAccessExpression => ts.isPropertyAccessExpression(side));
  if (
    !label ||
    !subject ||
    !TOOL_DISPATCH.discriminantProperties.includes(subject.name.text) ||
    !finder.isToolDispatch(subject)
  )
    return;
  const branch = statement.thenStatement;
  const call = primaryCall(ts.isBlock(branch) ? branch.statements : ts.factory.createNodeArray([branch]));
  if (call) addToolCall(finder, call, { text: label.text });
}

/** `tools[name](args)`, `toolsByName[call.function.name](JSON.parse(...))` */
export function matchToolMapCall(
  finder: AgentFinder,
  call: ts.CallExpression,
  callee: ts.ElementAccessExpression,
): void {
  const map = skipTypeWrappers(callee.expression);
  const key = skipTypeWrappers(callee.argumentExpression);
  if (!ts.isIdentifier(map) || ts.isStringLiteral(key) || ts.isNumericLiteral(key) || !isPure(key)) return;
  const declaration = findDeclaration(map);
  const initializer =
    declaration &&
    ts.isVariableDeclaration(declaration) &&
    declaration.initializer &&
    skipTypeWrappers(declaration.initializer);
  const isFunctionMap =
    !!initializer &&
    ts.isObjectLiteralExpression(initializer) &&
    initializer.properties.length > 0 &&
    initializer.properties.every(
      (property) =>
        ts.isMethodDeclaration(property) ||
        ts.isShorthandPropertyAssignment(property) ||
        (ts.isPropertyAssignment(property) &&
          (ts.isArrowFunction(property.initializer) ||
            ts.isFunctionExpression(property.initializer) ||
            ts.isIdentifier(property.initializer))),
    );
  if (!isFunctionMap && !TOOL_DISPATCH.toolMapName.test(map.text)) return;
  if (!finder.usesAi && !TOOL_DISPATCH.toolCallExpression.test(`${map.text}[${key.getText(finder.sourceFile)}]`))
    return;
  addToolCall(finder, call, { code: key.getText(finder.sourceFile) });
}

/**
 * `client.callTool({ name: "add", arguments: { a, b } })`, or `client.callTool(request)`: the call runs the tool
 * elsewhere. The name is read where it is written (a literal, or code without side effects that is read again);
 * a request built in the call with a computed name is reported, since reading it twice could change it.
 */
export function addRemoteToolCall(
  finder: AgentFinder,
  call: ts.CallExpression,
  framework: AgentFramework,
  remote: RemoteToolCall,
): void {
  const argument = call.arguments[remote.requestArgument];
  if (!argument || ts.isSpreadElement(argument)) return;
  const request = skipTypeWrappers(argument);
  const base = {
    type: "tool-call" as const,
    framework: framework.id,
    callee: calleeText(call, finder.sourceFile),
    reportNode: call,
    node: call,
    isAsync: true,
  };
  let toolName: NameValue | undefined;
  let input: { node: ts.Expression } | { code: string } | undefined;
  if (ts.isObjectLiteralExpression(request)) {
    const name = literalProperty(request, remote.nameField);
    if (name && (ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name))) toolName = { text: name.text };
    else if (name && isPure(name)) toolName = { code: name.getText(finder.sourceFile) };
    const value = literalProperty(request, remote.inputField);
    if (value) input = { node: value };
  } else if (isPure(request)) {
    const code = request.getText(finder.sourceFile);
    toolName = { code: `${code}.${remote.nameField}` };
    input = { code: `${code}.${remote.inputField}` };
  }
  if (!toolName) {
    finder.push({
      ...base,
      toolName: { code: "undefined" },
      status: "unsupported",
      reason: `the tool's name is computed inside the call; put the request (or its \`${remote.nameField}\`) in a variable first`,
    });
    return;
  }
  const attributes = (remote.attributes ?? []).map(({ key, value }) => ({
    key,
    value: value === "toolName" ? toolName : value,
  }));
  finder.push({
    ...base,
    toolName,
    input,
    attributes,
    resultAttributes: remote.resultAttributes,
    status: "instrumentable",
  });
}

function addToolCall(finder: AgentFinder, call: ts.CallExpression, toolName: NameValue): void {
  const callee = skipTypeWrappers(call.expression);
  const calleeString = callee.getText(finder.sourceFile);
  if (TOOL_DISPATCH.ignoredCallees.test(calleeString) || /\bstartSpan(Manual)?$/.test(calleeString)) return;
  let isAsync = treatedAsPromise(call);
  if (!isAsync && ts.isIdentifier(callee)) {
    const declaration = findDeclaration(callee);
    const fn = declaration && functionOf(declaration);
    if (fn) isAsync = isAsyncFunction(fn);
  }
  finder.push({
    type: "tool-call",
    framework: "custom",
    callee: calleeText(call, finder.sourceFile),
    reportNode: call,
    node: call,
    toolName,
    isAsync,
    status: "instrumentable",
  });
}

/** The call a `case` hands the tool call to: returned, awaited, assigned or stored. */
function primaryCall(statements: ts.NodeArray<ts.Statement>): ts.CallExpression | undefined {
  for (const statement of statements) {
    let expression: ts.Expression | undefined;
    if (ts.isReturnStatement(statement)) expression = statement.expression;
    else if (ts.isExpressionStatement(statement)) {
      expression = statement.expression;
      if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.EqualsToken)
        expression = expression.right;
    } else if (ts.isVariableStatement(statement)) {
      expression = statement.declarationList.declarations.find((declaration) => declaration.initializer)?.initializer;
    } else if (ts.isBlock(statement)) {
      const nested = primaryCall(statement.statements);
      if (nested) return nested;
    }
    if (!expression) continue;
    let inner = skipTypeWrappers(expression);
    if (ts.isAwaitExpression(inner)) inner = skipTypeWrappers(inner.expression);
    if (ts.isCallExpression(inner)) {
      const callee = skipTypeWrappers(inner.expression);
      if (ts.isIdentifier(callee) || ts.isPropertyAccessExpression(callee)) {
        if (!TOOL_DISPATCH.ignoredCallees.test(callee.getText())) return inner;
      }
    }
  }
  return undefined;
}

function functionOf(declaration: ts.Node): ts.FunctionLikeDeclaration | undefined {
  if (ts.isFunctionDeclaration(declaration)) return declaration;
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
    const initializer = skipTypeWrappers(declaration.initializer);
    if (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer)) return initializer;
  }
  return undefined;
}
