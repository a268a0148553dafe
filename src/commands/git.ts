import { execFileSync } from "node:child_process";
import * as path from "node:path";

/**
 * The one rule for writing into a user's files (`instrument`, and `check --fix`, which instruments): a file is
 * written only when git holds its current content, committed or staged. Then the tool's changes are exactly what
 * `git diff` shows and `git checkout -- <file>` undoes them, even in a file the user is editing. This returns the
 * files git does not hold: unstaged changes or untracked. Outside a git work tree there is nothing to protect.
 */
export function filesGitCannotRestore(files: string[], cwd = process.cwd()): string[] {
  const records = statusRecords(files, cwd, ["--untracked-files=all"]);
  return files.filter((file) => (records.get(path.resolve(cwd, file)) ?? "  ")[1] !== " ");
}

/** Why a write was refused, and the ways on: one message for `instrument` and `check --fix`. */
export function refusalToWrite(files: string[]): string {
  return (
    `sentry-ai-codemod: refusing to write: ${files.length} file${files.length === 1 ? " has" : "s have"} changes git does not hold yet (unstaged or untracked):\n` +
    files.map((file) => `  ${file}\n`).join("") +
    "Stage (git add) or commit them first, so the codemod's changes can be reviewed (git diff) and undone (git checkout) on their own; run with --dry-run to see the diff, or pass --force.\n"
  );
}

/** `git add` the files (after `check --staged --fix` wrote them), so the commit gets the fixed content. */
export function stageFiles(files: string[], cwd = process.cwd()): void {
  if (files.length > 0)
    execFileSync("git", ["add", "--", ...files.map((file) => path.resolve(cwd, file))], { cwd, stdio: "ignore" });
}

/**
 * `git status` of the files that have changes: absolute path -> its two status letters. Each file is asked of the
 * work tree it lies in (not the one the command runs in: `instrument ../other-repo/src` from inside a repository);
 * a file in no work tree has no record.
 */
function statusRecords(files: string[], cwd: string, flags: string[]): Map<string, string> {
  const statuses = new Map<string, string>();
  for (const [root, inRoot] of filesByWorkTree(files.map((file) => path.resolve(cwd, file)))) {
    const output = execFileSync("git", ["status", "--porcelain=v1", "-z", ...flags, "--", ...inRoot], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const records = output.split("\0");
    for (let index = 0; index < records.length; index++) {
      const record = records[index];
      if (record.length < 4) continue;
      const status = record.slice(0, 2);
      statuses.set(path.resolve(root, record.slice(3)), status);
      if (status.startsWith("R") || status.startsWith("C")) index++; // the rename's source follows
    }
  }
  return statuses;
}

/**
 * Absolute paths grouped by the top of the git work tree each lies in; those in none are left out. A file under a
 * work tree already found joins it (one `git rev-parse` for a whole repository), as git itself would see it.
 */
function filesByWorkTree(files: string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const outside = new Set<string>();
  for (const file of files) {
    const directory = path.dirname(file);
    let root = [...groups.keys()].find((known) => directory === known || directory.startsWith(known + path.sep));
    if (root === undefined && !outside.has(directory)) {
      root = workTreeRoot(directory);
      if (root === undefined) outside.add(directory);
    }
    if (root !== undefined) groups.set(root, [...(groups.get(root) ?? []), file]);
  }
  return groups;
}

function workTreeRoot(directory: string): string | undefined {
  try {
    return execFileSync("git", ["rev-parse", "--show-toplevel"], {
      cwd: directory,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return undefined; // not in a git work tree (or a folder git cannot enter): nothing to protect with git
  }
}
