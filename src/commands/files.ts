import * as fs from "node:fs";
import * as path from "node:path";
import ignore, { type Ignore } from "ignore";
import picomatch from "picomatch";

export interface ListOptions {
  /** Extensions with the dot: [".ts", ".py"]. */
  extensions: string[];
  /** Globs (relative to the working directory) to leave out, on top of .gitignore. */
  ignore: string[];
  cwd?: string;
}

/** Folders never worth reading, whatever .gitignore says. */
const ALWAYS_SKIPPED = new Set([
  "node_modules",
  ".git",
  ".hg",
  ".svn",
  "dist",
  "build",
  "coverage",
  ".next",
  ".venv",
  "venv",
  "__pycache__",
]);

/**
 * The files a run covers: each path given (a file is taken as is; a folder is walked), filtered by
 * extension, .gitignore files found on the way (like git, each applies below its folder), and --ignore.
 * Sorted, so output and summaries are stable.
 */
export function listFiles(paths: string[], options: ListOptions): string[] {
  const cwd = options.cwd ?? process.cwd();
  const userIgnore = options.ignore.length > 0 ? picomatch(options.ignore, { dot: true }) : undefined;
  const isIgnoredByUser = (file: string): boolean => {
    if (!userIgnore) return false;
    const relative = toPosix(path.relative(cwd, file));
    return userIgnore(relative) || userIgnore(path.basename(file));
  };
  const found = new Set<string>();
  for (const given of paths.length > 0 ? paths : ["."]) {
    const absolute = path.resolve(cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      throw new FileListError(`${given}: no such file or directory`);
    }
    if (stat.isFile()) {
      // A file named explicitly (lint-staged, pre-commit) is checked even if an ignore file covers it.
      if (options.extensions.includes(path.extname(absolute).toLowerCase()) && !isIgnoredByUser(absolute))
        found.add(absolute);
      continue;
    }
    walk(absolute, gitignoreChain(absolute), options.extensions, isIgnoredByUser, found);
  }
  return [...found].sort().map((file) => displayPath(file, cwd));
}

export class FileListError extends Error {}

/**
 * The paths named on the command line that none of `files` is or is inside (after every filter), so that a run
 * can never pass by reading nothing, as ESLint's "No files matching the pattern" does.
 */
export function unmatchedPaths(given: string[], files: string[], cwd = process.cwd()): string[] {
  const absolute = files.map((file) => path.resolve(cwd, file));
  return given.filter((named) => {
    const root = path.resolve(cwd, named);
    return !absolute.some((file) => file === root || file.startsWith(`${root}${path.sep}`));
  });
}

/** The error for those paths; `--no-error-on-unmatched-pattern` turns it off. */
export function unmatchedPathsError(paths: string[]): FileListError {
  const list = paths.map((named) => `"${named}"`).join(", ");
  return new FileListError(
    `no file to read in ${list}: every file there is left out by its extension, .gitignore, --ignore or the config's include/exclude ` +
      "(pass --no-error-on-unmatched-pattern to allow this)",
  );
}

interface IgnoreLayer {
  base: string;
  rules: Ignore;
}

function walk(
  directory: string,
  layers: IgnoreLayer[],
  extensions: string[],
  isIgnoredByUser: (file: string) => boolean,
  found: Set<string>,
): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(directory, { withFileTypes: true });
  } catch {
    return;
  }
  // The listing says whether there is a .gitignore: no failed read per folder on a large tree.
  const own = entries.some((entry) => entry.name === ".gitignore" && !entry.isDirectory())
    ? readGitignore(directory)
    : undefined;
  const active = own ? [...layers, own] : layers;
  for (const entry of entries) {
    const isDirectory = entry.isDirectory();
    if (
      isDirectory
        ? ALWAYS_SKIPPED.has(entry.name)
        : !entry.isFile() || !extensions.includes(path.extname(entry.name).toLowerCase())
    )
      continue;
    const full = path.join(directory, entry.name);
    if (isIgnoredByLayers(full, isDirectory, active) || isIgnoredByUser(full)) continue;
    // A nested repository: ignore files apply within their own repository only.
    if (isDirectory)
      walk(full, fs.existsSync(path.join(full, ".git")) ? [] : active, extensions, isIgnoredByUser, found);
    else found.add(full);
  }
}

function isIgnoredByLayers(file: string, isDirectory: boolean, layers: IgnoreLayer[]): boolean {
  for (const layer of layers) {
    const relative = toPosix(path.relative(layer.base, file));
    if (!relative || relative.startsWith("..")) continue;
    if (layer.rules.ignores(isDirectory ? `${relative}/` : relative)) return true;
  }
  return false;
}

/** .gitignore files of the folders above `directory`, up to the repository root (none when it is the root). */
function gitignoreChain(directory: string): IgnoreLayer[] {
  const layers: IgnoreLayer[] = [];
  if (fs.existsSync(path.join(directory, ".git"))) return layers;
  let current = path.dirname(directory);
  while (true) {
    const layer = readGitignore(current);
    if (layer) layers.unshift(layer);
    if (fs.existsSync(path.join(current, ".git"))) break;
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return layers;
}

function readGitignore(directory: string): IgnoreLayer | undefined {
  const file = path.join(directory, ".gitignore");
  try {
    return { base: directory, rules: ignore().add(fs.readFileSync(file, "utf8")) };
  } catch {
    return undefined;
  }
}

function toPosix(file: string): string {
  return file.split(path.sep).join("/");
}

/** Paths in messages: relative to the working directory when inside it. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? toPosix(relative) : file;
}
