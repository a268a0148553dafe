import * as fs from "node:fs";
import * as path from "node:path";
import { commitAll, run, tempProject } from "./helpers";

/** `check --staged --fix` fixes the staged content and restages it, or refuses when that would commit other changes. */
const CALL =
  'import OpenAI from "openai";\nconst client = new OpenAI();\nexport const ask = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });\n';

describe("check --staged --fix", () => {
  it("fixes a staged file, restages it, and the check of the index then passes", () => {
    const project = tempProject({ "src/base.ts": "export const one = 1;\n" });
    const git = commitAll(project);
    fs.writeFileSync(path.join(project, "src/app.ts"), CALL);
    git("add", "src/app.ts");
    const result = run(["check", "--staged", "--fix"], project);
    expect(result.code).toBe(0);
    const staged = git("show", ":src/app.ts");
    expect(staged).toContain("Sentry.startSpan(");
    expect(staged).toBe(fs.readFileSync(path.join(project, "src/app.ts"), "utf8"));
    expect(git("status", "--porcelain", "src/app.ts").trim()).toBe("A  src/app.ts");
  });

  it("refuses (exit 2) when the file also has unstaged changes, and leaves both versions as they were", () => {
    const project = tempProject({ "src/base.ts": "export const one = 1;\n" });
    const git = commitAll(project);
    const file = path.join(project, "src/app.ts");
    fs.writeFileSync(file, CALL);
    git("add", "src/app.ts");
    fs.writeFileSync(file, `${CALL}export const draft = 2;\n`);
    const result = run(["check", "--staged", "--fix"], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--staged --fix would commit unstaged changes too (src/app.ts");
    expect(git("show", ":src/app.ts")).toBe(CALL);
    expect(fs.readFileSync(file, "utf8")).toBe(`${CALL}export const draft = 2;\n`);
  });
});
