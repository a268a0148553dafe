import type ts from "typescript";
import type {
  AgentDeclaration,
  AgentFramework,
  AgentRegistry,
  AgentResultShape,
  AgentRunFunction,
  RemoteToolCall,
  ToolRegistration,
} from "../../../sdks/types/agents";
import type { ReceiverResolver } from "../resolve";
import type { AgentSite, NameValue } from "./sites";

export interface Binding {
  module: string;
  exportName: string;
}

/** What an expression's value was created by, as far as the file tells. */
export type Creation =
  | {
      type: "framework-agent";
      framework: AgentFramework;
      declaration: AgentDeclaration;
      options?: ts.Expression;
      variable?: string;
      /** A name given after the creation (`graph.withConfig({ runName })`). */
      name?: NameValue;
      /** What its runs return, when the creation decides it (a graph built on a messages state). */
      result?: AgentResultShape;
      /** The finder of the file the creation is written in, when it is another project file. */
      home?: AgentFinder;
    }
  | { type: "agent-builder"; framework: AgentFramework; declaration: AgentDeclaration; result?: AgentResultShape }
  | {
      type: "agent-registry";
      framework: AgentFramework;
      registry: AgentRegistry;
      options?: ts.Expression;
      home?: AgentFinder;
    }
  | { type: "runner"; framework: AgentFramework; run: AgentRunFunction }
  | {
      type: "custom-agent";
      className: string;
      options?: ts.Expression;
      /** The arguments of the `new` expression, when the agent's construction is in view. */
      args?: readonly ts.Expression[];
      classDeclaration?: ts.ClassLikeDeclaration;
      variable?: string;
    }
  | {
      type: "tool-registry";
      framework: AgentFramework;
      registrations: ToolRegistration[];
      remoteCalls: RemoteToolCall[];
    };

/** Choices that change what counts as an agent site. */
export interface AgentFinderOptions {
  /** SDK calls that run a tool loop (`generateText({ tools, stopWhen })`) are agent runs, not LLM calls. */
  toolLoopsAsAgents?: boolean;
}

/** What every part of the agent finder reads about the file, and where it puts the sites it finds. */
export interface AgentFinder {
  readonly sourceFile: ts.SourceFile;
  readonly resolver: ReceiverResolver;
  readonly frameworks: readonly AgentFramework[];
  readonly options: AgentFinderOptions;
  /** The file imports an LLM SDK or an agent framework: `.name` dispatch there is about tool calls. */
  readonly usesAi: boolean;
  /** The import an identifier or `namespace.name` refers to. */
  bindingOf(expression: ts.Expression): Binding | undefined;
  /** The frameworks a module belongs to. */
  frameworksOf(binding: Binding | undefined): AgentFramework[];
  /** Dispatch on `x.name` is taken for tool dispatch in an AI file, or when the expression says so (`toolCall.name`). */
  isToolDispatch(expression: ts.Expression): boolean;
  /** The finder of a project file this file imports (`"./agents"`), to follow a value into it. */
  importedFinder(specifier: string): AgentFinder | undefined;
  push(site: AgentSite): void;
}
