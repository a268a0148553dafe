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

/** `git status` of the files that have changes: absolute path -> its two status letters. Empty outside a work tree. */
function statusRecords(files: string[], cwd: string, flags: string[]): Map<string, string> {
  const statuses = new Map<string, string>();
  if (files.length === 0) return statuses;
  let root: string;
  try {
    root = execFileSync("git", ["rev-parse", "--show-toplevel"], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return statuses; // not a git work tree: nothing to protect with git
  }
  const output = execFileSync(
    "git",
    ["status", "--porcelain=v1", "-z", ...flags, "--", ...files.map((file) => path.resolve(cwd, file))],
    {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const records = output.split("\0");
  for (let index = 0; index < records.length; index++) {
    const record = records[index];
    if (record.length < 4) continue;
    const status = record.slice(0, 2);
    statuses.set(path.resolve(root, record.slice(3)), status);
    if (status.startsWith("R") || status.startsWith("C")) index++; // the rename's source follows
  }
  return statuses;
}
