import * as fs from "node:fs";
import * as path from "node:path";
import type { SdkCatalog } from "../sdks";
import { parseJavaScript } from "./parse";
import { type Evaluation, type ModuleLoader, ReceiverResolver } from "./resolve";

const CANDIDATE_SUFFIXES = ["", ".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", "/index.ts", "/index.tsx", "/index.js", "/index.mjs"];

/**
 * Follows relative imports into other files of the project (`import { openai } from "./lib/ai"`), parsing
 * each file at most once per run.
 */
export class ProjectModuleLoader implements ModuleLoader {
  private readonly resolvers = new Map<string, ReceiverResolver | null>();

  constructor(private readonly catalog: SdkCatalog) {}

  resolveExport(fromFile: string, specifier: string, exportName: string, depth: number): Evaluation {
    const target = resolveRelative(fromFile, specifier);
    const resolver = target && this.resolverFor(target, depth);
    return resolver ? resolver.evaluateExport(exportName) : { type: "unknown" };
  }

  private resolverFor(filePath: string, depth: number): ReceiverResolver | undefined {
    const cached = this.resolvers.get(filePath);
    if (cached !== undefined) return cached ?? undefined;
    let resolver: ReceiverResolver | null = null;
    try {
      const { sourceFile, syntaxErrors } = parseJavaScript(filePath, fs.readFileSync(filePath, "utf8"));
      if (syntaxErrors.length === 0) resolver = new ReceiverResolver(sourceFile, this.catalog, this, depth);
    } catch {
      resolver = null;
    }
    this.resolvers.set(filePath, resolver);
    return resolver ?? undefined;
  }
}

function resolveRelative(fromFile: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(fromFile), specifier);
  // TypeScript's ESM style names the emitted file: "./client.js" is ./client.ts in the sources.
  const withoutJs = base.replace(/\.(c|m)?js$/, "");
  for (const stem of base === withoutJs ? [base] : [base, withoutJs]) {
    for (const suffix of CANDIDATE_SUFFIXES) {
      const candidate = stem + suffix;
      if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
    }
  }
  return undefined;
}
