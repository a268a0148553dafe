import * as fs from "node:fs";

/** One entry of a directory listing. A link is neither a file nor a directory here (a walk does not follow it). */
export interface DirectoryEntry {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
}

/**
 * Where a run reads the project's files: the file being checked aside, every file the analysis consults (the
 * files a relative import names, the project's other callers, package.json, requirements and lock files, the
 * config file). The front door picks it: the working tree, or the git index for `check --staged`, so the facts
 * read from other files match what is being committed. Installed packages (node_modules, a virtualenv) are the
 * environment, not the project's content, and are read from disk whatever the source.
 */
export interface FileSource {
  /** The file's text, or undefined when there is no such file or it cannot be read. */
  readText(file: string): string | undefined;
  /** Whether a regular file (in the working tree: or a link to one) exists at this path. */
  isFile(file: string): boolean;
  /** The file's size in bytes, or undefined when there is no such file. */
  size(file: string): number | undefined;
  /** The directory's entries, or undefined when there is no such directory. */
  list(directory: string): DirectoryEntry[] | undefined;
  /** A hint that these files are about to be read (the index reads them in one batch). */
  prefetch?(files: readonly string[]): void;
}

/** The files on disk. */
export const workingTree: FileSource = {
  readText(file) {
    try {
      return fs.readFileSync(file, "utf8");
    } catch {
      return undefined;
    }
  },
  isFile(file) {
    // No exception for a missing file: most candidates probed do not exist, and throwing costs more than the stat.
    return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  },
  size(file) {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    return stat?.isFile() ? stat.size : undefined;
  },
  list(directory) {
    try {
      return fs
        .readdirSync(directory, { withFileTypes: true })
        .map((entry) => ({ name: entry.name, isFile: entry.isFile(), isDirectory: entry.isDirectory() }));
    } catch {
      return undefined;
    }
  },
};
