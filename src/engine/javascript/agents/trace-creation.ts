import ts from "typescript";
import { CUSTOM_AGENTS } from "../../../sdks/registry-agents";
import { skipTypeWrappers } from "../purity";
import { findDeclaration } from "../declarations";
import { isRelative } from "../imports";
import { propertyNameText } from "../property-access";
import type { AgentFramework } from "../../../sdks/types/agents";
import type { AgentFinder, Creation } from "./finder-context";

/** How many steps (variables, fields, awaits) a value is followed back. */
const MAX_TRACE = 8;

/** Follows an expression back to the `new X(...)` / factory call that made its value: an agent, a runner, a tool registry. */
export function trace(finder: AgentFinder, expression: ts.Expression, depth: number, variable?: string): Creation | undefined {
  if (depth > MAX_TRACE) return undefined;
  const node = skipTypeWrappers(expression);
  if (ts.isAwaitExpression(node)) return trace(finder, node.expression, depth + 1, variable);
  if (ts.isNewExpression(node) || ts.isCallExpression(node)) return creationOf(finder, node, variable);
  if (ts.isIdentifier(node)) {
    const declaration = findDeclaration(node);
    if (!declaration) return undefined;
    if (ts.isVariableDeclaration(declaration)) {
      if (declaration.initializer) {
        const traced = trace(finder, declaration.initializer, depth + 1, node.text);
        if (traced) return traced;
      }
      return declaration.type ? creationOfType(finder, declaration.type, node.text) : undefined;
    }
    if (ts.isParameter(declaration) && declaration.type) return creationOfType(finder, declaration.type, node.text);
    return undefined;
  }
  if (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword) {
    return traceClassField(finder, node, depth);
  }
  return undefined;
}

/** `this.agent`: a field initialiser, a typed field or parameter property, or an assignment in the constructor. */
function traceClassField(finder: AgentFinder, access: ts.PropertyAccessExpression, depth: number): Creation | undefined {
  let owner: ts.Node | undefined = access.parent;
  while (owner && !ts.isClassLike(owner)) owner = owner.parent;
  if (!owner || !ts.isClassLike(owner)) return undefined;
  const name = access.name.text;
  for (const member of owner.members) {
    if (ts.isPropertyDeclaration(member) && member.name && propertyNameText(member.name) === name) {
      if (member.initializer) {
        const traced = trace(finder, member.initializer, depth + 1, name);
        if (traced) return traced;
      }
      if (member.type) return creationOfType(finder, member.type, name);
    }
    if (ts.isConstructorDeclaration(member) && member.body) {
      for (const parameter of member.parameters) {
        if ((ts.getModifiers(parameter)?.length ?? 0) > 0 && ts.isIdentifier(parameter.name) && parameter.name.text === name && parameter.type) {
          return creationOfType(finder, parameter.type, name);
        }
      }
      for (const statement of member.body.statements) {
        if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression)) continue;
        const { left, operatorToken, right } = statement.expression;
        if (
          operatorToken.kind === ts.SyntaxKind.EqualsToken &&
          ts.isPropertyAccessExpression(left) &&
          left.expression.kind === ts.SyntaxKind.ThisKeyword &&
          left.name.text === name
        ) {
          return trace(finder, right, depth + 1, name);
        }
      }
    }
  }
  return undefined;
}

function creationOf(finder: AgentFinder, node: ts.NewExpression | ts.CallExpression, variable?: string): Creation | undefined {
  const callee = skipTypeWrappers(node.expression);
  const args = node.arguments ?? ts.factory.createNodeArray<ts.Expression>();
  const isNew = ts.isNewExpression(node);
  // `Agent.create({...})`: a static factory on the class.
  let classExpression: ts.Expression = callee;
  let staticMethod: string | undefined;
  if (!isNew && ts.isPropertyAccessExpression(callee) && !finder.bindingOf(callee)) {
    classExpression = callee.expression;
    staticMethod = callee.name.text;
  }
  const binding = finder.bindingOf(classExpression);
  for (const framework of finder.frameworksOf(binding)) {
    const declaration = framework.agents?.find(
      (candidate) =>
        candidate.export === binding!.exportName &&
        (staticMethod ? candidate.staticMethods?.includes(staticMethod) : (candidate.how === "construct") === isNew),
    );
    if (declaration) return { type: "framework-agent", framework, declaration, options: args[declaration.optionsArgument ?? 0], variable };
    const runner = framework.runFunctions?.find((candidate) => candidate.how === "construct" && candidate.export === binding!.exportName);
    if (runner && isNew) return { type: "runner", framework, run: runner };
    const registry = toolRegistry(framework, binding!.exportName);
    if (registry && isNew) return registry;
  }
  if (isNew && ts.isIdentifier(classExpression)) {
    const custom = customAgentClass(finder, classExpression);
    if (custom) return { type: "custom-agent", className: classExpression.text, options: args[0], args, classDeclaration: custom.declaration, variable };
  }
  return undefined;
}

/** Instances of `exportName` register tools or call them (`new McpServer(...)`, `new Client(...)`). */
function toolRegistry(framework: AgentFramework, exportName: string): Creation | undefined {
  const registrations = framework.toolRegistrations?.filter((candidate) => candidate.receiverExport === exportName) ?? [];
  const remoteCalls = framework.remoteToolCalls?.filter((candidate) => candidate.receiverExport === exportName) ?? [];
  return registrations.length > 0 || remoteCalls.length > 0 ? { type: "tool-registry", framework, registrations, remoteCalls } : undefined;
}

function creationOfType(finder: AgentFinder, type: ts.TypeNode, variable: string): Creation | undefined {
  if (!ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return undefined;
  // `client: Client`, `server: McpServer`: an instance of a framework class that registers or calls tools.
  const binding = finder.bindingOf(type.typeName);
  for (const framework of finder.frameworksOf(binding)) {
    const registry = toolRegistry(framework, binding!.exportName);
    if (registry) return registry;
  }
  const custom = customAgentClass(finder, type.typeName);
  return custom ? { type: "custom-agent", className: type.typeName.text, classDeclaration: custom.declaration, variable } : undefined;
}

/** A class of the project (declared here or imported from a relative path) whose name says it is an agent. */
function customAgentClass(finder: AgentFinder, name: ts.Identifier): { declaration?: ts.ClassLikeDeclaration } | undefined {
  if (!name.text.endsWith(CUSTOM_AGENTS.classNameSuffix)) return undefined;
  const declaration = findDeclaration(name);
  if (!declaration) return undefined;
  if (ts.isClassDeclaration(declaration)) return { declaration };
  const binding = finder.resolver.importBindingOf(name);
  if (binding && isRelative(binding.module)) return {};
  return undefined;
}
