import { type FileSource, workingTree } from "../../core/file-source";
import { IGNORE_DIRECTIVE } from "../../core/ignore-directive";
import type { SdkCatalog } from "../../sdks/registry";
import { AGENT_FRAMEWORK_MODULES, AGENT_FRAMEWORKS, agentMethodNames } from "../../sdks/registry-agents";
import { mightContainAgentSites } from "./agent-prefilter";
import { DirectoryListings, resolveRelative } from "./relative-modules";

/** Declaration files hold no code that runs, so nothing in them can be instrumented. */
const DECLARATION_FILE = /\.d\.[cm]?ts$/i;
/** A hand-written gen_ai span (the malformed-span lint reads it) or an ignore comment (unused-ignore does). */
const GEN_AI_MENTION = /gen_ai\./;
/** A Sentry span started with an options object: what the lint reads (an OpenTelemetry `startSpan("name")` is not). */
const SPAN_START = /\bstart(?:Inactive)?Span(?:Manual)?\s*\(\s*\{/;
/** `from "./x"`, `require("./x")`, `import("./x")`: the relative modules a file loads. */
export const RELATIVE_IMPORT = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)["'`](\.{1,2}\/[^"'`\n]*)["'`]/g;
/** How far a client is followed through project files: a barrel, then a factory module, then the SDK import. */
const MAX_RELATIVE_DEPTH = 3;

interface ProjectModule {
  /** It imports an LLM SDK itself. */
  importsSdk: boolean;
  /** It imports an agent framework itself. */
  importsFramework: boolean;
  /** The project files it imports. */
  targets: string[];
}

function escape(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** A regex for `from "m"`, `require("m")` and `import("m")` of any of `modules`. */
function importOfAny(modules: readonly string[]): RegExp {
  const names = [...new Set(modules)].map(escape).join("|");
  return new RegExp(`(?:\\bfrom\\s*|\\brequire\\s*\\(\\s*|\\bimport\\s*\\(\\s*)["'\`](?:${names})["'\`]`);
}

/**
 * The text test that decides whether a JS/TS file is parsed at all: on a large tree almost every file fails it,
 * and parsing is most of the cost of a run. A file passes when it imports an LLM SDK or agent framework, holds
 * custom agent code or hand-rolled tool dispatch, a hand-written gen_ai span or an ignore comment, or calls a
 * method an SDK has on something it imports from a project file that (through re-exports) imports an SDK.
 * Each test mirrors what the analysis needs: a file that fails cannot have a site.
 */
export class JavaScriptPrefilter {
  private readonly importsSdk: RegExp;
  private readonly importsCatalogSdk: RegExp;
  private readonly callsSdkMethod: RegExp;
  private readonly importsFramework: RegExp;
  private readonly callsAgentMethod: RegExp;
  /** Per project file reached through a relative import: what the question needs of it, read once. */
  private readonly modules = new Map<string, ProjectModule>();
  private readonly listings: DirectoryListings;

  /**
   * `frameworkModules`: every module of the engine's agent frameworks, the config's included; `agentMethods`: the
   * methods their agents are run, configured and looked up with.
   */
  constructor(
    catalog: SdkCatalog,
    frameworkModules: readonly string[] = AGENT_FRAMEWORK_MODULES,
    agentMethods: readonly string[] = agentMethodNames(AGENT_FRAMEWORKS),
    /** Where the files a relative import names are read (the working tree, or the index for `check --staged`). */
    private readonly files: FileSource = workingTree,
  ) {
    this.listings = new DirectoryListings(files);
    const sdkModules = catalog.sdks.flatMap((sdk) => sdk.modules);
    this.importsCatalogSdk = importOfAny(sdkModules);
    this.importsSdk = importOfAny([...sdkModules, ...frameworkModules]);
    // Whole method paths (`.chat.completions.create(`), so a bare `.create(` does not send every file to disk.
    // Command dispatch (`client.send(new ConverseCommand(...))`) needs the command's SDK import anyway.
    const operations = catalog.sdks.flatMap((sdk) => sdk.kinds.flatMap((kind) => kind.operations));
    const paths = new Set(operations.filter((operation) => !operation.command).map((operation) => operation.path));
    const pathPatterns = [...paths].map((operationPath) =>
      operationPath.split(".").map(escape).join("\\s*\\??\\.\\s*"),
    );
    this.callsSdkMethod = new RegExp(`\\.\\s*(?:${pathPatterns.join("|")})\\s*\\(`);
    this.importsFramework = frameworkModules.length > 0 ? importOfAny(frameworkModules) : /(?!)/;
    this.callsAgentMethod =
      agentMethods.length > 0 ? new RegExp(`\\.\\s*(?:${agentMethods.map(escape).join("|")})\\s*\\(`) : /(?!)/;
  }

  mightContainSites(filePath: string, text: string): boolean {
    if (DECLARATION_FILE.test(filePath)) return false;
    if (this.importsSdk.test(text) || mightContainAgentSites(text)) return true;
    if (IGNORE_DIRECTIVE.test(text) || (GEN_AI_MENTION.test(text) && SPAN_START.test(text))) return true;
    if (this.callsSdkMethod.test(text) && this.importsProvider(filePath, text, (module) => module.importsSdk))
      return true;
    return (
      this.callsAgentMethod.test(text) && this.importsProvider(filePath, text, (module) => module.importsFramework)
    );
  }

  /**
   * `import { openai } from "./lib/ai"`: a file within MAX_RELATIVE_DEPTH relative imports imports an LLM SDK
   * (or, for `import { agent } from "./agents"`, an agent framework). Breadth-first, so the nearest provider
   * answers; each file on the way is read and resolved once per run.
   */
  private importsProvider(filePath: string, text: string, provides: (module: ProjectModule) => boolean): boolean {
    const seen = new Set<string>([filePath]);
    let frontier = this.relativeTargets(filePath, text);
    for (let depth = 1; depth <= MAX_RELATIVE_DEPTH && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const target of frontier) {
        if (seen.has(target)) continue;
        seen.add(target);
        const module = this.moduleAt(target);
        if (provides(module)) return true;
        next.push(...module.targets);
      }
      frontier = next;
    }
    return false;
  }

  private moduleAt(filePath: string): ProjectModule {
    let module = this.modules.get(filePath);
    if (!module) {
      // An unreadable import provides nothing.
      const text = this.files.readText(filePath) ?? "";
      module = {
        importsSdk: this.importsCatalogSdk.test(text),
        importsFramework: this.importsFramework.test(text),
        targets: this.relativeTargets(filePath, text),
      };
      this.modules.set(filePath, module);
    }
    return module;
  }

  private relativeTargets(filePath: string, text: string): string[] {
    const targets: string[] = [];
    for (const match of text.matchAll(RELATIVE_IMPORT)) {
      const target = resolveRelative(filePath, match[1]!, this.listings.isFile);
      if (target) targets.push(target);
    }
    return targets;
  }
}
