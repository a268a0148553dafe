import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { type DirectoryEntry, type FileSource, workingTree } from "../../core/file-source";
import { GitScopeError } from "./git-scope";

/** Regular files only: a symlink's blob is its target path and a submodule has no content here. */
const FILE_MODES = new Set(["100644", "100755"]);

/** How many not-yet-read files beside a file read on demand are read with it (see unreadSiblings). */
const SIBLINGS_READ_AHEAD = 256;

/** What a worker thread needs to rebuild the same source: plain data. */
export interface IndexSourceData {
  root: string;
  /** Repository-relative path (forward slashes) -> blob id, for each regular file at stage 0. */
  blobs: Array<[path: string, blob: string]>;
}

/**
 * The repository's files as the git index holds them, for `check --staged`: what is being committed. A file the
 * index does not hold does not exist (untracked, or deleted with `git rm`), and a staged file reads as staged,
 * whatever the working tree has on top. Paths outside the repository are not versioned: they are read from disk.
 * Blobs are read on first use and kept for the run.
 */
export class IndexFileSource implements FileSource {
  private readonly blobOf = new Map<string, string>();
  private readonly directories = new Map<string, DirectoryEntry[]>();
  private readonly texts = new Map<string, string | undefined>();

  constructor(private readonly data: IndexSourceData) {
    const root = data.root;
    this.directories.set(root, []);
    const add = (directory: string, entry: DirectoryEntry): void => {
      const entries = this.directories.get(directory);
      if (entries) entries.push(entry);
      else this.directories.set(directory, [entry]);
    };
    const listed = new Set<string>();
    for (const [file, blob] of data.blobs) {
      const absolute = path.join(root, file);
      this.blobOf.set(absolute, blob);
      add(path.dirname(absolute), { name: path.basename(absolute), isFile: true, isDirectory: false });
      // Each folder on the way up is listed in its parent once: stop at the first one already known.
      for (let directory = path.dirname(absolute); directory !== root; directory = path.dirname(directory)) {
        if (listed.has(directory)) break;
        listed.add(directory);
        add(path.dirname(directory), { name: path.basename(directory), isFile: false, isDirectory: true });
      }
    }
  }

  /** The index of the repository at `root` (`git ls-files --stage`). */
  static read(root: string): IndexFileSource {
    let output: string;
    try {
      output = execFileSync("git", ["ls-files", "--stage", "-z"], {
        cwd: root,
        encoding: "utf8",
        maxBuffer: 1 << 30,
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (error) {
      throw new GitScopeError(`git ls-files failed: ${(error as Error).message}`);
    }
    const blobs: IndexSourceData["blobs"] = [];
    for (const record of output.split("\0")) {
      // `<mode> <blob> <stage>\t<path>`
      const tab = record.indexOf("\t");
      if (tab < 0) continue;
      const [mode, blob, stage] = record.slice(0, tab).split(" ");
      if (stage === "0" && FILE_MODES.has(mode!)) blobs.push([record.slice(tab + 1), blob!]);
    }
    return new IndexFileSource({ root, blobs });
  }

  /** The same source in a worker thread. */
  toData(): IndexSourceData {
    return this.data;
  }

  /** Seeds texts already read (the staged files' blobs), so they are not read twice. */
  remember(file: string, text: string): void {
    if (this.blobOf.has(file)) this.texts.set(file, text);
  }

  readText(file: string): string | undefined {
    if (this.outside(file)) return workingTree.readText(file);
    const absolute = path.resolve(file);
    if (!this.texts.has(absolute)) this.prefetch([absolute, ...this.unreadSiblings(absolute)]);
    return this.texts.get(absolute);
  }

  isFile(file: string): boolean {
    return this.outside(file) ? workingTree.isFile(file) : this.blobOf.has(path.resolve(file));
  }

  size(file: string): number | undefined {
    if (this.outside(file)) return workingTree.size(file);
    const text = this.readText(file);
    return text === undefined ? undefined : Buffer.byteLength(text);
  }

  list(directory: string): DirectoryEntry[] | undefined {
    if (this.outside(directory)) return workingTree.list(directory);
    return this.directories.get(path.resolve(directory))?.slice();
  }

  /** Reads the blobs of these files that are not read yet, in one `git cat-file --batch`. */
  prefetch(files: readonly string[]): void {
    const wanted: Array<[file: string, blob: string]> = [];
    for (const file of files) {
      const absolute = path.resolve(file);
      if (this.texts.has(absolute) || this.outside(absolute)) continue;
      const blob = this.blobOf.get(absolute);
      if (blob === undefined) this.texts.set(absolute, undefined);
      else wanted.push([absolute, blob]);
    }
    if (wanted.length === 0) return;
    let output: Buffer;
    try {
      output = execFileSync("git", ["cat-file", "--batch"], {
        cwd: this.data.root,
        input: `${wanted.map(([, blob]) => blob).join("\n")}\n`,
        maxBuffer: 1 << 30,
        stdio: ["pipe", "pipe", "ignore"],
      });
    } catch {
      for (const [file] of wanted) this.texts.set(file, undefined);
      return;
    }
    let offset = 0;
    for (const [file, blob] of wanted) {
      const headerEnd = output.indexOf(0x0a, offset);
      const [answered, type, size] = output.subarray(offset, headerEnd).toString("utf8").split(" ");
      if (headerEnd < 0 || answered !== blob || type !== "blob") {
        // A blob the object store lacks (a missing object): unreadable, as a file that cannot be read.
        this.texts.set(file, undefined);
        offset = headerEnd + 1;
        continue;
      }
      const start = headerEnd + 1;
      this.texts.set(file, output.subarray(start, start + Number(size)).toString("utf8"));
      offset = start + Number(size) + 1;
    }
  }

  /**
   * Files beside this one with the same extension, not read yet: a run that reads one file of a folder (an
   * import, a caller) usually reads its neighbours too, and one `git cat-file` for a batch costs what one for a
   * single blob does.
   */
  private unreadSiblings(file: string): string[] {
    const directory = path.dirname(file);
    const extension = path.extname(file);
    const siblings: string[] = [];
    for (const entry of this.directories.get(directory) ?? []) {
      if (siblings.length >= SIBLINGS_READ_AHEAD) break;
      const sibling = path.join(directory, entry.name);
      if (entry.isFile && sibling !== file && path.extname(entry.name) === extension && !this.texts.has(sibling))
        siblings.push(sibling);
    }
    return siblings;
  }

  private outside(file: string): boolean {
    const relative = path.relative(this.data.root, path.resolve(file));
    return relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  }
}
