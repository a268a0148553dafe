import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { changedFiles, defaultBranch, GitScopeError, stagedFiles } from "../../../src/commands/check/git-scope";
import { TempProject } from "./project-fixture";

/** A throwaway repository, isolated from the user's git configuration. */
class TempRepo extends TempProject {
  constructor() {
    super({});
  }

  init(): this {
    this.initGit();
    return this;
  }

  commit(message: string): void {
    this.git("add", "-A");
    this.git("commit", "-q", "-m", message);
  }
}

describe("stagedFiles", () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = new TempRepo().init();
    repo.write("src/kept.ts", "export const kept = 1;\n");
    repo.write("src/old name.ts", "export const renamed = 'same content to detect the rename';\n");
    repo.write("src/deleted.ts", "export const gone = 1;\n");
    repo.commit("base");
  });
  afterEach(() => repo.remove());

  it("returns the staged content from the index, not the working tree", async () => {
    repo.write("src/kept.ts", "export const kept = 'staged';\n");
    repo.git("add", "src/kept.ts");
    repo.write("src/kept.ts", "export const kept = 'unstaged edit';\n");
    const scope = await stagedFiles(repo.root);
    expect(scope.root).toBe(repo.root);
    expect(scope.files).toEqual([
      {
        path: "src/kept.ts",
        absolutePath: path.join(repo.root, "src/kept.ts"),
        text: "export const kept = 'staged';\n",
      },
    ]);
  });

  it("follows renames, skips deleted files and keeps paths with spaces and non-ASCII characters", async () => {
    repo.git("mv", "src/old name.ts", "src/new näme.ts");
    repo.git("rm", "-q", "src/deleted.ts");
    repo.write("src/added file.ts", "export const added = true;\n");
    repo.git("add", "src/added file.ts");
    repo.write("src/untracked.ts", "not staged\n");
    const scope = await stagedFiles(path.join(repo.root, "src"));
    expect(scope.files.map((file) => [file.path, file.text])).toEqual([
      ["src/added file.ts", "export const added = true;\n"],
      ["src/new näme.ts", "export const renamed = 'same content to detect the rename';\n"],
    ]);
  });

  it("leaves out symlinks and works before the first commit", async () => {
    const fresh = new TempRepo().init();
    try {
      fresh.write("a.ts", "first\n");
      fs.symlinkSync("a.ts", path.join(fresh.root, "link.ts"));
      fresh.git("add", "-A");
      expect((await stagedFiles(fresh.root)).files.map((file) => [file.path, file.text])).toEqual([
        ["a.ts", "first\n"],
      ]);
    } finally {
      fresh.remove();
    }
  });

  it("returns nothing when nothing is staged, and a clear error outside a repository", async () => {
    expect((await stagedFiles(repo.root)).files).toEqual([]);
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), "sac-nogit-"));
    try {
      await expect(stagedFiles(outside)).rejects.toThrow(GitScopeError);
      await expect(stagedFiles(outside)).rejects.toThrow(
        "is not inside a git repository (--staged and --changed need one)",
      );
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe("changedFiles", () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = new TempRepo().init();
    repo.write("src/a.ts", "a\n");
    repo.write("src/b.ts", "b\n");
    repo.write("src/c.ts", "c\n");
    repo.write(".gitignore", "dist/\n");
    repo.commit("base");
  });
  afterEach(() => repo.remove());

  it("compares with the merge base of the default branch: committed, staged, unstaged and untracked changes", async () => {
    const forkPoint = repo.git("rev-parse", "HEAD").trim();
    repo.git("checkout", "-q", "-b", "feature");
    repo.write("src/a.ts", "a changed on the branch\n");
    repo.commit("feature work");
    repo.git("checkout", "-q", "main");
    repo.write("src/c.ts", "c changed on main after the fork\n");
    repo.commit("main moves on");
    repo.git("checkout", "-q", "feature");
    repo.write("src/b.ts", "b staged\n");
    repo.git("add", "src/b.ts");
    repo.write("src/new file.ts", "untracked\n");
    repo.write("dist/out.js", "ignored\n");
    fs.rmSync(path.join(repo.root, "src/c.ts"));

    const scope = await changedFiles(repo.root);
    expect(scope.base).toBe(forkPoint);
    // c.ts changed on main only (and is deleted here): not a change of this branch.
    expect(scope.files.map((file) => file.path)).toEqual(["src/a.ts", "src/b.ts", "src/new file.ts"]);
    expect(scope.files[0].text).toBeUndefined();
    expect(scope.files[0].absolutePath).toBe(path.join(repo.root, "src/a.ts"));
  });

  it("uses an explicit ref, and rejects an unknown one", async () => {
    repo.write("src/a.ts", "a2\n");
    repo.commit("second");
    repo.write("src/b.ts", "b2\n");
    repo.commit("third");
    expect((await changedFiles(repo.root, "HEAD~1")).files.map((file) => file.path)).toEqual(["src/b.ts"]);
    expect((await changedFiles(repo.root, "HEAD~2")).files.map((file) => file.path)).toEqual(["src/a.ts", "src/b.ts"]);
    await expect(changedFiles(repo.root, "no-such-branch")).rejects.toThrow('unknown git ref "no-such-branch"');
  });

  it("finds the default branch from origin/HEAD first, then main or master", async () => {
    expect(await defaultBranch(repo.root)).toBe("main");
    repo.git("branch", "-m", "main", "master");
    expect(await defaultBranch(repo.root)).toBe("master");
    repo.git("update-ref", "refs/remotes/origin/trunk", "HEAD");
    repo.git("symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/trunk");
    expect(await defaultBranch(repo.root)).toBe("origin/trunk");
  });

  it("says how to name the base when there is no default branch", async () => {
    repo.git("branch", "-m", "main", "work");
    await expect(changedFiles(repo.root)).rejects.toThrow(
      "could not find the default branch (tried origin/HEAD, main, master); name it: --changed <ref>",
    );
  });
});
