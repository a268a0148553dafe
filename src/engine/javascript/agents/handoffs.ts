import ts from "typescript";
import { literalProperty } from "../property-access";
import { findDeclaration } from "../declarations";
import { skipTypeWrappers } from "../purity";
import type { AgentFinder } from "./finder-context";
import type { HandoffSite } from "./sites";
import { staticField } from "./static-values";
import { trace } from "./trace-creation";

/** Agents declared with handoffs: a listener for the framework's handoff event records each one. */

/** `const triage = new Agent({ name, handoffs: [billing] })`: its handoffs get a listener right after it. */
export function matchHandoffs(finder: AgentFinder, statement: ts.VariableStatement): void {
  const list = statement.parent;
  if (!ts.isSourceFile(list) && !ts.isBlock(list) && !ts.isModuleBlock(list)) return;
  for (const declaration of statement.declarationList.declarations) {
    if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
    const creation = trace(finder, declaration.initializer, 0);
    const handoffEvent = creation?.type === "framework-agent" ? creation.framework.handoffEvent : undefined;
    if (creation?.type !== "framework-agent" || !handoffEvent || !creation.declaration.handoffsField) continue;
    const handoffs = creation.options && literalProperty(creation.options, creation.declaration.handoffsField);
    const declared = !!handoffs && !isEmptyArray(handoffs);
    const property = creation.declaration.handoffsProperty;
    if (!declared && !(property && handoffsSetLater(list, declaration, property))) continue;
    const name = staticField(creation.options, creation.declaration.nameFields);
    const variable = declaration.name.text;
    const { event, listenerMethod } = handoffEvent;
    const site: HandoffSite = {
      type: "handoff",
      framework: creation.framework.id,
      callee: `${variable}.${listenerMethod}("${event}")`,
      reportNode: declaration,
      statement,
      agentVariable: variable,
      fromName: name && "text" in name ? name.text : undefined,
      event,
      listenerMethod,
      status: "instrumentable",
    };
    if (hasHandoffListener(list.statements, variable, handoffEvent)) {
      site.status = "instrumented";
      site.reason = `a \`${event}\` listener already emits the handoff span`;
    }
    finder.push(site);
  }
}

function isEmptyArray(node: ts.Expression): boolean {
  const inner = skipTypeWrappers(node);
  return ts.isArrayLiteralExpression(inner) && inner.elements.length === 0;
}

/** `agent.handoffs = [billing]` or `agent.handoffs.push(billing)` anywhere in the agent's scope, on this very agent. */
function handoffsSetLater(
  scope: ts.Node,
  agent: ts.VariableDeclaration,
  property: { name: string; addMethods: string[] },
): boolean {
  const isAgentsList = (node: ts.Expression): boolean => {
    const access = skipTypeWrappers(node);
    if (!ts.isPropertyAccessExpression(access) || access.name.text !== property.name) return false;
    const receiver = skipTypeWrappers(access.expression);
    return ts.isIdentifier(receiver) && findDeclaration(receiver) === agent;
  };
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      isAgentsList(node.left) &&
      !isEmptyArray(node.right)
    ) {
      found = true;
    } else if (
      ts.isCallExpression(node) &&
      node.arguments.length > 0 &&
      ts.isPropertyAccessExpression(node.expression) &&
      property.addMethods.includes(node.expression.name.text) &&
      isAgentsList(node.expression.expression)
    ) {
      found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return found;
}

function hasHandoffListener(
  statements: ts.NodeArray<ts.Statement>,
  variable: string,
  { listenerMethod, event }: { listenerMethod: string; event: string },
): boolean {
  return statements.some((statement) => {
    if (!ts.isExpressionStatement(statement)) return false;
    const call = skipTypeWrappers(statement.expression);
    if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return false;
    const receiver = skipTypeWrappers(call.expression.expression);
    const first = call.arguments[0];
    return (
      ts.isIdentifier(receiver) &&
      receiver.text === variable &&
      call.expression.name.text === listenerMethod &&
      !!first &&
      ts.isStringLiteral(first) &&
      first.text === event
    );
  });
}
