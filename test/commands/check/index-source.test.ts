import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { IndexFileSource } from "../../../src/commands/check/index-source";

/** The git index as a file source (`check --staged`): what it holds exists, as staged; nothing else does. */
describe("IndexFileSource", () => {
  let root: string;
  const git = (...args: string[]): string =>
    execFileSync("git", ["-c", "user.email=t@t", "-c", "user.name=t", "-c", "commit.gpgsign=false", ...args], {
      cwd: root,
      encoding: "utf8",
    });
  const write = (file: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };

  beforeEach(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "index-source-")));
    git("init", "-q");
    write("package.json", "{}\n");
    write("src/lib/ai.ts", "export const committed = 1;\n");
    write("src/gone.ts", "export const gone = 1;\n");
    git("add", "-A");
    git("commit", "-qm", "base");
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("reads staged content, not the working tree; untracked and index-deleted files do not exist", () => {
    write("src/lib/ai.ts", "export const staged = 2;\n");
    git("add", "src/lib/ai.ts");
    write("src/lib/ai.ts", "export const unstaged = 3;\n");
    write("src/untracked.ts", "export const untracked = 4;\n");
    git("rm", "-q", "--cached", "src/gone.ts");
    const index = IndexFileSource.read(root);
    const at = (file: string): string => path.join(root, file);
    expect(index.readText(at("src/lib/ai.ts"))).toBe("export const staged = 2;\n");
    expect(index.size(at("src/lib/ai.ts"))).toBe("export const staged = 2;\n".length);
    expect(index.isFile(at("src/lib/ai.ts"))).toBe(true);
    for (const missing of ["src/untracked.ts", "src/gone.ts", "src/lib", "src/nope.ts"]) {
      expect(index.isFile(at(missing))).toBe(false);
      expect(index.readText(at(missing))).toBeUndefined();
    }
    expect(
      index
        .list(root)
        ?.map((entry) => [entry.name, entry.isFile, entry.isDirectory])
        .sort(),
    ).toEqual([
      ["package.json", true, false],
      ["src", false, true],
    ]);
    expect(index.list(at("src"))?.map((entry) => entry.name)).toEqual(["lib"]);
    expect(index.list(at("src/untracked"))).toBeUndefined();
  });

  it("reads paths outside the repository from disk, and rebuilds itself from its data (worker threads)", () => {
    const outside = path.join(path.dirname(root), `${path.basename(root)}-outside.json`);
    fs.writeFileSync(outside, "{}\n");
    try {
      const index = IndexFileSource.read(root);
      expect(index.readText(outside)).toBe("{}\n");
      const copy = new IndexFileSource(structuredClone(index.toData()));
      expect(copy.readText(path.join(root, "src/lib/ai.ts"))).toBe("export const committed = 1;\n");
      copy.prefetch([path.join(root, "package.json"), path.join(root, "src/gone.ts"), path.join(root, "missing.ts")]);
      expect(copy.readText(path.join(root, "package.json"))).toBe("{}\n");
      expect(copy.readText(path.join(root, "missing.ts"))).toBeUndefined();
    } finally {
      fs.rmSync(outside, { force: true });
    }
  });
});
