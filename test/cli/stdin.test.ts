import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempProject } from "./helpers";

/** `--stdin --stdin-filename <path>`: lint or rewrite the text on stdin as if it were that file, as ESLint and prettier do. */
const CALL =
  'import OpenAI from "openai";\nconst client = new OpenAI();\nexport const ask = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });\n';

describe("--stdin", () => {
  it("check lints stdin as the named file: findings name that path; nothing on disk is read", () => {
    const project = tempProject({ "src/clean.ts": "export const x = 1;\n" });
    // The file on disk is clean; stdin's text, checked as that path, is not.
    const result = run(["check", "--stdin", "--stdin-filename", "src/clean.ts", "-f", "json"], project, {
      input: CALL,
    });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { summary: { filesChecked: number }; findings: unknown[] };
    expect(report.summary.filesChecked).toBe(1);
    expect(report.findings).toEqual([
      expect.objectContaining({ ruleId: "missing-span", file: "src/clean.ts", line: 3 }),
    ]);
    // A file that does not exist yet (an unsaved editor buffer) is fine too.
    const unsaved = run(["check", "--stdin", "--stdin-filename", "src/new.ts"], project, { input: CALL });
    expect(unsaved.code).toBe(1);
    expect(unsaved.stdout).toContain("src/new.ts");
    expect(run(["check", "--stdin", "--stdin-filename", "src/new.ts"], project, { input: "export {};\n" }).code).toBe(
      0,
    );
  });

  it("the filename picks the language and the config: Python text, and a path the config excludes", () => {
    const project = tempProject({
      "sentry-ai-codemod.config.json": JSON.stringify({ exclude: ["vendor/**"] }),
    });
    const python =
      'from openai import OpenAI\nclient = OpenAI()\nreply = client.chat.completions.create(model="gpt-4o", messages=[])\n';
    const checked = run(["check", "--stdin", "--stdin-filename", "app/job.py"], project, { input: python });
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain("app/job.py");
    const excluded = run(["check", "--stdin", "--stdin-filename", "vendor/x.ts"], project, { input: CALL });
    expect(excluded.code).toBe(2);
    expect(excluded.stdout).toContain('no file to read in "vendor/x.ts"');
    const allowed = ["check", "--stdin", "--stdin-filename", "vendor/x.ts", "--no-error-on-unmatched-pattern"];
    expect(run(allowed, project, { input: CALL }).code).toBe(0);
  });

  it("instrument prints the rewritten text on stdout and writes nothing", () => {
    const project = tempProject({ "src/app.ts": CALL });
    const result = run(["instrument", "--stdin", "--stdin-filename", "src/app.ts"], project, { input: CALL });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('op: "gen_ai.chat"');
    expect(result.stdout).toContain('import * as Sentry from "@sentry/node";');
    expect(fs.readFileSync(path.join(project, "src/app.ts"), "utf8")).toBe(CALL);
    expect(fs.readdirSync(path.join(project, "src"))).toEqual(["app.ts"]);
    // The output is what instrument writes for that file, and instrumenting it again changes nothing.
    const again = run(["instrument", "--stdin", "--stdin-filename", "src/app.ts"], project, { input: result.stdout });
    expect(again.stdout).toBe(result.stdout);
    expect(run(["instrument", "src/app.ts", "--force"], project).code).toBe(0);
    expect(fs.readFileSync(path.join(project, "src/app.ts"), "utf8")).toBe(result.stdout);
  });

  it("instrument gives text it cannot rewrite back unchanged, with the reason on stderr and exit 2", () => {
    const project = tempProject({});
    const broken = `${CALL}export const oops = (;\n`;
    const result = run(["instrument", "--stdin", "--stdin-filename", "src/app.ts"], project, { input: broken });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe(broken);
    expect(result.stderr).toMatch(/^src\/app\.ts:4:\d+: error: /m);
    const plain = "export const x = 1;\n";
    expect(run(["instrument", "--stdin", "--stdin-filename", "a.ts"], project, { input: plain })).toMatchObject({
      code: 0,
      stdout: plain,
    });
  });

  it("usage errors: --stdin without --stdin-filename, or with paths, --staged or --fix", () => {
    const project = tempProject({ "src/app.ts": CALL });
    for (const args of [
      ["check", "--stdin"],
      ["check", "--stdin-filename", "a.ts"],
      ["check", "--stdin", "--stdin-filename", "a.ts", "src"],
      ["check", "--stdin", "--stdin-filename", "a.ts", "--staged"],
      ["check", "--stdin", "--stdin-filename", "a.ts", "--fix"],
      ["instrument", "--stdin"],
      ["instrument", "--stdin", "--stdin-filename", "a.ts", "--dry-run"],
    ]) {
      const result = run(args, project, { input: CALL });
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.stderr).toMatch(/^error: --stdin/m);
      expect(result.stderr).toContain("--help' for usage.");
    }
  });

  it("check --help and instrument --help list both flags with an example", () => {
    const project = tempProject({});
    for (const command of ["check", "instrument"]) {
      const help = run([command, "--help"], project).stdout;
      expect(help).toContain("--stdin ");
      expect(help).toContain("--stdin-filename <path>");
      expect(help).toContain(`$ sentry-ai-codemod ${command} --stdin --stdin-filename src/chat.ts < src/chat.ts`);
    }
  });
});
