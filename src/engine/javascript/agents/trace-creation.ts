import ts from "typescript";
import { CUSTOM_AGENTS } from "../../../sdks/registry-agents";
import type { AgentDeclaration, AgentResultShape } from "../../../sdks/types/agents";
import { skipTypeWrappers } from "../purity";
import { findDeclaration, parameterPropertyNamed } from "../declarations";
import { isRelative } from "../imports";
import { exportedNode } from "../module-exports";
import { literalProperty, propertyNameText } from "../property-access";
import type { AgentFramework } from "../../../sdks/types/agents";
import type { AgentFinder, Creation } from "./finder-context";
import { staticField } from "./static-values";

/*
 * The agent finder's value tracer, beside the receiver tracer (ReceiverResolver, ../resolve.ts), on purpose:
 * the two ask different questions of the same syntax. The resolver asks "is this value an SDK client, and
 * which?" and answers on a scale (client, instrumented, other, unknown), memoised per node, merging every
 * place a value may come from (each later `let` assignment, `this.x = ...` in any method, both sides of
 * `a ?? b`), since a client found anywhere decides. This tracer asks "which framework construction made this
 * value?" (an agent, a runner, a tool registry, a builder's product) and follows one chain, the first source
 * that names one, a bounded number of steps, carrying what the chain passed (the variable's name, the file an
 * export was made in). Merged into one, either would change what the other finds. What they share is the
 * walk itself: declarations.ts (`findDeclaration`, `parameterPropertyNamed`), the resolver's import bindings,
 * and module-exports.ts (`exportedNode`).
 */

/** How many steps (variables, fields, awaits) a value is followed back. */
const MAX_TRACE = 8;

/** Follows an expression back to the `new X(...)` / factory call that made its value: an agent, a runner, a tool registry. */
export function trace(
  finder: AgentFinder,
  expression: ts.Expression,
  depth: number,
  variable?: string,
): Creation | undefined {
  if (depth > MAX_TRACE) return undefined;
  const node = skipTypeWrappers(expression);
  if (ts.isAwaitExpression(node)) return trace(finder, node.expression, depth + 1, variable);
  if (ts.isNewExpression(node) || ts.isCallExpression(node)) return creationOf(finder, node, depth, variable);
  if (ts.isIdentifier(node)) {
    const binding = finder.resolver.importBindingOf(node);
    if (binding)
      return isRelative(binding.module)
        ? traceExport(finder, binding.module, binding.exportName, depth + 1)
        : undefined;
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

/**
 * `import { agent } from "./agents"`: the value the project file exports, traced in that file. The creation
 * remembers the file, whose own imports name its frameworks.
 */
function traceExport(finder: AgentFinder, specifier: string, exportName: string, depth: number): Creation | undefined {
  if (depth > MAX_TRACE) return undefined;
  const home = finder.importedFinder(specifier);
  const exported = home && exportedNode(home.sourceFile, exportName);
  if (!home || !exported) return undefined;
  if ("reexport" in exported)
    return traceExport(home, exported.reexport.specifier, exported.reexport.exportName, depth + 1);
  const creation = trace(home, exported.expression, depth + 1);
  if (creation && (creation.type === "framework-agent" || creation.type === "agent-registry") && !creation.home)
    return { ...creation, home };
  return creation;
}

/** `this.agent`: a field initialiser, a typed field or parameter property, or an assignment in the constructor. */
function traceClassField(
  finder: AgentFinder,
  access: ts.PropertyAccessExpression,
  depth: number,
): Creation | undefined {
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
      const parameter = parameterPropertyNamed(member, name);
      if (parameter?.type) return creationOfType(finder, parameter.type, name);
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

function creationOf(
  finder: AgentFinder,
  node: ts.NewExpression | ts.CallExpression,
  depth: number,
  variable?: string,
): Creation | undefined {
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
    if (declaration?.builtBy)
      return {
        type: "agent-builder",
        framework,
        declaration,
        result: builtResult(finder, declaration.builtBy, args[0]),
      };
    if (declaration)
      return {
        type: "framework-agent",
        framework,
        declaration,
        options: args[declaration.optionsArgument ?? 0],
        variable,
      };
    const runner = framework.runFunctions?.find(
      (candidate) => candidate.how === "construct" && candidate.export === binding!.exportName,
    );
    if (runner && isNew) return { type: "runner", framework, run: runner };
    const tools = toolRegistry(framework, binding!.exportName);
    if (tools && isNew) return tools;
    const registry = framework.agentRegistries?.find(
      (candidate) => candidate.export === binding!.exportName && (candidate.how === "construct") === isNew,
    );
    if (registry && !staticMethod)
      return { type: "agent-registry", framework, registry, options: args[registry.optionsArgument] };
  }
  if (isNew && ts.isIdentifier(classExpression)) {
    const custom = customAgentClass(finder, classExpression);
    if (custom)
      return {
        type: "custom-agent",
        className: classExpression.text,
        options: args[0],
        args,
        classDeclaration: custom.declaration,
        variable,
      };
  }
  if (!isNew && staticMethod) return methodResult(finder, callee as ts.PropertyAccessExpression, args, depth, variable);
  return undefined;
}

/**
 * What a method called on a traced value returns: a builder's build method the agent, its other methods the
 * builder; an agent's configure method the agent (maybe renamed); a registry's lookup the registered agent.
 */
function methodResult(
  finder: AgentFinder,
  callee: ts.PropertyAccessExpression,
  args: ts.NodeArray<ts.Expression>,
  depth: number,
  variable: string | undefined,
): Creation | undefined {
  const method = callee.name.text;
  const receiver = trace(finder, callee.expression, depth + 1);
  if (receiver?.type === "agent-builder") {
    const { framework, declaration, result } = receiver;
    if (method !== declaration.builtBy!.method) return receiver;
    return {
      type: "framework-agent",
      framework,
      declaration,
      options: args[declaration.builtBy!.optionsArgument],
      variable,
      ...(result ? { result } : {}),
    };
  }
  if (receiver?.type === "framework-agent") {
    const configure = receiver.declaration.configureMethods?.find((candidate) => candidate.method === method);
    if (!configure) return undefined;
    const name = staticField(args[configure.optionsArgument], configure.nameFields);
    return { ...receiver, variable: receiver.variable ?? variable, ...(name ? { name } : {}) };
  }
  if (receiver?.type === "agent-registry") {
    const lookup = receiver.registry.lookups.find((candidate) => candidate.method === method);
    const key = lookup && args[lookup.keyArgument];
    if (!lookup || !key || !(ts.isStringLiteral(key) || ts.isNoSubstitutionTemplateLiteral(key))) return undefined;
    return registeredAgent(receiver.home ?? finder, receiver, key.text, lookup.idFields, depth + 1);
  }
  return undefined;
}

/** The agent a registry holds under `key` (or whose `idFields` say `key`), traced in the registry's own file. */
function registeredAgent(
  home: AgentFinder,
  registry: Extract<Creation, { type: "agent-registry" }>,
  key: string,
  idFields: string[] | undefined,
  depth: number,
): Creation | undefined {
  const agents = registry.options && literalProperty(registry.options, registry.registry.agentsField);
  if (!agents || !ts.isObjectLiteralExpression(agents)) return undefined;
  const entries: { key?: string; value: ts.Expression }[] = [];
  for (const property of agents.properties) {
    if (ts.isShorthandPropertyAssignment(property)) entries.push({ key: property.name.text, value: property.name });
    else if (ts.isPropertyAssignment(property))
      entries.push({ key: propertyNameText(property.name), value: property.initializer });
  }
  const traced = entries.map((entry) => ({ key: entry.key, creation: trace(home, entry.value, depth + 1, entry.key) }));
  const withHome = (creation: Creation | undefined): Creation | undefined =>
    creation?.type === "framework-agent" && !creation.home ? { ...creation, home } : creation;
  if (idFields) {
    const byId = traced.find(({ creation }) => {
      const id = creation?.type === "framework-agent" ? staticField(creation.options, idFields) : undefined;
      return id && "text" in id && id.text === key;
    });
    if (byId) return withHome(byId.creation);
  }
  return withHome(traced.find((entry) => entry.key === key)?.creation);
}

/** A builder made on a state the framework names (`new StateGraph(MessagesAnnotation)`): what its runs return. */
function builtResult(
  finder: AgentFinder,
  builtBy: NonNullable<AgentDeclaration["builtBy"]>,
  state: ts.Expression | undefined,
): AgentResultShape | undefined {
  if (!builtBy.stateResults || !state) return undefined;
  const binding = finder.bindingOf(skipTypeWrappers(state));
  const fromFramework = binding && finder.frameworksOf(binding).length > 0;
  return fromFramework && builtBy.stateResults.exports.includes(binding.exportName)
    ? builtBy.stateResults.result
    : undefined;
}

/** Instances of `exportName` register tools or call them (`new McpServer(...)`, `new Client(...)`). */
function toolRegistry(framework: AgentFramework, exportName: string): Creation | undefined {
  const registrations =
    framework.toolRegistrations?.filter((candidate) => candidate.receiverExport === exportName) ?? [];
  const remoteCalls = framework.remoteToolCalls?.filter((candidate) => candidate.receiverExport === exportName) ?? [];
  return registrations.length > 0 || remoteCalls.length > 0
    ? { type: "tool-registry", framework, registrations, remoteCalls }
    : undefined;
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
  return custom
    ? { type: "custom-agent", className: type.typeName.text, classDeclaration: custom.declaration, variable }
    : undefined;
}

/** A class of the project (declared here or imported from a relative path) whose name says it is an agent. */
function customAgentClass(
  finder: AgentFinder,
  name: ts.Identifier,
): { declaration?: ts.ClassLikeDeclaration } | undefined {
  if (!name.text.endsWith(CUSTOM_AGENTS.classNameSuffix)) return undefined;
  const declaration = findDeclaration(name);
  if (!declaration) return undefined;
  if (ts.isClassDeclaration(declaration)) return { declaration };
  const binding = finder.resolver.importBindingOf(name);
  if (binding && isRelative(binding.module)) return {};
  return undefined;
}
