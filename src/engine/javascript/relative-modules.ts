import * as path from "node:path";
import { type FileSource, workingTree } from "../../core/file-source";

/** How many relative imports deep the analysis follows a value (resolve.ts) or a file's dependencies. */
export const MAX_IMPORT_DEPTH = 6;

const CANDIDATE_SUFFIXES = [
  "",
  ".ts",
  ".tsx",
  ".mts",
  ".cts",
  ".js",
  ".jsx",
  ".mjs",
  ".cjs",
  "/index.ts",
  "/index.tsx",
  "/index.js",
  "/index.mjs",
];

/** The file a relative specifier (`./lib/ai`, `./client.js`) names, as Node and TypeScript would find it. */
export function resolveRelative(
  fromFile: string,
  specifier: string,
  exists: (file: string) => boolean = (file) => workingTree.isFile(file),
): string | undefined {
  const base = path.resolve(path.dirname(fromFile), specifier);
  // TypeScript's ESM style names the emitted file: "./client.js" is ./client.ts in the sources.
  const withoutJs = base.replace(/\.(c|m)?js$/, "");
  for (const stem of base === withoutJs ? [base] : [base, withoutJs]) {
    for (const suffix of CANDIDATE_SUFFIXES) {
      const candidate = stem + suffix;
      if (exists(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * `isFile` answered from one listing per directory, for callers that probe many candidates in the same few
 * directories. Owned by the caller, so a listing never outlives the run that made it.
 */
export class DirectoryListings {
  private readonly files = new Map<string, ReadonlySet<string>>();

  constructor(private readonly source: FileSource = workingTree) {}

  readonly isFile = (candidate: string): boolean => this.filesIn(path.dirname(candidate)).has(path.basename(candidate));

  private filesIn(directory: string): ReadonlySet<string> {
    let names = this.files.get(directory);
    if (!names) {
      names = new Set(
        (this.source.list(directory) ?? []).filter((entry) => !entry.isDirectory).map((entry) => entry.name),
      );
      this.files.set(directory, names);
    }
    return names;
  }
}
