import * as path from "node:path";
import { ProjectLocator } from "./project";
import { PythonProjectLocator } from "./python/project";
import { BUILTIN_SDKS, builtinCatalog, SdkCatalog } from "../sdks/registry";
import { AGENT_FRAMEWORKS, agentMethodNames } from "../sdks/registry-agents";
import type { AgentFramework } from "../sdks/types/agents";
import type { SdkDescriptor } from "../sdks/types/calls";
import { BUILTIN_PYTHON_SDKS, builtinPythonCatalog, PyCatalog } from "../sdks/registry-python";
import type { PySdkDescriptor } from "../sdks/types/python";
import { JavaScriptPrefilter } from "./javascript/prefilter";
import { relativeImportClosure } from "./javascript/file-dependencies";
import { type FileSource, workingTree } from "../core/file-source";
import type { EngineOptions, FileInput, FileResult, Language } from "../core/types";

export const JAVASCRIPT_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
export const PYTHON_EXTENSIONS = [".py"];
export const DEFAULT_EXTENSIONS = [...JAVASCRIPT_EXTENSIONS, ...PYTHON_EXTENSIONS];

export function languageOf(filePath: string): Language | undefined {
  const extension = path.extname(filePath).toLowerCase();
  if (JAVASCRIPT_EXTENSIONS.includes(extension)) return "javascript";
  if (PYTHON_EXTENSIONS.includes(extension)) return "python";
  return undefined;
}

/**
 * The one engine behind every front door (CLI instrument and check, jscodeshift transforms, tests).
 * Language modules are loaded on first use, so a run over Python files never loads TypeScript's
 * compiler and the reverse.
 */
export class Engine {
  readonly projects: ProjectLocator;
  readonly pythonProjects: PythonProjectLocator;
  private javascript?: typeof import("./javascript/transform");
  private javascriptLoader?: import("./javascript/resolve").ModuleLoader;
  private promiseHelperCalls?: import("./javascript/promise-helper-calls").PromiseHelperCallIndex;
  private python?: typeof import("./python/transform");
  private prefilter?: JavaScriptPrefilter;
  /** Each project file's relative imports, read once per engine (one run) for analysisDependencies. */
  private importTargets?: Map<string, string[]>;

  constructor(
    readonly options: EngineOptions,
    readonly catalog: SdkCatalog = builtinCatalog,
    /** Agent and tool frameworks: the built-in ones, plus those the config file declares. */
    readonly agentFrameworks: readonly AgentFramework[] = AGENT_FRAMEWORKS,
    /** The Python SDKs: the built-in ones, plus those the config file declares. */
    readonly pythonCatalog: PyCatalog = builtinPythonCatalog,
    /** Where the other files an analysis reads come from: the working tree, or the git index (`check --staged`). */
    readonly files: FileSource = workingTree,
  ) {
    this.projects = new ProjectLocator(catalog, options.sentryPackage, files);
    this.pythonProjects = new PythonProjectLocator(files);
  }

  /**
   * Cheap text test: could this file contain a site at all? Files that fail it are not parsed. Python files
   * always pass here: the Python front end runs its own prefilter before loading its parser.
   */
  mightContainSites(filePath: string, text: string): boolean {
    if (languageOf(filePath) === "python") return true;
    this.prefilter ??= new JavaScriptPrefilter(
      this.catalog,
      this.agentFrameworks.flatMap((framework) => framework.modules),
      agentMethodNames(this.agentFrameworks),
      this.files,
    );
    return this.prefilter.mightContainSites(filePath, text);
  }

  /**
   * The other files this file's analysis may read (JS/TS: the project files reached through relative imports),
   * so a caller keeping results between runs can tell when one no longer holds. Python files are read alone.
   */
  analysisDependencies(filePath: string, text: string): string[] {
    if (languageOf(filePath) !== "javascript") return [];
    this.importTargets ??= new Map();
    return relativeImportClosure(filePath, text, this.importTargets, undefined, this.files);
  }

  /** `leftAlone`: sites the user's ignore comments suppress (see FileInput), which are reported but not wrapped. */
  async transform(filePath: string, text: string, leftAlone?: FileInput["leftAlone"]): Promise<FileResult> {
    return this.run(filePath, text, true, leftAlone);
  }

  async analyze(filePath: string, text: string): Promise<FileResult> {
    return this.run(filePath, text, false);
  }

  private async run(
    filePath: string,
    text: string,
    rewrite: boolean,
    leftAlone?: FileInput["leftAlone"],
  ): Promise<FileResult> {
    const language = languageOf(filePath);
    const project = this.projects.forFile(filePath);
    const input: FileInput = {
      path: filePath,
      text,
      project: language === "python" ? { ...project, pythonSentry: this.pythonProjects.forFile(filePath) } : project,
      ...(leftAlone && { leftAlone }),
    };
    if (language === "python") {
      this.python ??= await import("./python/transform");
      return rewrite
        ? this.python.transformPythonFile(input, this.options, this.pythonCatalog)
        : this.python.analyzePythonFile(input, this.options, this.pythonCatalog);
    }
    if (language === "javascript") {
      this.javascript ??= await import("./javascript/transform");
      if (!this.javascriptLoader) {
        const { ProjectModuleLoader } = await import("./javascript/module-loader");
        this.javascriptLoader = new ProjectModuleLoader(this.catalog, this.files);
        const { PromiseHelperCallIndex } = await import("./javascript/promise-helper-calls");
        this.promiseHelperCalls = new PromiseHelperCallIndex(this.files);
      }
      const services = {
        catalog: this.catalog,
        loader: this.javascriptLoader,
        agentFrameworks: this.agentFrameworks,
        promiseHelperCalls: this.promiseHelperCalls,
      };
      return rewrite
        ? this.javascript.transformJavaScript(input, this.options, services)
        : this.javascript.analyzeJavaScript(input, this.options, services);
    }
    return {
      path: filePath,
      language: "javascript",
      sites: [],
      diagnostics: [{ severity: "error", message: `unsupported file type: ${path.extname(filePath) || "(none)"}` }],
    };
  }
}

/** What a config file adds to the built-in knowledge, as plain data (it is posted to worker threads). */
export interface EngineExtensions {
  customSdks?: readonly SdkDescriptor[];
  /** The config's Python clients (`"language": "python"` entries of `customSdks`). */
  customPythonSdks?: readonly PySdkDescriptor[];
  /** The config's agent classes and tool factories, as frameworks (`configAgentFrameworks`). */
  agentFrameworks?: readonly AgentFramework[];
}

/**
 * The engine `check`, `instrument` and the tests build: the built-in SDKs and frameworks, plus the config's.
 * `files`: where the analysis reads the project's other files (default: the working tree).
 */
export function createEngine(
  options: EngineOptions,
  extensions: EngineExtensions = {},
  files: FileSource = workingTree,
): Engine {
  const customSdks = extensions.customSdks ?? [];
  const catalog = customSdks.length > 0 ? new SdkCatalog([...BUILTIN_SDKS, ...customSdks]) : builtinCatalog;
  const customPythonSdks = extensions.customPythonSdks ?? [];
  const pythonCatalog =
    customPythonSdks.length > 0 ? new PyCatalog([...BUILTIN_PYTHON_SDKS, ...customPythonSdks]) : builtinPythonCatalog;
  return new Engine(
    options,
    catalog,
    [...AGENT_FRAMEWORKS, ...(extensions.agentFrameworks ?? [])],
    pythonCatalog,
    files,
  );
}
