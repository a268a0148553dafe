import * as fs from "node:fs";
import * as path from "node:path";
import { runCheck, type RunCheckOptions } from "../../../src/commands/check/run-check";
import { WORKER_THRESHOLD } from "../../../src/commands/check/worker-pool";
import { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from "../../../src/commands/exit-codes";
import { TempProject } from "./project-fixture";
import { sourceWorkerEntry } from "./worker-entry";

/** `rule file:line:column severity` for each finding: the shape most assertions need. */
function brief(
  findings: Array<{ ruleId: string; file: string; line: number; column: number; severity: string }>,
): string[] {
  return findings.map(
    (finding) => `${finding.ruleId} ${finding.file}:${finding.line}:${finding.column} ${finding.severity}`,
  );
}

const EXPECTED_DEFAULT = [
  "missing-span src/chat.ts:6:23 error",
  "unused-ignore src/plain.ts:1:27 warn",
  "malformed-span src/spans.ts:4:29 error",
  "malformed-span src/spans.ts:4:29 error",
  "malformed-span src/spans.ts:4:62 error",
];

describe("runCheck", () => {
  let project: TempProject;
  const check = (options: Partial<RunCheckOptions> = {}) => runCheck({ cwd: project.root, workers: 0, ...options });

  beforeEach(() => {
    project = new TempProject();
  });
  afterEach(() => project.remove());

  it("reports missing and malformed spans and unused ignores; ignore comments suppress; exit code 1", async () => {
    const result = await check();
    expect(brief(result.findings)).toEqual(EXPECTED_DEFAULT);
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(EXIT_FINDINGS);
    expect(result.filesChecked).toBe(5);
    // format.js mentions no SDK: read and prefiltered, never parsed.
    expect(result.filesParsed).toBe(4);
    expect(result.fixableFiles).toEqual([path.join(project.root, "src/chat.ts")]);
    expect(result.findings[0].lineText).toBe(
      '  const reply = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: question }] });',
    );
    expect(result.output).toContain("✖ 5 problems (4 errors, 1 warning)\n");
  });

  it("finds a call on a client imported from another project file (the prefilter follows relative imports)", async () => {
    project.write("src/lib/ai.ts", 'import OpenAI from "openai";\nexport const llm = new OpenAI();\n');
    project.write(
      "src/summary.ts",
      'import { llm } from "./lib/ai";\n\nexport const summarize = (text: string) =>\n  llm.responses.create({ model: "gpt-4.1", input: text });\n',
    );
    const result = await check({ paths: ["src/summary.ts"] });
    expect(brief(result.findings)).toEqual(["missing-span src/summary.ts:4:3 error"]);
  });

  it("exits 0 when only warnings remain", async () => {
    const result = await check({ severity: ["missing-span=warn", "malformed-span=off"] });
    expect(brief(result.findings)).toEqual([
      "missing-span src/chat.ts:6:23 warn",
      "unused-ignore src/plain.ts:1:27 warn",
    ]);
    expect(result.exitCode).toBe(EXIT_CLEAN);
  });

  it("counts an ignore comment for a rule that is off as used (ignores apply before severities)", async () => {
    const result = await check({ severity: ["missing-span=off"] });
    expect(brief(result.findings).filter((line) => line.includes("ignored.ts"))).toEqual([]);
    expect(brief(result.findings).filter((line) => line.startsWith("missing-span"))).toEqual([]);
  });

  it("reports the unused ignore when the ignored call is gone", async () => {
    project.write(
      "src/ignored.ts",
      project
        .read("src/ignored.ts")
        .replace('openai.embeddings.create({ model: "text-embedding-3-small", input: "hi" })', "null"),
    );
    const result = await check({ paths: ["src/ignored.ts"] });
    expect(result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.message}`)).toEqual([
      "src/ignored.ts:6 Unused ignore comment: no missing-span problem was reported on line 7. Remove it.",
    ]);
  });

  it("reads rules, exclude globs and engine settings from the config file; --severity wins over it", async () => {
    project.write(
      "sentry-ai-codemod.config.json",
      JSON.stringify({
        rules: { "unused-ignore": "off", "missing-span": "warn" },
        exclude: ["src/spans.ts"],
        conventions: "legacy",
      }),
    );
    const result = await check({ severity: ["missing-span=error"] });
    expect(brief(result.findings)).toEqual(["missing-span src/chat.ts:6:23 error"]);
    expect(result.findings[0].message).toBe(
      'LLM call `openai.chat.completions.create` is not inside a gen_ai.request span: run with --fix to wrap it in span "request gpt-4o".',
    );
    expect(result.filesChecked).toBe(4);
  });

  it("exits 2 with the key path for an invalid config, and for a bad --severity", async () => {
    project.write("sentry-ai-codemod.config.json", JSON.stringify({ rules: { "missing-span": "loud" } }));
    const result = await check({ format: "json" });
    expect(result.exitCode).toBe(EXIT_ERROR);
    expect(JSON.parse(result.output).errors).toEqual([
      {
        kind: "config-error",
        file: null,
        line: null,
        column: null,
        message: `${path.join(project.root, "sentry-ai-codemod.config.json")}: rules.missing-span: expected "off" | "warn" | "error", got "loud"`,
      },
    ]);
    fs.rmSync(path.join(project.root, "sentry-ai-codemod.config.json"));
    const flagged = await check({ severity: ["missing-span=loud"] });
    expect(flagged.exitCode).toBe(EXIT_ERROR);
    expect(flagged.output).toBe(
      'error  --severity: missing-span: expected "off" | "warn" | "error", got "loud"  config-error\n\n✖ 1 problem (1 error, 0 warnings)\n',
    );
  });

  it("exits 2 on a parse error, even with findings elsewhere", async () => {
    project.write("src/broken.ts", 'import OpenAI from "openai";\nconst x = (;\n');
    const result = await check();
    expect(result.exitCode).toBe(EXIT_ERROR);
    expect(result.errors).toEqual([
      { kind: "parse-error", file: "src/broken.ts", line: 2, column: 12, message: "Expression expected." },
    ]);
    expect(brief(result.findings)).toEqual(EXPECTED_DEFAULT);
  });

  it("exits 2 for a path that does not exist", async () => {
    const result = await check({ paths: ["nope"] });
    expect(result.exitCode).toBe(EXIT_ERROR);
    expect(result.errors).toEqual([{ kind: "read-error", message: "nope: no such file or directory" }]);
  });

  it("writes the report to --output-file and still returns it", async () => {
    const result = await check({ format: "sarif", outputFile: "reports/check.sarif" });
    const written = project.read("reports/check.sarif");
    expect(result.outputWritten).toBe(true);
    expect(written).toBe(result.output);
    const log = JSON.parse(written);
    expect(log.runs[0].results).toHaveLength(5);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: "src/chat.ts",
      uriBaseId: "%SRCROOT%",
    });
  });

  it("returns the report with the write error when --output-file cannot be written (exit 2)", async () => {
    project.write("reports", "a file where a folder is needed");
    const result = await check({ format: "json", outputFile: "reports/check.json" });
    expect(result.outputWritten).toBe(false);
    expect(result.exitCode).toBe(EXIT_ERROR);
    expect(JSON.parse(result.output).errors).toEqual([
      expect.objectContaining({
        kind: "internal-error",
        message: expect.stringMatching(/^cannot write reports\/check.json: /),
      }),
    ]);
    expect(JSON.parse(result.output).findings).toHaveLength(5);
  });

  it("does not call a file's ignore comments unused when the file does not parse", async () => {
    project.write(
      "src/broken.ts",
      'import OpenAI from "openai";\n// sentry-ai-codemod-ignore-next-line\nconst x = (;\n',
    );
    const result = await check({ paths: ["src/broken.ts"] });
    expect(result.findings).toEqual([]);
    expect(result.errors.map((error) => error.kind)).toEqual(["parse-error"]);
  });

  it("checks the files lint-staged passes (explicit paths), relative to the repository root", async () => {
    project.initGit();
    const result = await runCheck({
      cwd: path.join(project.root, "src"),
      paths: [path.join(project.root, "src/chat.ts"), "spans.ts"],
      workers: 0,
    });
    expect(result.root).toBe(project.root);
    expect(brief(result.findings)).toEqual(
      EXPECTED_DEFAULT.filter((line) => line.includes("chat.ts") || line.includes("spans.ts")),
    );
  });

  it("--staged checks the staged content, not the working tree", async () => {
    project.initGit();
    project.git("add", "-A");
    project.git("commit", "-q", "-m", "base");
    // Staged: a new LLM call. Working tree: that call removed again (not staged).
    const staged = project
      .read("src/chat.ts")
      .replace("return reply", 'await openai.embeddings.create({ model: "e5", input: "x" });\n  return reply');
    project.write("src/chat.ts", staged);
    project.git("add", "src/chat.ts");
    project.write("src/chat.ts", PROJECT_FILES_CHAT_WITHOUT_CALLS);
    const result = await check({ staged: true });
    expect(brief(result.findings)).toEqual([
      "missing-span src/chat.ts:6:23 error",
      "missing-span src/chat.ts:7:9 error",
    ]);
    expect(result.filesChecked).toBe(1);
    const unstagedOnly = await check({ paths: ["src/chat.ts"] });
    expect(unstagedOnly.findings).toEqual([]);
  });

  it("--staged reads the files a staged file imports from the index, on worker threads as on this one", async () => {
    project.write("src/lib/ai.ts", 'import OpenAI from "openai";\nexport const llm = new OpenAI();\n');
    project.initGit();
    project.git("add", "-A");
    project.git("commit", "-q", "-m", "base");
    const count = WORKER_THRESHOLD + 2;
    for (let index = 0; index < count; index++) {
      project.write(
        `src/summary-${index}.ts`,
        'import { llm } from "./lib/ai";\n\nexport const summarize = (text: string) =>\n  llm.responses.create({ model: "gpt-4.1", input: text });\n',
      );
    }
    project.git("add", "src");
    // Unstaged: the client module no longer makes an SDK client.
    project.write(
      "src/lib/ai.ts",
      "export const llm = { responses: { create: async (request: unknown) => request } };\n",
    );
    const expected = Array.from(
      { length: count },
      (_, index) => `missing-span src/summary-${index}.ts:4:3 error`,
    ).sort();
    const here = await check({ staged: true });
    expect(brief(here.findings).sort()).toEqual(expected);
    const onWorkers = await check({ staged: true, workers: 2, workerEntry: sourceWorkerEntry() });
    expect(onWorkers.workerThreads).toBe(2);
    expect(brief(onWorkers.findings).sort()).toEqual(expected);
    // The working tree's own check follows the edit.
    expect((await check({ paths: ["src/summary-0.ts"] })).findings).toEqual([]);
  });

  it("--changed checks files changed since the merge base with the default branch", async () => {
    project.initGit();
    project.git("add", "-A");
    project.git("commit", "-q", "-m", "base");
    project.git("checkout", "-q", "-b", "feature");
    project.write("src/new-agent.ts", project.read("src/chat.ts"));
    project.git("add", "-A");
    project.git("commit", "-q", "-m", "add agent");
    const result = await check({ changed: true });
    expect(brief(result.findings)).toEqual(["missing-span src/new-agent.ts:6:23 error"]);
    const explicit = await check({ changed: "HEAD" });
    expect(explicit.filesChecked).toBe(0);
    expect(explicit.exitCode).toBe(EXIT_CLEAN);
  });

  it("gives a git error (exit 2) for --staged outside a repository", async () => {
    const result = await check({ staged: true });
    expect(result.exitCode).toBe(EXIT_ERROR);
    expect(result.errors[0].kind).toBe("git-error");
  });

  it("finds the same problems on worker threads as in one thread, starting them only when enough files need parsing", async () => {
    const small = await check({ workers: 2, workerEntry: sourceWorkerEntry() });
    expect(small.workerThreads).toBe(0);
    for (let index = 0; index < WORKER_THRESHOLD; index++)
      project.write(`src/generated/chat-${index}.ts`, project.read("src/chat.ts"));
    const inThread = await check({ format: "json" });
    const onWorkers = await check({ format: "json", workers: 2, workerEntry: sourceWorkerEntry() });
    expect(inThread.workerThreads).toBe(0);
    expect(onWorkers.workerThreads).toBe(2);
    expect(onWorkers.findings).toHaveLength(5 + WORKER_THRESHOLD);
    expect(onWorkers.findings).toEqual(inThread.findings);
    expect(onWorkers.output).toBe(inThread.output);
    expect(onWorkers.filesParsed).toBe(4 + WORKER_THRESHOLD);
  });

  it("reports a worker that fails as a run error (exit 2)", async () => {
    for (let index = 0; index < WORKER_THRESHOLD; index++)
      project.write(`src/generated/chat-${index}.ts`, project.read("src/chat.ts"));
    const result = await check({ workers: 1, workerEntry: { code: 'throw new Error("worker could not start")' } });
    expect(result.exitCode).toBe(EXIT_ERROR);
    expect(result.errors).toEqual([
      expect.objectContaining({ kind: "internal-error", message: expect.stringContaining("worker could not start") }),
    ]);
  });
});

const PROJECT_FILES_CHAT_WITHOUT_CALLS = "export async function ask(question: string) {\n  return question;\n}\n";
