import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { type FileSource, workingTree } from "../../core/file-source";
import { prepareOutputFile } from "../output-file";

/** Where `check --cache` keeps its file unless `--cache-location` says otherwise (relative to the working directory). */
export const DEFAULT_CACHE_LOCATION = path.join(".sentry-ai-codemod-cache", "check.json");

const CACHE_FORMAT = 1;

interface CacheDocument {
  format: typeof CACHE_FORMAT;
  /** Absolute path -> the key of the run in which that file was clean. */
  clean: Record<string, string>;
}

/** What a file's result depends on besides the options: its text, the project it is in, and the files it imports. */
export interface CacheKeyParts {
  text: string;
  /** The project facts the engine read for the file (Sentry package, SDK versions), as JSON-safe data. */
  project: unknown;
  /** Other files the analysis may read (`Engine.analysisDependencies`). */
  dependencies: readonly string[];
}

/**
 * `check --cache`: remembers the files that were clean (no finding, no error), keyed by a hash of everything the
 * result depends on: the file's text, the effective options (config, flags, rule levels), the tool's version, the
 * project facts and the content of the project files it imports. A file whose key is unchanged is not checked
 * again. The cache file is only an optimisation: a missing, unreadable or corrupt one is ignored and rebuilt, and
 * it is replaced atomically (a temporary file renamed over it), so an interrupted run never leaves half of one.
 */
export class CheckCache {
  private readonly clean: Map<string, string>;
  private changed = false;
  /** Content hashes of the imported files, computed once per run. */
  private readonly hashes = new Map<string, string>();

  private constructor(
    readonly location: string,
    private readonly optionsKey: string,
    entries: Record<string, string>,
    private readonly files: FileSource,
  ) {
    this.clean = new Map(Object.entries(entries));
  }

  /**
   * Opens the cache at `location` for a run with these options (anything JSON-serialisable, tool version included).
   * `files`: where the run reads the imported files whose content is part of a key (the index for `--staged`).
   */
  static open(location: string, options: unknown, files: FileSource = workingTree): CheckCache {
    return new CheckCache(location, sha256(JSON.stringify(options)), readEntries(location), files);
  }

  /** The key a file has in this run. */
  keyFor(parts: CacheKeyParts): string {
    const hash = createHash("sha256");
    hash.update(this.optionsKey).update("\0").update(parts.text).update("\0").update(JSON.stringify(parts.project));
    for (const dependency of parts.dependencies) {
      let content = this.hashes.get(dependency);
      if (content === undefined) this.hashes.set(dependency, (content = contentHash(dependency, this.files)));
      hash.update("\0").update(dependency).update("\0").update(content);
    }
    return hash.digest("hex");
  }

  /** Whether `file` was clean in a run with this same key. */
  isClean(file: string, key: string): boolean {
    return this.clean.get(file) === key;
  }

  /** Records the outcome of checking `file` in this run. */
  record(file: string, key: string, clean: boolean): void {
    if (clean) {
      if (this.clean.get(file) === key) return;
      this.clean.set(file, key);
    } else if (!this.clean.delete(file)) return;
    this.changed = true;
  }

  /** Writes the cache when it changed. A failure to write costs only the next run's time: it is not an error. */
  save(): void {
    // Files deleted since they were recorded are dropped, so the cache does not grow with the project's history.
    for (const file of this.clean.keys()) {
      if (!fs.existsSync(file)) this.changed = this.clean.delete(file);
    }
    if (!this.changed && fs.existsSync(this.location)) return;
    const document: CacheDocument = { format: CACHE_FORMAT, clean: Object.fromEntries(this.clean) };
    const temporary = `${this.location}.${process.pid}.${Date.now()}.tmp`;
    try {
      // Creates the missing folders one level at a time, and fails with the reason on a read-only tree.
      prepareOutputFile(this.location);
      fs.writeFileSync(temporary, JSON.stringify(document));
      fs.renameSync(temporary, this.location);
    } catch {
      try {
        fs.rmSync(temporary, { force: true });
      } catch {
        // Nothing was created where nothing can be.
      }
    }
  }
}

const LOCKFILES = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "bun.lockb"];

/**
 * The content hash of the nearest lockfile above `cwd`, or null: installed packages' types can change what a file's
 * analysis sees (its type checker reads them), so a run after an install does not trust results from before it.
 */
export function lockfileHash(cwd: string, files: FileSource = workingTree): string | null {
  for (let directory = path.resolve(cwd); ; directory = path.dirname(directory)) {
    for (const name of LOCKFILES) {
      const file = path.join(directory, name);
      if (files.isFile(file)) return `${name}:${contentHash(file, files)}`;
    }
    if (path.dirname(directory) === directory) return null;
  }
}

function readEntries(location: string): Record<string, string> {
  try {
    const document = JSON.parse(fs.readFileSync(location, "utf8")) as Partial<CacheDocument> | null;
    if (!document || document.format !== CACHE_FORMAT || typeof document.clean !== "object" || !document.clean)
      return {};
    return Object.fromEntries(
      Object.entries(document.clean).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    );
  } catch {
    // Missing or corrupt: start again.
    return {};
  }
}

function contentHash(file: string, files: FileSource): string {
  const text = files.readText(file);
  return text === undefined ? "unreadable" : sha256(text);
}

function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}
