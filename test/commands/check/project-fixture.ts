import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** A small project on disk: one LLM call without a span, a malformed hand-written span, an ignored call, noise. */
export const PROJECT_FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "demo", dependencies: { openai: "^6.0.0", "@sentry/node": "8.0.0" } }),
  "src/chat.ts": [
    'import OpenAI from "openai";',
    "",
    "const openai = new OpenAI();",
    "",
    "export async function ask(question: string) {",
    '  const reply = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: question }] });',
    "  return reply.choices[0].message.content;",
    "}",
    "",
  ].join("\n"),
  "src/spans.ts": [
    'import * as Sentry from "@sentry/node";',
    "",
    "export function run(work: () => Promise<string>) {",
    '  return Sentry.startSpan({ op: "gen_ai.invoke_agent", name: "agent run" }, () => work());',
    "}",
    "",
  ].join("\n"),
  "src/ignored.ts": [
    'import OpenAI from "openai";',
    "",
    "const openai = new OpenAI();",
    "",
    "export async function quiet() {",
    "  // sentry-ai-codemod-ignore-next-line missing-span -- traced by the gateway",
    '  return openai.embeddings.create({ model: "text-embedding-3-small", input: "hi" });',
    "}",
    "",
  ].join("\n"),
  "src/plain.ts": "export const answer = 42; // sentry-ai-codemod-ignore-next-line\n",
  "src/util/format.js": "module.exports = (value) => String(value);\n",
};

export class TempProject {
  readonly root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "sac-check-")));

  constructor(files: Record<string, string> = PROJECT_FILES) {
    for (const [file, text] of Object.entries(files)) this.write(file, text);
  }

  write(file: string, text: string): void {
    const absolute = path.join(this.root, file);
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    fs.writeFileSync(absolute, text);
  }

  read(file: string): string {
    return fs.readFileSync(path.join(this.root, file), "utf8");
  }

  git(...args: string[]): string {
    return execFileSync("git", args, {
      cwd: this.root,
      encoding: "utf8",
      env: { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" },
    });
  }

  initGit(): this {
    this.git("init", "-q", "-b", "main");
    this.git("config", "user.email", "test@example.com");
    this.git("config", "user.name", "Test");
    this.git("config", "commit.gpgsign", "false");
    return this;
  }

  remove(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}
