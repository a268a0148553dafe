import ts from "typescript";
import { type SpanKind, spanKindOfOp } from "../../../core/conventions";
import { AGENT_FRAMEWORKS, CUSTOM_AGENTS, TOOL_DISPATCH } from "../../../sdks/registry-agents";
import type { AgentFramework } from "../../../sdks/types/agents";
import { enclosingGenAiSpanOp } from "../existing-spans";
import { skipTypeWrappers } from "../purity";
import type { ReceiverResolver } from "../resolve";
import { addAgentTool, addCustomAgentRun, addFrameworkAgentRun, addRun, addToolLoop } from "./agent-runs";
import type { AgentFinder, AgentFinderOptions, Binding } from "./finder-context";
import { matchHandoffs } from "./handoffs";
import type { AgentSite } from "./sites";
import { containsYield } from "../node-search";
import {
  addToolDefinition,
  addToolRegistration,
  matchToolList,
  toolDefinitionFor,
  toolDefinitionsCalled,
} from "./tool-definitions";
import { addRemoteToolCall, matchIfDispatch, matchSwitch, matchToolMapCall } from "./tool-dispatch";
import { trace } from "./trace-creation";
import { findTransfers } from "./transfers";

export type { AgentFinderOptions } from "./finder-context";

/**
 * Agent runs, tool definitions, hand-rolled tool dispatch and agents with handoffs in one file. Frameworks are
 * recognised from their imports (data in src/sdks/<sdk>/agents.ts: the built-in ones, plus those the config file
 * declares), custom agents from their class names.
 */
export function findAgentSites(
  resolver: ReceiverResolver,
  frameworks: readonly AgentFramework[] = AGENT_FRAMEWORKS,
  options: AgentFinderOptions = {},
): AgentSite[] {
  const finder = new AgentSiteFinder(resolver, frameworks, options);
  return finder.find();
}

class AgentSiteFinder implements AgentFinder {
  private readonly sites: AgentSite[] = [];
  readonly sourceFile: ts.SourceFile;
  /** Call nodes already taken, per site type. */
  private readonly claimed = new Set<string>();
  private readonly nodeIds = new Map<ts.Node, number>();

  /** The file imports an LLM SDK or an agent framework: `.name` dispatch there is about tool calls. */
  readonly usesAi: boolean;

  /** Last names of the methods that run inline tool lists (`runTools`): only those calls are traced. */
  private readonly toolListMethods: Set<string>;
  /** Methods some traced value may have to run, turn into a tool or register tools: only calls of those are traced. */
  private readonly agentMethods: Set<string>;
  /** The finders of the project files this one's values are traced into, shared by all of them. */
  private readonly importedFinders: Map<string, AgentFinder | null>;

  constructor(
    readonly resolver: ReceiverResolver,
    readonly frameworks: readonly AgentFramework[],
    readonly options: AgentFinderOptions,
    importedFinders?: Map<string, AgentFinder | null>,
  ) {
    this.sourceFile = resolver.sourceFile;
    this.importedFinders = importedFinders ?? new Map();
    this.agentMethods = new Set([
      ...CUSTOM_AGENTS.runMethods,
      ...frameworks.flatMap((framework) => [
        ...(framework.agents ?? []).flatMap((agent) =>
          [...(agent.runMethods ?? []), ...(agent.toolMethods ?? [])].map((entry) => entry.method),
        ),
        ...(framework.runFunctions ?? []).flatMap((run) => (run.method ? [run.method] : [])),
        ...(framework.toolRegistrations ?? []).map((registration) => registration.method),
        ...(framework.remoteToolCalls ?? []).map((remote) => remote.method),
      ]),
    ]);
    this.usesAi =
      resolver.importsKnownSdk() ||
      [...resolver.imports.values()].some((binding) =>
        frameworks.some((framework) => framework.modules.includes(binding.module)),
      );
    this.toolListMethods = new Set(
      frameworks
        .flatMap((framework) => framework.toolLists ?? [])
        .flatMap((list) => list.paths.map((path) => path.split(".").pop()!)),
    );
  }

  /** Dispatch on `x.name` is taken for tool dispatch in an AI file, or when the expression says so (`toolCall.name`). */
  isToolDispatch(expression: ts.Expression): boolean {
    return this.usesAi || TOOL_DISPATCH.toolCallExpression.test(expression.getText(this.sourceFile));
  }

  find(): AgentSite[] {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) this.matchCall(node);
      else if (ts.isNewExpression(node)) this.matchNew(node);
      else if (ts.isSwitchStatement(node)) matchSwitch(this, node);
      else if (ts.isIfStatement(node)) matchIfDispatch(this, node);
      else if (ts.isVariableStatement(node)) matchHandoffs(this, node);
      ts.forEachChild(node, visit);
    };
    visit(this.sourceFile);
    // Dispatch calls that are also agent runs are reported once, as the run.
    const sites = this.sites.filter(
      (site) =>
        site.type !== "tool-call" ||
        !this.sites.some((other) => other.type === "invoke-agent" && other.node === site.node),
    );
    return [...sites, ...findTransfers(sites)];
  }

  // ---------------------------------------------------------------- imports

  bindingOf(expression: ts.Expression): Binding | undefined {
    return this.resolver.bindingOf(expression);
  }

  frameworksOf(binding: Binding | undefined): AgentFramework[] {
    if (!binding) return [];
    return this.frameworks.filter((framework) => framework.modules.includes(binding.module));
  }

  importedFinder(specifier: string): AgentFinder | undefined {
    const resolver = this.resolver.importedFile(specifier);
    if (!resolver) return undefined;
    const fileName = resolver.sourceFile.fileName;
    let finder = this.importedFinders.get(fileName);
    if (finder === undefined) {
      finder =
        fileName === this.sourceFile.fileName
          ? null
          : new AgentSiteFinder(resolver, this.frameworks, this.options, this.importedFinders);
      this.importedFinders.set(fileName, finder);
    }
    return finder ?? undefined;
  }

  // ---------------------------------------------------------------- calls

  private matchCall(call: ts.CallExpression): void {
    const callee = skipTypeWrappers(call.expression);
    const binding = this.bindingOf(callee);
    for (const framework of this.frameworksOf(binding)) {
      const run = framework.runFunctions?.find(
        (candidate) => candidate.how === "call" && candidate.export === binding!.exportName,
      );
      if (run) return addRun(this, call, framework, run);
      const loop = this.options.toolLoopsAsAgents
        ? framework.toolLoopCalls?.find((candidate) => candidate.export === binding!.exportName)
        : undefined;
      if (loop) return addToolLoop(this, call, framework, loop);
    }
    for (const { framework, candidates } of toolDefinitionsCalled(this, callee)) {
      const tool = toolDefinitionFor(candidates, call.arguments);
      if (tool) return addToolDefinition(this, call, call.arguments, framework, tool);
    }
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      const creation = this.agentMethods.has(method) ? trace(this, callee.expression, 0) : undefined;
      if (creation?.type === "runner" && creation.run.method === method)
        return addRun(this, call, creation.framework, creation.run);
      if (creation?.type === "framework-agent") {
        const runMethod = creation.declaration.runMethods?.find((candidate) => candidate.method === method);
        if (runMethod) return addFrameworkAgentRun(this, call, creation, runMethod);
        const toolMethod = creation.declaration.toolMethods?.find((candidate) => candidate.method === method);
        if (toolMethod) return addAgentTool(this, call, creation, toolMethod);
      }
      if (creation?.type === "custom-agent" && CUSTOM_AGENTS.runMethods.includes(method))
        return addCustomAgentRun(this, call, creation);
      if (creation?.type === "tool-registry") {
        const registration = creation.registrations.find((candidate) => candidate.method === method);
        if (registration) return addToolRegistration(this, call, creation.framework, registration);
        const remote = creation.remoteCalls.find((candidate) => candidate.method === method);
        if (remote) return addRemoteToolCall(this, call, creation.framework, remote);
      }
      if (this.toolListMethods.has(method)) matchToolList(this, call, callee);
    }
    if (ts.isElementAccessExpression(callee)) matchToolMapCall(this, call, callee);
  }

  private matchNew(construction: ts.NewExpression): void {
    const binding = this.bindingOf(construction.expression);
    for (const framework of this.frameworksOf(binding)) {
      const args = construction.arguments ?? ts.factory.createNodeArray();
      const tool = toolDefinitionFor(
        framework.tools?.filter(
          (candidate) => candidate.how === "construct" && candidate.export === binding!.exportName,
        ) ?? [],
        args,
      );
      if (tool) return addToolDefinition(this, construction, args, framework, tool);
    }
  }

  // ---------------------------------------------------------------- status

  push(site: AgentSite): void {
    if (site.type === "invoke-agent" || site.type === "tool-call") {
      let id = this.nodeIds.get(site.node);
      if (id === undefined) this.nodeIds.set(site.node, (id = this.nodeIds.size));
      const key = `${site.type}:${id}`;
      if (this.claimed.has(key)) return;
      this.claimed.add(key);
      if (site.status === "instrumentable") {
        const kind: SpanKind = site.type === "invoke-agent" ? "invoke-agent" : "execute-tool";
        const enclosing = enclosingGenAiSpanOp(site.node);
        if (enclosing && spanKindOfOp(enclosing) === kind) {
          site.status = "instrumented";
          site.reason = `already inside a \`${enclosing}\` span`;
        } else if (containsYield(site.node)) {
          site.status = "unsupported";
          site.reason = "the call contains `yield`, which cannot move into a span callback";
        }
      }
    }
    this.sites.push(site);
  }
}
