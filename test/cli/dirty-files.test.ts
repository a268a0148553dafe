import * as fs from "node:fs";
import * as path from "node:path";
import { chatInput, chatOutput, commitAll, run, tempProject } from "./helpers";

/**
 * One rule for `instrument` and `check --fix`: a file is written only when git holds its content (committed or
 * staged), so the codemod's changes are `git diff` alone; --force writes anyway (`npm run build` first).
 */
describe.each([
  ["instrument", ["instrument", "src", "--no-prettier"]],
  ["check --fix", ["check", "src", "--fix"]],
])("%s and files with changes git does not hold", (_name, args) => {
  const edited = `${chatInput}// a local edit\n`;
  const setUp = (): { project: string; file: string; git: (...args: string[]) => string } => {
    const project = tempProject({ "src/chat.ts": chatInput });
    const git = commitAll(project);
    const file = path.join(project, "src/chat.ts");
    fs.writeFileSync(file, edited);
    return { project, file, git };
  };

  it("refuses a file with unstaged changes (exit 2, the file untouched), and writes it with --force", () => {
    const { project, file } = setUp();
    const refused = run(args, project);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("refusing to write: 1 file has changes git does not hold yet");
    expect(refused.stderr).toContain("src/chat.ts");
    expect(refused.stderr).toContain("Stage (git add) or commit them first");
    expect(fs.readFileSync(file, "utf8")).toBe(edited);

    expect(run([...args, "--force"], project).code).toBe(0);
    expect(fs.readFileSync(file, "utf8")).toContain("startSpan");
  });

  it("writes a file whose changes are staged: git diff then shows the codemod's changes alone", () => {
    const { project, file, git } = setUp();
    git("add", "src/chat.ts");
    expect(run(args, project).code).toBe(0);
    expect(fs.readFileSync(file, "utf8")).toContain("startSpan");
    expect(git("diff", "--name-only")).toBe("src/chat.ts\n");
  });

  it("refuses an untracked file", () => {
    const project = tempProject({ "README.md": "app\n" });
    commitAll(project);
    fs.mkdirSync(path.join(project, "src"));
    fs.writeFileSync(path.join(project, "src/chat.ts"), chatInput);
    expect(run(args, project).code).toBe(2);
    expect(fs.readFileSync(path.join(project, "src/chat.ts"), "utf8")).toBe(chatInput);
  });
});

it("outside a git work tree both write (there is no history to protect)", () => {
  const project = tempProject({ "src/chat.ts": chatInput });
  expect(run(["instrument", "src", "--no-prettier"], project).code).toBe(0);
  expect(fs.readFileSync(path.join(project, "src/chat.ts"), "utf8")).toBe(chatOutput);
});

describe("a path in another work tree than the one the command runs in", () => {
  // Each file is asked of its own repository: run from inside one project on a path in another, or in none.
  it("refuses an unstaged file of the other repository, and writes a committed one", () => {
    const here = tempProject({ "README.md": "here\n" });
    commitAll(here);
    const other = tempProject({ "src/chat.ts": chatInput, "src/committed.ts": chatInput });
    commitAll(other);
    fs.writeFileSync(path.join(other, "src/chat.ts"), `${chatInput}// a local edit\n`);
    const refused = run(["instrument", path.join(other, "src/chat.ts"), "--no-prettier"], here);
    expect(refused.stderr).not.toContain("internal error");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("refusing to write: 1 file has changes git does not hold yet");
    const written = run(["instrument", path.join(other, "src/committed.ts"), "--no-prettier"], here);
    expect(written.stderr).not.toContain("refusing");
    expect(written.code).toBe(0);
    expect(fs.readFileSync(path.join(other, "src/committed.ts"), "utf8")).toBe(chatOutput);
  });

  it("writes a file in no work tree, run from inside a repository", () => {
    const here = tempProject({ "README.md": "here\n" });
    commitAll(here);
    const loose = tempProject({ "src/chat.ts": chatInput });
    const result = run(["instrument", path.join(loose, "src"), "--no-prettier"], here);
    expect(result.stderr).not.toContain("internal error");
    expect(result.code).toBe(0);
    expect(fs.readFileSync(path.join(loose, "src/chat.ts"), "utf8")).toBe(chatOutput);
  });
});
