import ts from "typescript";
import { CUSTOM_AGENTS } from "../../../sdks/registry-agents";
import { spanOpOfCallback } from "../existing-spans";
import { skipTypeWrappers } from "../purity";
import { propertyNameText } from "../property-access";
import type { AgentSite, InvokeAgentSite, NameValue, TransferSite } from "./sites";
import { declaredAgentName } from "./static-values";
import { isInside } from "./syntax";

/** Explicit transfers between agents: agent B runs after agent A in the same function, or inside A's own run method. */

/** The expression that stands for a run in its function: the run itself, or the invoke_agent span around it. */
function runAnchor(site: InvokeAgentSite): ts.Node {
  if (site.status !== "instrumented") return site.node;
  let current: ts.Node | undefined = site.node.parent;
  while (current) {
    if (
      (ts.isArrowFunction(current) || ts.isFunctionExpression(current)) &&
      spanOpOfCallback(current) === "gen_ai.invoke_agent"
    ) {
      return current.parent;
    }
    current = current.parent;
  }
  return site.node;
}

function enclosingCode(node: ts.Node): ts.Node {
  let current: ts.Node | undefined = node.parent;
  while (current && !ts.isFunctionLike(current) && !ts.isSourceFile(current)) current = current.parent;
  return current ?? node.getSourceFile();
}

/** The statement holding `node`, when it sits directly in a statement list (a marker can go before it). */
function statementInList(node: ts.Node): ts.Statement | undefined {
  let current: ts.Node = node;
  while (current.parent && !ts.isFunctionLike(current.parent)) {
    const parent: ts.Node = current.parent;
    if (
      ts.isBlock(parent) ||
      ts.isSourceFile(parent) ||
      ts.isCaseClause(parent) ||
      ts.isDefaultClause(parent) ||
      ts.isModuleBlock(parent)
    ) {
      return current as ts.Statement;
    }
    if (ts.isIfStatement(parent) || ts.isIterationStatement(parent, false) || ts.isLabeledStatement(parent))
      return undefined;
    current = parent;
  }
  return undefined;
}

function statementListOf(statement: ts.Statement): readonly ts.Statement[] {
  const parent = statement.parent;
  return ts.isBlock(parent) ||
    ts.isSourceFile(parent) ||
    ts.isCaseClause(parent) ||
    ts.isDefaultClause(parent) ||
    ts.isModuleBlock(parent)
    ? parent.statements
    : [];
}

function isHandoffMarker(statement: ts.Statement | undefined): boolean {
  if (!statement || !ts.isExpressionStatement(statement)) return false;
  const call = skipTypeWrappers(statement.expression);
  if (!ts.isCallExpression(call) || call.arguments.length < 2) return false;
  const callback = call.arguments[1];
  return (
    (ts.isArrowFunction(callback) || ts.isFunctionExpression(callback)) &&
    spanOpOfCallback(callback) === "gen_ai.handoff"
  );
}

function sameName(a: NameValue, b: NameValue): boolean {
  return "text" in a && "text" in b ? a.text === b.text : "code" in a && "code" in b && a.code === b.code;
}

/**
 * Agent B hands off from agent A when B runs later in the same function as A's run, or inside a custom agent
 * class's own run method (A is that class). The marker goes before the statement running B.
 */
export function findTransfers(sites: AgentSite[]): TransferSite[] {
  const runs = sites.filter(
    (site): site is InvokeAgentSite =>
      site.type === "invoke-agent" && (site.status === "instrumentable" || site.status === "instrumented"),
  );
  const transfers: TransferSite[] = [];
  for (const target of runs) {
    if (!target.agentName) continue;
    const anchor = runAnchor(target);
    const scope = enclosingCode(anchor);
    let from: NameValue | undefined;
    let previousEnd = -1;
    for (const source of CUSTOM_AGENTS.transfers.sequential ? runs : []) {
      if (source === target || !source.agentName) continue;
      const sourceAnchor = runAnchor(source);
      if (
        enclosingCode(sourceAnchor) !== scope ||
        sourceAnchor.end > anchor.getStart() ||
        sourceAnchor.end <= previousEnd
      )
        continue;
      // A's run must be on the way to B's: its statement list holds B (not a sibling branch that returned).
      const sourceStatement = statementInList(sourceAnchor);
      if (!sourceStatement || !isInside(anchor, sourceStatement.parent)) continue;
      from = source.agentName;
      previousEnd = sourceAnchor.end;
    }
    if (!from && CUSTOM_AGENTS.transfers.nested) from = enclosingAgentClass(anchor);
    if (!from || sameName(from, target.agentName)) continue;
    const before = statementInList(anchor);
    if (!before) continue;
    const list = statementListOf(before);
    const previous = list[list.indexOf(before) - 1];
    const instrumented = isHandoffMarker(previous);
    transfers.push({
      type: "transfer",
      framework: target.framework,
      callee: target.callee,
      reportNode: target.node,
      before,
      from,
      to: target.agentName,
      status: instrumented ? "instrumented" : "instrumentable",
      reason: instrumented ? "a `gen_ai.handoff` marker already precedes the run" : undefined,
    });
  }
  return transfers;
}

/** Inside `class TriageAgent { async run() { ... } }`: the class is the agent handing off. */
function enclosingAgentClass(node: ts.Node): NameValue | undefined {
  let current: ts.Node | undefined = node.parent;
  let method: ts.Node | undefined;
  while (current) {
    if (ts.isMethodDeclaration(current) || (ts.isPropertyDeclaration(current) && current.initializer)) method = current;
    if (ts.isClassLike(current)) {
      const name = current.name?.text;
      const methodName =
        method && (method as ts.MethodDeclaration).name && propertyNameText((method as ts.MethodDeclaration).name);
      if (
        name &&
        name.endsWith(CUSTOM_AGENTS.classNameSuffix) &&
        methodName &&
        CUSTOM_AGENTS.runMethods.includes(methodName)
      ) {
        return declaredAgentName(current, undefined, CUSTOM_AGENTS.nameFields) ?? { text: name };
      }
      return undefined;
    }
    current = current.parent;
  }
  return undefined;
}
