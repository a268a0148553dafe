import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempProject } from "./helpers";

/** `check --cache`: files clean in an earlier run with the same content and options are not checked again. */
const CALL =
  'import OpenAI from "openai";\nconst client = new OpenAI();\nexport const ask = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });\n';
const SPANNED = `import * as Sentry from "@sentry/node";
export const traced = () => Sentry.startSpan({ op: "gen_ai.chat", name: "chat" }, () => 1);
`;

interface Summary {
  filesChecked: number;
  filesCached?: number;
  errorCount: number;
  warningCount: number;
}

function check(project: string, ...args: string[]): Summary & { code: number | null } {
  const result = run(["check", "src", "--cache", "-f", "json", ...args], project);
  return { ...(JSON.parse(result.stdout) as { summary: Summary }).summary, code: result.code };
}

describe("check --cache", () => {
  it("skips the clean files the second time, never the ones with findings; a changed file is checked again", () => {
    const project = tempProject({
      "src/app.ts": CALL,
      "src/clean.ts": "export const x = 1;\n",
      "src/more.ts": "export {};\n",
    });
    expect(check(project)).toMatchObject({ filesChecked: 3, filesCached: 0, errorCount: 1, code: 1 });
    expect(fs.existsSync(path.join(project, ".sentry-ai-codemod-cache", "check.json"))).toBe(true);
    // Two clean files come from the cache; the file with a finding is checked again and still reported.
    expect(check(project)).toMatchObject({ filesChecked: 3, filesCached: 2, errorCount: 1, code: 1 });
    // A clean file that gains a finding is checked again, and reported.
    fs.writeFileSync(path.join(project, "src/clean.ts"), CALL);
    expect(check(project)).toMatchObject({ filesCached: 1, errorCount: 2 });
    // Without --cache every file is checked, and no count is printed.
    const uncached = JSON.parse(run(["check", "src", "-f", "json"], project).stdout) as { summary: Summary };
    expect(uncached.summary.filesCached).toBeUndefined();
  });

  it("a changed option, config file or imported project file checks again", () => {
    const project = tempProject({
      "src/spanned.ts": SPANNED,
      "src/lib/ai.ts": "export const client = { chat: { completions: { create: () => 1 } } };\n",
      "src/ask.ts":
        'import { client } from "./lib/ai";\nexport const ask = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });\n',
    });
    // The hand-written span breaks the conventions (two warnings here): never cached. The other two files are clean.
    const asWarning = ["--severity", "malformed-span=warn"];
    expect(check(project, ...asWarning)).toMatchObject({ filesCached: 0, errorCount: 0, warningCount: 2 });
    expect(check(project, ...asWarning)).toMatchObject({ filesCached: 2, errorCount: 0, warningCount: 2 });
    // Another rule level: nothing comes from the cache, and the findings are errors again.
    expect(check(project)).toMatchObject({ filesCached: 0, errorCount: 2, warningCount: 0 });
    expect(check(project)).toMatchObject({ filesCached: 2, errorCount: 2 });
    // The config file changes: checked again.
    fs.writeFileSync(path.join(project, "sentry-ai-codemod.config.json"), JSON.stringify({ recordInputs: "never" }));
    expect(check(project)).toMatchObject({ filesCached: 0, errorCount: 2 });
    expect(check(project)).toMatchObject({ filesCached: 2, errorCount: 2 });
    // An install (the lockfile changes) checks again: the packages' types are part of what the analysis reads.
    fs.writeFileSync(path.join(project, "package-lock.json"), '{ "lockfileVersion": 3 }\n');
    expect(check(project)).toMatchObject({ filesCached: 0, errorCount: 2 });
    expect(check(project)).toMatchObject({ filesCached: 2, errorCount: 2 });
    // ask.ts did not change, but the module it imports now makes an OpenAI client: it is checked again, and reported.
    fs.writeFileSync(
      path.join(project, "src/lib/ai.ts"),
      'import OpenAI from "openai";\nexport const client = new OpenAI();\n',
    );
    const after = run(["check", "src", "--cache", "-f", "json"], project);
    const report = JSON.parse(after.stdout) as { summary: Summary; findings: Array<{ file: string; ruleId: string }> };
    expect(report.summary.filesCached).toBe(0);
    expect(report.findings).toContainEqual(expect.objectContaining({ file: "src/ask.ts", ruleId: "missing-span" }));
  });

  it("a corrupt or deleted cache is ignored and rebuilt; --cache-location puts it elsewhere", () => {
    const project = tempProject({ "src/clean.ts": "export const x = 1;\n" });
    const location = path.join(project, ".sentry-ai-codemod-cache", "check.json");
    expect(check(project)).toMatchObject({ filesCached: 0, code: 0 });
    fs.writeFileSync(location, '{"format":1,"clean":{"oops');
    expect(check(project)).toMatchObject({ filesCached: 0, code: 0 });
    expect(check(project)).toMatchObject({ filesCached: 1, code: 0 });
    fs.rmSync(path.join(project, ".sentry-ai-codemod-cache"), { recursive: true });
    expect(check(project)).toMatchObject({ filesCached: 0, code: 0 });
    expect(check(project)).toMatchObject({ filesCached: 1, code: 0 });

    expect(check(project, "--cache-location", "tmp/lint-cache.json")).toMatchObject({ filesCached: 0 });
    expect(check(project, "--cache-location", "tmp/lint-cache.json")).toMatchObject({ filesCached: 1 });
    // The write is atomic: no temporary file is left beside the cache.
    expect(fs.readdirSync(path.join(project, "tmp"))).toEqual(["lint-cache.json"]);
    // A deleted file's entry goes with it.
    const entries = (): string[] =>
      Object.keys((JSON.parse(fs.readFileSync(location, "utf8")) as { clean: object }).clean);
    fs.writeFileSync(path.join(project, "src/other.ts"), "export {};\n");
    check(project);
    expect(entries()).toHaveLength(2);
    fs.rmSync(path.join(project, "src/other.ts"));
    check(project);
    expect(entries().map((file) => path.basename(file))).toEqual(["clean.ts"]);
    // A cache that cannot be written costs only time: the run still reports as usual.
    expect(check(project, "--cache-location", "src/clean.ts/cache.json")).toMatchObject({ filesCached: 0, code: 0 });
  });

  it("check --help lists --cache and --cache-location with the default location", () => {
    const help = run(["check", "--help"], tempProject({})).stdout;
    expect(help).toContain("--cache ");
    expect(help).toContain("--cache-location <path>");
    expect(help).toContain(".sentry-ai-codemod-cache/check.json");
    expect(help).toContain("$ sentry-ai-codemod check --cache");
  });
});
