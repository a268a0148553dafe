import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { BIN, run, tempProject } from "./helpers";

/** Enough call sites that the diff and the report overflow a pipe's buffer (64 KiB) long before they end. */
function manyCalls(count: number): string {
  const calls = Array.from(
    { length: count },
    (_, index) =>
      `export async function ask${index}() {\n  return openai.chat.completions.create({ model: "gpt-4o", messages: [] });\n}\n`,
  );
  return `import OpenAI from "openai";\n\nconst openai = new OpenAI();\n\n${calls.join("\n")}`;
}

/** `<command> | head -1` under bash, with the command's own exit status. */
function pipedToHead(args: string[], cwd: string): { status: number; firstLine: string; stderr: string } {
  const command = `node ${JSON.stringify(BIN)} ${args.join(" ")} | head -1; echo "status=\${PIPESTATUS[0]}" >&2`;
  const result = spawnSync("bash", ["-c", command], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", CI: "true" },
  });
  return {
    status: Number(/status=(\d+)/.exec(result.stderr)?.[1]),
    firstLine: result.stdout.trim(),
    stderr: result.stderr,
  };
}

describe("output to a closed pipe", () => {
  const project = tempProject({ "calls.ts": manyCalls(400) });

  it("instrument --dry-run | head -1 prints one line and exits 0, without an EPIPE error", () => {
    const result = pipedToHead(["instrument", "--dry-run", "--no-prettier"], project);
    expect(result.firstLine).toBe("--- a/calls.ts");
    expect(result.stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(result.status).toBe(0);
  });

  it("check | head -1 exits with the check's own code (1: findings), without an EPIPE error", () => {
    const result = pipedToHead(["check", "--format", "json"], project);
    expect(result.firstLine).toBe("{");
    expect(result.stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(result.status).toBe(1);
  });
});

describe("--output-file", () => {
  it("fails at once with exit 2 when the report cannot be written there", () => {
    const project = tempProject({ "notes.txt": "a file, not a folder" });
    const started = Date.now();
    const under = run(["check", ".", "--output-file", "/proc/sentry-ai-codemod/report.txt"], project);
    expect(under.code).toBe(2);
    expect(under.stderr).toContain(
      "cannot write the report to /proc/sentry-ai-codemod/report.txt: cannot create the folder /proc/sentry-ai-codemod",
    );
    // A folder that exists but takes no new files (a permission check alone passes there when run as root).
    const refused = run(["check", ".", "--output-file", "/proc/report.json", "--format", "json"], project);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("cannot write the report to /proc/report.json: not writable");
    expect(refused.stdout).toBe("");
    const notAFolder = run(["check", ".", "--output-file", "notes.txt/report.txt"], project);
    expect(notAFolder.code).toBe(2);
    expect(notAFolder.stderr).toContain("is not a folder");
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("creates missing folders for a writable target", () => {
    const project = tempProject({ "src/plain.ts": "export const one = 1;\n" });
    expect(run(["check", ".", "--output-file", "reports/ai/report.json", "--format", "json"], project).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(project, "reports/ai/report.json"), "utf8"))).toMatchObject({
      findings: [],
    });
  });
});
