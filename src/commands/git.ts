import { execFileSync } from "node:child_process";
import * as path from "node:path";

/**
 * Files with uncommitted changes among `files`, when they live in a git work tree. `instrument` refuses
 * to write over those without --force, so its changes can always be reviewed and undone with git.
 */
export function uncommittedFiles(files: string[], cwd = process.cwd()): string[] {
  if (files.length === 0) return [];
  let root: string;
  try {
    root = execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return []; // not a git work tree: nothing to protect with git
  }
  const output = execFileSync("git", ["status", "--porcelain=v1", "-z", "--untracked-files=all", "--", ...files.map((file) => path.resolve(cwd, file))], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const dirty = new Set<string>();
  const records = output.split("\0");
  for (let index = 0; index < records.length; index++) {
    const record = records[index];
    if (record.length < 4) continue;
    const status = record.slice(0, 2);
    dirty.add(path.resolve(root, record.slice(3)));
    if (status.startsWith("R") || status.startsWith("C")) index++; // the rename's source follows
  }
  return files.filter((file) => dirty.has(path.resolve(cwd, file)));
}

/**
 * Among `files`, those whose working-tree copy differs from the staged one (`git status` second column): a fix
 * written there and restaged would commit those unstaged changes too.
 */
export function filesWithUnstagedChanges(files: string[], cwd = process.cwd()): string[] {
  if (files.length === 0) return [];
  const root = execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  const output = execFileSync("git", ["status", "--porcelain=v1", "-z", "--", ...files.map((file) => path.resolve(cwd, file))], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const unstaged = new Set<string>();
  const records = output.split("\0");
  for (let index = 0; index < records.length; index++) {
    const record = records[index];
    if (record.length < 4) continue;
    if (record[1] !== " ") unstaged.add(path.resolve(root, record.slice(3)));
    if (record.startsWith("R") || record.startsWith("C")) index++;
  }
  return files.filter((file) => unstaged.has(path.resolve(cwd, file)));
}

/** `git add` the files (after `check --staged --fix` wrote them), so the commit gets the fixed content. */
export function stageFiles(files: string[], cwd = process.cwd()): void {
  if (files.length > 0) execFileSync("git", ["add", "--", ...files.map((file) => path.resolve(cwd, file))], { cwd, stdio: "ignore" });
}
