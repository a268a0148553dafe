import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempProject } from "./helpers";
import { LOOK_ALIKES } from "./ignore-look-alikes";

/**
 * What `check` suppresses, `instrument` (and so `check --fix`) leaves alone: the call under an ignore comment
 * stays as written, the others are wrapped, and `check` then passes with no unused-ignore finding.
 */
const JS = [
  'import OpenAI from "openai";',
  "const client = new OpenAI();",
  "export async function kept() {",
  "  // sentry-ai-codemod-ignore-next-line missing-span -- measured by our own proxy",
  '  return client.chat.completions.create({ model: "gpt-4o", messages: [] });',
  "}",
  "export async function wrapped() {",
  '  return client.chat.completions.create({ model: "gpt-4o-mini", messages: [] });',
  "}",
  "// sentry-ai-codemod-disable missing-span",
  'export const alsoKept = () => client.embeddings.create({ model: "text-embedding-3-small", input: "x" });',
  "// sentry-ai-codemod-enable missing-span",
  "",
].join("\n");
const IGNORED_FILE = [
  "// sentry-ai-codemod-ignore-file",
  'import OpenAI from "openai";',
  "const client = new OpenAI();",
  'export const ask = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });',
  "",
].join("\n");
const PY = [
  "from openai import OpenAI",
  "",
  "client = OpenAI()",
  "",
  "",
  "def ask():",
  '    return client.chat.completions.create(model="gpt-4o", messages=[])  # sentry-ai-codemod-ignore-line missing-span',
  "",
].join("\n");

describe("instrument honours the ignore comments check honours", () => {
  it("leaves suppressed sites as written, wraps the rest, and check passes afterwards", () => {
    const project = tempProject({ "src/app.ts": JS, "src/legacy.ts": IGNORED_FILE, "src/app.py": PY });
    const before = run(["check", "src", "--format", "json"], project);
    expect(before.code).toBe(1);
    expect(
      (JSON.parse(before.stdout) as { findings: Array<{ line: number }> }).findings.map((finding) => finding.line),
    ).toEqual([8]);

    const instrumented = run(["instrument", "src", "--force", "--no-prettier"], project);
    expect(instrumented.code).toBe(0);
    expect(instrumented.stderr).toContain("left alone (ignore comment)");
    const app = fs.readFileSync(path.join(project, "src/app.ts"), "utf8");
    expect(app).toContain(
      '  // sentry-ai-codemod-ignore-next-line missing-span -- measured by our own proxy\n  return client.chat.completions.create({ model: "gpt-4o", messages: [] });',
    );
    expect(app).toContain(
      'export const alsoKept = () => client.embeddings.create({ model: "text-embedding-3-small", input: "x" });',
    );
    expect(app).toContain('name: "chat gpt-4o-mini"');
    expect(app.match(/startSpan\(/g)).toHaveLength(1);
    expect(fs.readFileSync(path.join(project, "src/legacy.ts"), "utf8")).toBe(IGNORED_FILE);
    expect(fs.readFileSync(path.join(project, "src/app.py"), "utf8")).toBe(PY);

    const after = run(["check", "src", "--format", "json"], project);
    expect(JSON.parse(after.stdout)).toMatchObject({ findings: [] });
    expect(after.code).toBe(0);
  });

  it("wraps a call that directive text in a string or template literal seems to cover, and leaves the one a real comment does", () => {
    const project = tempProject({ "src/app.ts": LOOK_ALIKES });
    const instrumented = run(["instrument", "src", "--force", "--no-prettier"], project);
    expect(instrumented.code).toBe(0);
    const app = fs.readFileSync(path.join(project, "src/app.ts"), "utf8");
    expect(app.match(/startSpan\(/g)).toHaveLength(1);
    expect(app).toContain(LOOK_ALIKES.split("\n")[7]);
    expect(app).toContain('export const help = "see // sentry-ai-codemod-ignore-file";');
    expect(run(["instrument", "src", "--force", "--no-prettier"], project).code).toBe(0);
    expect(fs.readFileSync(path.join(project, "src/app.ts"), "utf8")).toBe(app);

    const after = run(["check", "src", "--format", "json"], project);
    expect(JSON.parse(after.stdout)).toMatchObject({ findings: [] });
    expect(after.code).toBe(0);
  });
});
