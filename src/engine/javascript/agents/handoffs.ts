import ts from "typescript";
import { literalProperty } from "../property-access";
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
    if (!handoffs || (ts.isArrayLiteralExpression(handoffs) && handoffs.elements.length === 0)) continue;
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
