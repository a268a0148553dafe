import { execFileSync } from "node:child_process";
import * as path from "node:path";

/**
 * Files with uncommitted changes among `files`, when they live in a git work tree. `instrument` refuses
 * to write over those without --force, so its changes can always be reviewed and undone with git.
 */
export function uncommittedFiles(files: string[], cwd = process.cwd()): string[] {
  const records = statusRecords(files, cwd, ["--untracked-files=all"]);
  return files.filter((file) => records.has(path.resolve(cwd, file)));
}

/**
 * Among `files`, those whose working-tree copy differs from the staged one (`git status` second column): a fix
 * written there and restaged would commit those unstaged changes too.
 */
export function filesWithUnstagedChanges(files: string[], cwd = process.cwd()): string[] {
  const records = statusRecords(files, cwd, []);
  return files.filter((file) => (records.get(path.resolve(cwd, file)) ?? "  ")[1] !== " ");
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
