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

describe("check --staged --fix on a Python file", () => {
  const PY_CALL =
    'from openai import OpenAI\n\nclient = OpenAI()\n\n\ndef ask():\n    return client.chat.completions.create(model="gpt-4o", messages=[])\n';

  it("fixes the staged .py file, restages it, and the check of the index then passes", () => {
    const project = tempProject({ "app/base.py": "ONE = 1\n" });
    const git = commitAll(project);
    fs.writeFileSync(path.join(project, "app/ask.py"), PY_CALL);
    git("add", "app/ask.py");
    const result = run(["check", "--staged", "--fix"], project);
    expect(result.code).toBe(0);
    const staged = git("show", ":app/ask.py");
    expect(staged).toContain('with sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o") as span:');
    expect(staged).toBe(fs.readFileSync(path.join(project, "app/ask.py"), "utf8"));
    expect(git("status", "--porcelain", "app/ask.py").trim()).toBe("A  app/ask.py");
    expect(run(["check", "--staged"], project).code).toBe(0);
  });

  it("refuses (exit 2) when the .py file also has unstaged changes, and leaves both versions as they were", () => {
    const project = tempProject({ "app/base.py": "ONE = 1\n" });
    const git = commitAll(project);
    const file = path.join(project, "app/ask.py");
    fs.writeFileSync(file, PY_CALL);
    git("add", "app/ask.py");
    fs.writeFileSync(file, `${PY_CALL}\n\nDRAFT = 2\n`);
    const result = run(["check", "--staged", "--fix"], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--staged --fix would commit unstaged changes too (app/ask.py");
    expect(git("show", ":app/ask.py")).toBe(PY_CALL);
    expect(fs.readFileSync(file, "utf8")).toBe(`${PY_CALL}\n\nDRAFT = 2\n`);
  });
});
