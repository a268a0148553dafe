import * as fs from "node:fs";
import * as path from "node:path";
import picomatch from "picomatch";
import { DEFAULT_EXTENSIONS } from "../../src/engine/engine";

// js-yaml comes with jest's own dependencies; the docs' YAML must parse as real YAML, not just look like it.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- js-yaml has no type declarations here
const yaml = require("js-yaml") as { load(text: string): unknown };

const ROOT = path.resolve(__dirname, "../..");
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), "utf8");

/** The fenced code blocks of a markdown file, with their language tag. */
function codeBlocks(markdown: string): Array<{ language: string; code: string }> {
  return [...markdown.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((match) => ({ language: match[1], code: match[2] }));
}

/** Flags `check` understands (RunCheckOptions); docs must not show others. */
const CHECK_FLAGS = new Set(["--staged", "--changed", "--format", "--output-file", "--severity", "--config", "--fix"]);

function checkCommands(text: string): string[][] {
  return [...text.matchAll(/sentry-ai-codemod check([^\n"`]*)/g)].map((match) =>
    match[1].trim().split(/\s+/).filter(Boolean),
  );
}

describe(".pre-commit-hooks.yaml", () => {
  const hooks = yaml.load(read(".pre-commit-hooks.yaml")) as Array<Record<string, unknown>>;
  const manifest = JSON.parse(read("package.json")) as { bin: Record<string, string> };

  it("declares one node hook whose entry is the package's bin running check", () => {
    expect(hooks).toHaveLength(1);
    const [hook] = hooks;
    expect(hook.id).toBe("sentry-ai-codemod");
    expect(hook.language).toBe("node");
    expect(hook.entry).toBe("sentry-ai-codemod check");
    expect(Object.keys(manifest.bin)).toContain(String(hook.entry).split(" ")[0]);
    expect(hook.types_or).toEqual(["javascript", "ts", "tsx", "jsx", "python"]);
    expect(hook.pass_filenames).toBeUndefined(); // pre-commit's default (true): the staged files are passed
  });
});

describe("docs/integrations.md", () => {
  const markdown = read("docs/integrations.md");
  const blocks = codeBlocks(markdown);
  const yamlBlocks = blocks.filter((block) => block.language === "yaml").map((block) => yaml.load(block.code));

  it("has YAML blocks that parse: pre-commit config (remote and local), the SARIF workflow, the annotations steps, GitLab CI", () => {
    expect(yamlBlocks).toHaveLength(5);
  });

  it("uses the hook id the repository declares in the pre-commit config", () => {
    const config = yamlBlocks[0] as { repos: Array<{ hooks: Array<{ id: string }> }> };
    const declared = (yaml.load(read(".pre-commit-hooks.yaml")) as Array<{ id: string }>).map((hook) => hook.id);
    expect(config.repos[0].hooks.map((hook) => hook.id)).toEqual(declared);
  });

  it("gives the local pre-commit hook the same command and file types as the published hook", () => {
    const local = (yamlBlocks[1] as { repos: Array<{ repo: string; hooks: Array<Record<string, unknown>> }> }).repos[0];
    const [published] = yaml.load(read(".pre-commit-hooks.yaml")) as Array<Record<string, unknown>>;
    expect(local.repo).toBe("local");
    expect(local.hooks[0].entry).toBe(`npx --no-install ${String(published.entry)}`);
    expect(local.hooks[0].types_or).toEqual(published.types_or);
    expect(local.hooks[0].id).toBe(published.id);
  });

  it("uploads the SARIF file the check step writes, with the permission code scanning needs", () => {
    const workflow = yamlBlocks[2] as {
      permissions: Record<string, string>;
      jobs: Record<
        string,
        { steps: Array<{ run?: string; uses?: string; if?: string; with?: Record<string, string> }> }
      >;
    };
    expect(workflow.permissions["security-events"]).toBe("write");
    const steps = Object.values(workflow.jobs)[0].steps;
    const checkStep = steps.find((step) => step.run?.includes("sentry-ai-codemod check"));
    const upload = steps.find((step) => step.uses?.startsWith("github/codeql-action/upload-sarif@"));
    const outputFile = /--output-file (\S+)/.exec(checkStep?.run ?? "")?.[1];
    expect(checkStep?.run).toContain("--format sarif");
    expect(upload?.with?.sarif_file).toBe(outputFile);
    // The upload must run after check fails the step with exit code 1.
    expect(upload?.if).toBe("${{ !cancelled() }}");
  });

  it("gives lint-staged a glob that matches every extension the engine reads", () => {
    const lintStaged = (
      JSON.parse(blocks.find((block) => block.language === "json")!.code) as { "lint-staged": Record<string, string> }
    )["lint-staged"];
    const [[glob, command]] = Object.entries(lintStaged);
    expect(command).toBe("sentry-ai-codemod check");
    const matches = picomatch(glob, { matchBase: true });
    expect(DEFAULT_EXTENSIONS.filter((extension) => !matches(`src/file${extension}`))).toEqual([]);
    expect(matches("src/readme.md")).toBe(false);
  });

  it("warns about GitHub's annotation limits and points large repositories at SARIF", () => {
    expect(markdown).toContain("at most 10 error and 10 warning annotations per step, and 50\nper job");
    expect(markdown).toContain("large\nrepositories should upload SARIF instead");
  });
});

describe("docs only show check flags that exist", () => {
  it.each(["docs/integrations.md", "docs/rules.md", "docs/json-schema.md"])("%s", (file) => {
    const unknown = checkCommands(read(file))
      .flat()
      .filter((word) => word.startsWith("--") && !CHECK_FLAGS.has(word));
    expect(unknown).toEqual([]);
  });
});
