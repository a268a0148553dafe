import * as fs from "node:fs";
import * as path from "node:path";
import { commitAll, fixture, run, tempProject } from "./helpers";

/**
 * `check --staged` judges what is being committed: the other files its analysis reads (the files a checked file
 * imports, the project's other callers, the config file, package.json, requirements) are read from the index
 * too. A file the index does not hold does not exist for it, whatever the working tree has (`npm run build` first).
 */
interface Report {
  findings: Array<{ ruleId: string; file: string; line: number; fixable: boolean }>;
  errors: unknown[];
}

const checkStaged = (project: string, ...flags: string[]): { code: number | null; report: Report } => {
  const result = run(["check", "--staged", "--format", "json", ...flags], project);
  return { code: result.code, report: JSON.parse(result.stdout) as Report };
};

const CLIENT = 'import OpenAI from "openai";\n\nexport const client = new OpenAI();\n';
const NOT_A_CLIENT =
  "export const client = { chat: { completions: { create: async (request: unknown) => ({ request }) } } };\n";
const CALLER =
  'import { client } from "./lib/ai";\n\nexport const ask = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });\n';

describe("check --staged reads the files a staged file imports from the index", () => {
  it("a client module whose unstaged edit makes it no SDK client: the staged one is, so the call needs a span", () => {
    const project = tempProject({ "src/lib/ai.ts": CLIENT });
    const git = commitAll(project);
    fs.writeFileSync(path.join(project, "src/chat.ts"), CALLER);
    git("add", "src/chat.ts");
    fs.writeFileSync(path.join(project, "src/lib/ai.ts"), NOT_A_CLIENT);
    const { code, report } = checkStaged(project);
    expect(report.findings).toEqual([
      expect.objectContaining({ ruleId: "missing-span", file: "src/chat.ts", line: 3, fixable: true }),
    ]);
    expect(code).toBe(1);
    // The working tree's own check sees the edit.
    expect(run(["check", "src/chat.ts"], project).code).toBe(0);
  });

  it("a client module removed from the index (git rm --cached) is gone, though the working tree still has it", () => {
    const project = tempProject({ "src/lib/ai.ts": CLIENT });
    const git = commitAll(project);
    fs.writeFileSync(path.join(project, "src/chat.ts"), CALLER);
    git("add", "src/chat.ts");
    git("rm", "-q", "--cached", "src/lib/ai.ts");
    const { code, report } = checkStaged(project);
    expect(report).toEqual(expect.objectContaining({ findings: [], errors: [] }));
    expect(code).toBe(0);
    expect(run(["check", "src/chat.ts"], project).code).toBe(1);
  });

  it("a caller in another file that reads .withResponse(): only a caller the index holds keeps the SDK promise", () => {
    const input = fs.readFileSync(fixture("position-return-to-with-response-caller-elsewhere.input.ts"), "utf8");
    const caller = fs
      .readFileSync(fixture("local-with-response-caller.ts"), "utf8")
      .replaceAll("./position-return-to-with-response-caller-elsewhere.input", "./chat");
    const project = tempProject({ "src/base.ts": "export const one = 1;\n" });
    const git = commitAll(project);
    fs.writeFileSync(path.join(project, "src/chat.ts"), input);
    git("add", "src/chat.ts");
    // Untracked: not part of the commit, so nothing committed reads `.withResponse()` on what `ask` returns.
    fs.writeFileSync(path.join(project, "src/report.ts"), caller);
    const untracked = checkStaged(project).report.findings;
    expect(untracked.map((finding) => [finding.line, finding.fixable])).toEqual([
      [9, true],
      [13, true],
      [16, true],
    ]);
    git("add", "src/report.ts");
    fs.writeFileSync(path.join(project, "src/report.ts"), "export {};\n");
    const staged = checkStaged(project).report.findings.filter((finding) => finding.file === "src/chat.ts");
    expect(staged.map((finding) => [finding.line, finding.fixable])).toEqual([
      [9, false],
      [13, false],
      [16, true],
    ]);
  });
});

const CALL =
  'import OpenAI from "openai";\nconst client = new OpenAI();\nexport const ask = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });\n';

describe("check --staged reads the config file from the index", () => {
  it("a config edit that is not staged does not apply: the committed config does", () => {
    const project = tempProject({ "sentry-ai-codemod.config.json": "{}\n", "src/base.ts": "export const one = 1;\n" });
    const git = commitAll(project);
    fs.writeFileSync(path.join(project, "src/app.ts"), CALL);
    git("add", "src/app.ts");
    fs.writeFileSync(
      path.join(project, "sentry-ai-codemod.config.json"),
      JSON.stringify({ rules: { "missing-span": "off" } }),
    );
    const { code, report } = checkStaged(project);
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: "missing-span", file: "src/app.ts" })]);
    expect(code).toBe(1);
    expect(run(["check", "src/app.ts"], project).code).toBe(0);
  });

  it("a staged config edit applies, though the working tree has undone it", () => {
    const project = tempProject({ "sentry-ai-codemod.config.json": "{}\n", "src/base.ts": "export const one = 1;\n" });
    const git = commitAll(project);
    fs.writeFileSync(path.join(project, "src/app.ts"), CALL);
    fs.writeFileSync(
      path.join(project, "sentry-ai-codemod.config.json"),
      JSON.stringify({ rules: { "missing-span": "off" } }),
    );
    git("add", "src/app.ts", "sentry-ai-codemod.config.json");
    fs.writeFileSync(path.join(project, "sentry-ai-codemod.config.json"), "{}\n");
    const { code, report } = checkStaged(project);
    expect(report).toEqual(expect.objectContaining({ findings: [], errors: [] }));
    expect(code).toBe(0);
  });
});

describe("check --staged --fix writes Python spans for the sentry-sdk pin the index holds", () => {
  const PY_CALL =
    'from openai import OpenAI\n\nclient = OpenAI()\n\n\ndef ask():\n    return client.chat.completions.create(model="gpt-4o", messages=[])\n';
  const SDK_2 = 'with sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o") as span:';
  const SDK_3 = 'with sentry_sdk.start_span(name="chat gpt-4o", attributes={"sentry.op": "gen_ai.chat"';

  const fixStaged = (requirements: { committed: string; staged?: string; workingTree: string }) => {
    const project = tempProject({ "app/base.py": "ONE = 1\n", "requirements.txt": requirements.committed });
    const git = commitAll(project);
    fs.writeFileSync(path.join(project, "app/ask.py"), PY_CALL);
    git("add", "app/ask.py");
    if (requirements.staged !== undefined) {
      fs.writeFileSync(path.join(project, "requirements.txt"), requirements.staged);
      git("add", "requirements.txt");
    }
    fs.writeFileSync(path.join(project, "requirements.txt"), requirements.workingTree);
    const result = run(["check", "--staged", "--fix"], project);
    return { result, staged: git("show", ":app/ask.py"), git };
  };

  it("a staged pin to 3.x gets the 3.x API, though the working tree pins 2.x again", () => {
    const { result, staged } = fixStaged({
      committed: "sentry-sdk==2.20.0\n",
      staged: "sentry-sdk==3.0.0\n",
      workingTree: "sentry-sdk==2.20.0\n",
    });
    expect(result.code).toBe(0);
    expect(staged).toContain(SDK_3);
    expect(staged).not.toContain(SDK_2);
  });

  it("an unstaged pin to 3.x does not count: the committed 2.x pin does", () => {
    const { result, staged, git } = fixStaged({
      committed: "sentry-sdk==2.20.0\n",
      workingTree: "sentry-sdk==3.0.0\n",
    });
    expect(result.code).toBe(0);
    expect(staged).toContain(SDK_2);
    expect(git("status", "--porcelain").split("\n").sort()).toEqual(["", " M requirements.txt", "A  app/ask.py"]);
  });
});
