import { execFile, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/**
 * Which files `check --staged` and `check --changed` look at. Paths are repository-relative with forward
 * slashes; `-z` output everywhere, so spaces, quotes and non-ASCII names arrive as they are.
 */

export interface ScopedFile {
  /** Repository-relative path with forward slashes. */
  path: string;
  absolutePath: string;
  /** The staged content (--staged), which may differ from the working tree; undefined: read the file. */
  text?: string;
}

export interface GitScope {
  root: string;
  files: ScopedFile[];
  /** The commit compared against (--changed). */
  base?: string;
}

export class GitScopeError extends Error {
  override name = "GitScopeError";
}

/** Regular files only: a symlink's blob is its target path and a submodule has no content here. */
const FILE_MODES = new Set(["100644", "100755"]);

export async function repositoryRoot(cwd: string): Promise<string> {
  try {
    return (await git(cwd, ["rev-parse", "--show-toplevel"])).toString("utf8").trim();
  } catch {
    throw new GitScopeError(`${cwd} is not inside a git repository (--staged and --changed need one)`);
  }
}

/**
 * Added, copied, modified, renamed and type-changed files in the index, with their staged content (read from
 * the index blobs in one `git cat-file --batch`, which is what `git show :path` prints). Deleted files are left out.
 */
export async function stagedFiles(cwd: string): Promise<GitScope> {
  const root = await repositoryRoot(cwd);
  const entries = parseRawDiff(
    await git(root, ["diff", "--cached", "--raw", "-z", "-M", "--no-abbrev", "--diff-filter=ACMRT"]),
  );
  const files = entries.filter((entry) => FILE_MODES.has(entry.mode));
  const blobs = await readBlobs(
    root,
    files.map((entry) => entry.blob),
  );
  return {
    root,
    files: files.map((entry, index) => ({
      path: entry.path,
      absolutePath: path.join(root, entry.path),
      text: blobs[index],
    })),
  };
}

/**
 * Files that differ between the merge base of `ref` (default: the default branch) and HEAD's working tree, staged or
 * not, plus untracked files that are not ignored. Content is read from the working tree by the caller.
 */
export async function changedFiles(cwd: string, ref?: string): Promise<GitScope> {
  const root = await repositoryRoot(cwd);
  const target = ref ?? (await defaultBranch(root));
  const base = await mergeBase(root, target);
  const entries = parseRawDiff(
    await git(root, ["diff", "--raw", "-z", "-M", "--no-abbrev", "--diff-filter=ACMRT", base]),
  );
  const tracked = entries.filter((entry) => FILE_MODES.has(entry.mode)).map((entry) => entry.path);
  const untracked = splitNul(await git(root, ["ls-files", "--others", "--exclude-standard", "-z"]));
  const paths = [...new Set([...tracked, ...untracked])].sort();
  return {
    root,
    base,
    files: paths
      .map((file) => ({ path: file, absolutePath: path.join(root, file) }))
      .filter((file) => isRegularFile(file.absolutePath)),
  };
}

/** origin/HEAD when the clone knows it, else the first of main, master, origin/main, origin/master that exists. */
export async function defaultBranch(root: string): Promise<string> {
  try {
    const symbolic = (await git(root, ["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"]))
      .toString("utf8")
      .trim();
    if (symbolic) return symbolic;
  } catch {
    // No origin/HEAD: try the usual names.
  }
  for (const candidate of ["main", "master", "origin/main", "origin/master"]) {
    if (await refExists(root, candidate)) return candidate;
  }
  throw new GitScopeError(
    "could not find the default branch (tried origin/HEAD, main, master); name it: --changed <ref>",
  );
}

async function mergeBase(root: string, ref: string): Promise<string> {
  if (!(await refExists(root, ref))) throw new GitScopeError(`unknown git ref "${ref}"`);
  try {
    return (await git(root, ["merge-base", ref, "HEAD"])).toString("utf8").trim();
  } catch {
    // Unrelated histories or a shallow clone without the fork point: compare with the ref itself.
    return (await git(root, ["rev-parse", "--verify", `${ref}^{commit}`])).toString("utf8").trim();
  }
}

async function refExists(root: string, ref: string): Promise<boolean> {
  try {
    await git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

interface RawEntry {
  /** Mode on the new side. */
  mode: string;
  /** Blob id on the new side: the index blob for --cached, zeros for a working-tree file. */
  blob: string;
  status: string;
  /** The new path (a rename's destination). */
  path: string;
}

/**
 * `git diff --raw -z`: `:old-mode new-mode old-blob new-blob STATUS\0path\0`, with a second path for renames and
 * copies (`R100\0old\0new\0`).
 */
export function parseRawDiff(output: Buffer): RawEntry[] {
  const fields = splitNul(output);
  const entries: RawEntry[] = [];
  for (let index = 0; index < fields.length;) {
    const meta = fields[index++].replace(/^:/, "").split(" ");
    const status = meta[4] ?? "";
    const twoPaths = status.startsWith("R") || status.startsWith("C");
    if (twoPaths) index++;
    const file = fields[index++];
    if (file !== undefined) entries.push({ mode: meta[1], blob: meta[3], status: status.charAt(0), path: file });
  }
  return entries;
}

function splitNul(output: Buffer): string[] {
  const text = output.toString("utf8");
  return text.length === 0 ? [] : text.replace(/\0$/, "").split("\0");
}

function isRegularFile(file: string): boolean {
  try {
    return fs.lstatSync(file).isFile();
  } catch {
    return false;
  }
}

/** Reads blobs in one process: `git cat-file --batch` answers `<id> blob <size>\n<content>\n` per request. */
async function readBlobs(root: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const output = await git(root, ["cat-file", "--batch"], `${ids.join("\n")}\n`);
  const texts: string[] = [];
  let offset = 0;
  for (const id of ids) {
    const headerEnd = output.indexOf(0x0a, offset);
    const header = output.subarray(offset, headerEnd).toString("utf8");
    const [answeredId, type, size] = header.split(" ");
    if (answeredId !== id || type !== "blob")
      throw new GitScopeError(`git cat-file could not read blob ${id} (${header})`);
    const start = headerEnd + 1;
    texts.push(output.subarray(start, start + Number(size)).toString("utf8"));
    offset = start + Number(size) + 1;
  }
  return texts;
}

function git(cwd: string, args: readonly string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (input === undefined) {
      execFile("git", args, { cwd, encoding: "buffer", maxBuffer: 1 << 30 }, (error, stdout, stderr) => {
        if (error)
          reject(new GitScopeError(`git ${args[0]} failed: ${stderr.toString("utf8").trim() || error.message}`));
        else resolve(stdout);
      });
      return;
    }
    const child = spawn("git", args, { cwd, stdio: ["pipe", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    const errors: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => errors.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(chunks));
      else reject(new GitScopeError(`git ${args[0]} failed: ${Buffer.concat(errors).toString("utf8").trim()}`));
    });
    child.stdin.end(input);
  });
}
