import { type FileSource, workingTree } from "../../core/file-source";
import type { SdkCatalog } from "../../sdks/registry";
import { parseJavaScript } from "./parse";
import { resolveRelative } from "./relative-modules";
import { type Evaluation, type ProjectFileLoader, ReceiverResolver } from "./resolve";

/**
 * Follows relative imports into other files of the project (`import { openai } from "./lib/ai"`), parsing
 * each file at most once per run.
 */
export class ProjectModuleLoader implements ProjectFileLoader {
  private readonly resolvers = new Map<string, ReceiverResolver | null>();

  constructor(
    private readonly catalog: SdkCatalog,
    private readonly files: FileSource = workingTree,
  ) {}

  resolveExport(fromFile: string, specifier: string, exportName: string, depth: number): Evaluation {
    const target = resolveRelative(fromFile, specifier, (file) => this.files.isFile(file));
    const resolver = target && this.resolverFor(target, depth);
    return resolver ? resolver.evaluateExport(exportName) : { type: "unknown" };
  }

  resolverAt(fromFile: string, specifier: string, depth: number): ReceiverResolver | undefined {
    const target = resolveRelative(fromFile, specifier, (file) => this.files.isFile(file));
    return target ? this.resolverFor(target, depth) : undefined;
  }

  private resolverFor(filePath: string, depth: number): ReceiverResolver | undefined {
    const cached = this.resolvers.get(filePath);
    if (cached !== undefined) return cached ?? undefined;
    let resolver: ReceiverResolver | null = null;
    try {
      const text = this.files.readText(filePath);
      const parsed = text === undefined ? undefined : parseJavaScript(filePath, text);
      if (parsed && parsed.syntaxErrors.length === 0)
        resolver = new ReceiverResolver(parsed.sourceFile, this.catalog, this, depth);
    } catch {
      resolver = null;
    }
    this.resolvers.set(filePath, resolver);
    return resolver ?? undefined;
  }
}
