import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { writeFileAtomic } from "../../src/commands/write";
import { FIXTURE_ROOT } from "../fixture-cases";
import { chatInput, chatOutput, fixture, run, tempProject } from "./helpers";

/** An AI SDK generateText with tools and a step limit: a chat span by default, an agent span with the setting. */
const loopInput = fs.readFileSync(path.join(FIXTURE_ROOT, "invoke-agent", "ai-generate-text-loop.input.ts"), "utf8");

describe("sentry-ai-codemod instrument", () => {
  it("--dry-run prints a unified diff and a summary, and writes nothing", () => {
    const project = tempProject({ "src/chat.ts": chatInput });
    const result = run(["instrument", "src", "--dry-run"], project);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("--- a/src/chat.ts");
    expect(result.stdout).toContain("+++ b/src/chat.ts");
    expect(result.stdout).toContain("+  const completion = await Sentry.startSpan(");
    expect(result.stdout).toContain("-  const completion = await openai.chat.completions.create({");
    expect(result.stderr).toContain("1 file scanned, 1 would change.");
    expect(result.stderr).toMatch(/openai chat\s+1 to wrap/);
    expect(result.stderr).toContain("Dry run: nothing was written.");
    expect(fs.readFileSync(path.join(project, "src/chat.ts"), "utf8")).toBe(chatInput);
  });

  it("writes the instrumented file, keeps its mode, and a second run changes nothing", () => {
    const project = tempProject({ "src/chat.ts": chatInput });
    const file = path.join(project, "src/chat.ts");
    fs.chmodSync(file, 0o640);
    expect(run(["instrument", "src"], project).code).toBe(0);
    expect(fs.readFileSync(file, "utf8")).toBe(chatOutput);
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(path.dirname(file))).toEqual(["chat.ts"]);
    const second = run(["instrument", "src", "--json"], project);
    expect(JSON.parse(second.stdout)).toMatchObject({
      filesScanned: 1,
      filesChanged: 0,
      sites: { "openai chat": { instrumented: 1 } },
    });
    expect(fs.readFileSync(file, "utf8")).toBe(chatOutput);
  });

  it("keeps CRLF line endings and a UTF-8 BOM byte for byte", () => {
    const project = tempProject({
      "crlf.ts": fs.readFileSync(fixture("format-crlf.input.ts")),
      "bom.ts": fs.readFileSync(fixture("format-bom.input.ts")),
    });
    expect(run(["instrument", "."], project).code).toBe(0);
    expect(fs.readFileSync(path.join(project, "crlf.ts"))).toEqual(fs.readFileSync(fixture("format-crlf.output.ts")));
    expect(fs.readFileSync(path.join(project, "bom.ts"))).toEqual(fs.readFileSync(fixture("format-bom.output.ts")));
  });

  it("reports a file that does not parse with file:line:col, leaves it untouched, goes on, and exits 2", () => {
    const broken =
      'import OpenAI from "openai";\nconst openai = new OpenAI();\nexport const x = openai.chat.completions.create({ model: "gpt-4o", messages: [] ;\n';
    const project = tempProject({ "a-broken.ts": broken, "b-chat.ts": chatInput });
    const result = run(["instrument", "."], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("a-broken.ts:3:");
    expect(result.stderr).toMatch(/1 error \(this file was left unchanged\):\n {2}a-broken\.ts:3:\d+: .+/);
    expect(fs.readFileSync(path.join(project, "a-broken.ts"), "utf8")).toBe(broken);
    expect(fs.readFileSync(path.join(project, "b-chat.ts"), "utf8")).toBe(chatOutput);
  });

  it("refuses to write over unstaged git changes unless --force, and never prompts", () => {
    const project = tempProject({ "chat.ts": chatInput });
    const git = (...args: string[]): string => execFileSync("git", args, { cwd: project, encoding: "utf8" });
    git("init", "-q");
    git("-c", "user.email=t@t", "-c", "user.name=t", "add", ".");
    git("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "init");
    const edited = `${chatInput}// local edit\n`;
    fs.writeFileSync(path.join(project, "chat.ts"), edited);

    const refused = run(["instrument", "."], project);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      "refusing to write: 1 file has changes git does not hold yet (unstaged or untracked):",
    );
    expect(refused.stderr).toContain("  chat.ts");
    expect(fs.readFileSync(path.join(project, "chat.ts"), "utf8")).toBe(edited);

    expect(run(["instrument", ".", "--dry-run"], project).code).toBe(0);
    expect(run(["instrument", ".", "--force"], project).code).toBe(0);
    expect(fs.readFileSync(path.join(project, "chat.ts"), "utf8")).toContain("Sentry.startSpan(");
  });

  it("honours .gitignore, --ignore and --extensions", () => {
    const project = tempProject({
      ".gitignore": "generated/\n",
      "generated/chat.ts": chatInput,
      "src/chat.test.ts": chatInput,
      "src/chat.ts": chatInput,
      "src/chat.js": chatInput.replace(/: string|: Promise<string>/g, ""),
    });
    const result = run(["instrument", ".", "--ignore", "**/*.test.ts", "--extensions", "ts", "--json"], project);
    expect(JSON.parse(result.stdout)).toMatchObject({ filesScanned: 1, filesChanged: 1 });
  });

  it("uses the project's Sentry package, or --sentry-package", () => {
    const project = tempProject({ "chat.ts": chatInput });
    fs.writeFileSync(
      path.join(project, "package.json"),
      JSON.stringify({ dependencies: { "@sentry/nextjs": "^10.0.0" } }),
    );
    expect(run(["instrument", ".", "--dry-run"], project).stdout).toContain(
      '+import * as Sentry from "@sentry/nextjs";',
    );
    expect(run(["instrument", ".", "--dry-run", "--sentry-package", "@sentry/bun"], project).stdout).toContain(
      '+import * as Sentry from "@sentry/bun";',
    );
  });

  it("names the sites Sentry's own integrations already instrument, and skips them on request", () => {
    const project = tempProject({ "chat.ts": chatInput });
    const warned = run(["instrument", ".", "--dry-run"], project);
    expect(warned.stderr).toContain("Already instrumented by Sentry's own integrations");
    expect(warned.stderr).toMatch(/chat\.ts:\d+:\d+ {2}openai\.chat\.completions\.create {2}openAIIntegration/);
    const skipped = run(["instrument", ".", "--skip-auto-instrumented", "--json"], project);
    expect(JSON.parse(skipped.stdout)).toMatchObject({ filesChanged: 0, sites: { "openai chat": { skipped: 1 } } });
  });

  it("--ai-sdk-loops-as-agents (or the config key) wraps a generateText tool loop in an invoke_agent span", () => {
    const project = tempProject({ "loop.ts": loopInput });
    const plain = run(["instrument", ".", "--dry-run", "--no-prettier"], project).stdout;
    expect(plain).toContain('+      op: "gen_ai.chat",');
    expect(plain).not.toContain("gen_ai.invoke_agent");
    const flagged = run(["instrument", ".", "--dry-run", "--no-prettier", "--ai-sdk-loops-as-agents"], project).stdout;
    expect(flagged).toContain('+      name: "invoke_agent weatherReport",');
    expect(flagged).toContain('+      name: "invoke_agent trip-planner",');
    expect(flagged).not.toContain("gen_ai.chat");

    fs.writeFileSync(path.join(project, "sentry-ai-codemod.config.json"), JSON.stringify({ aiSdkLoopsAsAgents: true }));
    expect(run(["instrument", ".", "--no-prettier"], project).code).toBe(0);
    expect(fs.readFileSync(path.join(project, "loop.ts"), "utf8")).toBe(
      fs.readFileSync(path.join(FIXTURE_ROOT, "invoke-agent", "ai-generate-text-loop.output.ts"), "utf8"),
    );
  });

  it("formats changed files with the project's prettier config, unless --no-prettier", () => {
    const project = tempProject({
      ".prettierrc": JSON.stringify({ singleQuote: true, printWidth: 100 }),
      "chat.ts": chatInput,
    });
    expect(run(["instrument", "."], project).code).toBe(0);
    const formatted = fs.readFileSync(path.join(project, "chat.ts"), "utf8");
    expect(formatted).toContain("import * as Sentry from '@sentry/node';");
    expect(formatted).toContain("op: 'gen_ai.chat',");
    expect(formatted).not.toContain('"gen_ai.chat"');

    const raw = tempProject({ ".prettierrc": JSON.stringify({ singleQuote: true }), "chat.ts": chatInput });
    expect(run(["instrument", ".", "--no-prettier"], raw).code).toBe(0);
    expect(fs.readFileSync(path.join(raw, "chat.ts"), "utf8")).toBe(chatOutput);
  });

  it("exits 2 with a clear message for a bad flag or a missing path", () => {
    const project = tempProject({});
    const badFlag = run(["instrument", "--conventions", "newest"], project);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain(
      "error: option '--conventions <name>' argument 'newest' is invalid. Allowed choices are default, legacy.",
    );
    const missing = run(["instrument", "does-not-exist"], project);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("sentry-ai-codemod: does-not-exist: no such file or directory");
  });

  it("--help documents every flag with examples", () => {
    const help = run(["instrument", "--help"], os.tmpdir()).stdout;
    for (const flag of [
      "--dry-run",
      "--conventions",
      "--sentry-package",
      "--no-record-inputs",
      "--no-record-outputs",
      "--skip-auto-instrumented",
      "--ai-sdk-loops-as-agents",
      "--extensions",
      "--ignore",
      "--force",
      "--no-prettier",
      "--json",
      "--no-color",
    ]) {
      expect(help).toContain(flag);
    }
    expect(help).toContain("Examples:");
  });
});

describe("writeFileAtomic", () => {
  it("replaces the content in one rename and keeps the file mode", () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "sentry-ai-codemod-atomic-"));
    const file = path.join(directory, "a.ts");
    fs.writeFileSync(file, "old");
    fs.chmodSync(file, 0o600);
    writeFileAtomic(file, "new");
    expect(fs.readFileSync(file, "utf8")).toBe("new");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(directory)).toEqual(["a.ts"]);
  });

  it("leaves the target as it was and no temporary file behind when the rename fails", () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "sentry-ai-codemod-atomic-"));
    // A non-empty directory at the target path: renaming a file over it fails.
    const target = path.join(directory, "target.ts");
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, "keep"), "kept");
    expect(() => writeFileAtomic(target, "new")).toThrow();
    expect(fs.readFileSync(path.join(target, "keep"), "utf8")).toBe("kept");
    expect(fs.readdirSync(directory)).toEqual(["target.ts"]);
  });
});

describe("sentry-ai-codemod check", () => {
  it("exits 1 with a missing-span finding, 0 after --fix, and 2 for a bad --severity", () => {
    const project = tempProject({ "src/chat.ts": chatInput });
    const found = run(["check", "src", "--format", "json"], project);
    expect(found.code).toBe(1);
    const report = JSON.parse(found.stdout) as {
      findings: Array<{ ruleId: string; file: string; line: number; fixable: boolean }>;
    };
    expect(report.findings).toEqual([
      expect.objectContaining({ ruleId: "missing-span", file: "src/chat.ts", line: 7, column: 28, fixable: true }),
    ]);

    const fixed = run(["check", "src", "--fix"], project);
    expect(fixed.code).toBe(0);
    expect(fs.readFileSync(path.join(project, "src/chat.ts"), "utf8")).toBe(chatOutput);
    expect(run(["check", "src"], project).code).toBe(0);

    const bad = run(["check", "src", "--severity", "missing-span=loud"], project);
    expect(bad.code).toBe(2);
    expect(bad.stdout + bad.stderr).toContain("missing-span");
  });

  it("--fix writes spans with the config file's conventions, the ones the check judged by", () => {
    const project = tempProject({
      "src/chat.ts": chatInput,
      "sentry-ai-codemod.config.json": JSON.stringify({ conventions: "legacy" }),
    });
    expect(run(["check", "src", "--fix"], project).code).toBe(0);
    const fixed = fs.readFileSync(path.join(project, "src/chat.ts"), "utf8");
    expect(fixed).toContain('op: "gen_ai.request"');
    expect(fixed).not.toContain('op: "gen_ai.chat"');
    expect(run(["check", "src"], project).code).toBe(0);
  });

  it("--ai-sdk-loops-as-agents: the missing span is an invoke_agent span, and --fix writes it", () => {
    const project = tempProject({ "src/loop.ts": loopInput });
    const found = run(["check", "src", "--format", "json", "--ai-sdk-loops-as-agents"], project);
    expect(found.code).toBe(1);
    const messages = (JSON.parse(found.stdout) as { findings: Array<{ message: string }> }).findings.map(
      (finding) => finding.message,
    );
    expect(messages).toContain(
      'Agent run `generateText` is not inside a gen_ai.invoke_agent span: run with --fix to wrap it in span "invoke_agent weatherReport". ' +
        "(Sentry's vercelAIIntegration also records it when enabled; --skip-auto-instrumented leaves such calls to it.)",
    );
    expect(messages.join("\n")).not.toContain("gen_ai.chat");

    expect(run(["check", "src", "--fix", "--ai-sdk-loops-as-agents"], project).code).toBe(0);
    expect(fs.readFileSync(path.join(project, "src/loop.ts"), "utf8")).toContain('op: "gen_ai.invoke_agent"');
    expect(run(["check", "src", "--ai-sdk-loops-as-agents"], project).code).toBe(0);
    expect(run(["check", "--help"], project).stdout).toContain("--ai-sdk-loops-as-agents");
  });

  it("turns a rule off with --severity and honours an ignore comment", () => {
    const ignored = chatInput.replace(
      "  const completion = await openai",
      "  // sentry-ai-codemod-ignore-next-line missing-span -- measured by a proxy\n  const completion = await openai",
    );
    const project = tempProject({ "a.ts": chatInput, "b.ts": ignored });
    expect(run(["check", "a.ts", "--severity", "missing-span=off"], project).code).toBe(0);
    const result = run(["check", "b.ts", "--format", "json"], project);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).findings).toEqual([]);
  });
});
