import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { FIXTURE_ROOT } from "../fixture-cases";

/** The built CLI (`npm run build` first: these tests run what users run). */
export const BIN = path.join(__dirname, "..", "..", "bin", "sentry-ai-codemod.js");

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function run(
  args: string[],
  cwd: string,
  options: { input?: string; env?: Record<string, string> } = {},
): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    input: options.input,
    env: { ...process.env, NO_COLOR: "1", CI: "true", ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A throwaway project: a package.json depending on @sentry/node, plus the given files. */
export function tempProject(files: Record<string, string | Buffer>): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "sentry-ai-codemod-cli-"));
  fs.writeFileSync(
    path.join(directory, "package.json"),
    JSON.stringify({ name: "app", private: true, dependencies: { "@sentry/node": "^11.11.0" } }),
  );
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
    fs.writeFileSync(path.join(directory, name), content);
  }
  return directory;
}

/** `git init` and one commit of everything in `directory`; returns a git runner for it. */
export function commitAll(directory: string): (...args: string[]) => string {
  const git = (...args: string[]): string =>
    execFileSync("git", ["-c", "user.email=t@t", "-c", "user.name=t", "-c", "commit.gpgsign=false", ...args], {
      cwd: directory,
      encoding: "utf8",
    });
  git("init", "-q");
  git("add", ".");
  git("commit", "-qm", "init");
  return git;
}

export const fixture = (name: string): string => path.join(FIXTURE_ROOT, "ai-request", name);
export const chatInput = fs.readFileSync(fixture("openai-chat-completions-create.input.ts"), "utf8");
export const chatOutput = fs.readFileSync(fixture("openai-chat-completions-create.output.ts"), "utf8");

/** A project's own LLM client, taught to the tool by the config file. */
export const ACME_CONFIG = {
  customSdks: [
    {
      module: "@acme/llm",
      system: "acme",
      client: { export: "AcmeClient" },
      calls: [{ path: "chat.send", model: "model", messages: "history", text: "reply.text" }],
    },
  ],
};

export const acmeInput = `import { AcmeClient } from "@acme/llm";

const acme = new AcmeClient();

export async function ask(question: string) {
  const answer = await acme.chat.send({ model: "acme-1", history: [{ role: "user", content: question }] });
  return answer.reply.text;
}
`;
