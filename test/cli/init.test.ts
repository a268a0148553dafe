import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadConfig } from "../../src/config/load";
import { defaultRuleLevels } from "../../src/config/rule-levels";
import { defaultConfig } from "../../src/config/types";
import { RULES } from "../../src/rules";
import { run } from "./helpers";

// js-yaml comes with jest's own dependencies: the written pre-commit config must parse as real YAML.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- js-yaml has no type declarations here
const yaml = require("js-yaml") as { load(text: string): unknown };

/** `init`: a starting config the loader reads, and the commit hook for the folder's setup. */
function folder(files: Record<string, string>): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "sentry-ai-codemod-init-"));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
    fs.writeFileSync(path.join(directory, name), content);
  }
  return directory;
}
const read = (directory: string, file: string): string => fs.readFileSync(path.join(directory, file), "utf8");
const CALL =
  'import OpenAI from "openai";\nconst client = new OpenAI();\nexport const ask = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });\n';

describe("init", () => {
  it("writes a commented config the loader reads back as the defaults, which check then uses", () => {
    const directory = folder({ "src/app.ts": CALL });
    const result = run(["init"], directory);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Wrote sentry-ai-codemod.config.json");
    const text = read(directory, "sentry-ai-codemod.config.json");
    expect(loadConfig(directory).config).toEqual(defaultConfig(directory));
    // Every key (and every rule) sits under a one-line comment saying what it does and its default.
    const lines = text.split("\n");
    const keyLines = lines.flatMap((line, index) => (/^\s*(\/\/ )?"[\w$-]+":/.test(line) ? [index] : []));
    expect(keyLines.length).toBe(11 + RULES.length + 1); // the top-level keys, the rules, sentryPackage (commented out)
    for (const index of keyLines) {
      const key = /"([\w$-]+)":/.exec(lines[index])![1];
      const comment = /^\s*\/\/ \S.* Default: .+\.$/.test(lines[index - 1]) || /sentryPackage/.test(key);
      expect([key, comment]).toEqual([key, true]);
    }
    expect(lines.find((line) => line.includes('"missing-span"'))).toBe('    "missing-span": "error",');
    expect(lines.every((line) => line.length <= 120)).toBe(true);
    // --print-config still prints plain JSON.
    const printedText = run(["check", "--print-config", "src/app.ts"], directory).stdout;
    const printed = JSON.parse(printedText) as { configFile: string; rules: Record<string, string> };
    expect(printedText).not.toContain("//");
    expect(printed.configFile).toBe(fs.realpathSync(path.join(directory, "sentry-ai-codemod.config.json")));
    expect(printed.rules).toEqual(defaultRuleLevels());
    // The file is read like a hand-written one: an edit to it changes what check does.
    fs.writeFileSync(
      path.join(directory, "sentry-ai-codemod.config.json"),
      read(directory, "sentry-ai-codemod.config.json").replace('"missing-span": "error"', '"missing-span": "off"'),
    );
    expect(run(["check", "src"], directory).code).toBe(0);
  });

  it("refuses to replace an existing config without --force (exit 2, file untouched)", () => {
    const directory = folder({ "sentry-ai-codemod.config.json": '{ "conventions": "legacy" }\n' });
    const refused = run(["init"], directory);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("sentry-ai-codemod.config.json already exists; pass --force");
    expect(read(directory, "sentry-ai-codemod.config.json")).toBe('{ "conventions": "legacy" }\n');
    expect(run(["init", "--force"], directory).code).toBe(0);
    expect(loadConfig(directory).config.conventions).toBe("default");

    const inManifest = folder({ "package.json": JSON.stringify({ name: "a", sentryAiCodemod: { rules: {} } }) });
    const manifestRefused = run(["init"], inManifest);
    expect(manifestRefused.code).toBe(2);
    expect(manifestRefused.stderr).toContain('package.json already has a "sentryAiCodemod" config');
    expect(fs.existsSync(path.join(inManifest, "sentry-ai-codemod.config.json"))).toBe(false);
  });

  it("lint-staged in package.json: prints the entry, and --write-hook adds it once, keeping the other entries", () => {
    const manifest = {
      name: "a",
      devDependencies: { husky: "^9.0.0", "lint-staged": "^15.0.0" },
      "lint-staged": { "*.md": "prettier --write" },
    };
    const directory = folder({ "package.json": `${JSON.stringify(manifest, null, 4)}\n` });
    const printed = run(["init"], directory);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain("lint-staged found (with husky)");
    expect(printed.stdout).toContain('"*.{ts,tsx,mts,cts,js,jsx,mjs,cjs,py}": "sentry-ai-codemod check"');
    expect(printed.stdout).toContain("sentry-ai-codemod init --force --write-hook");
    expect(JSON.parse(read(directory, "package.json"))).toEqual(manifest);

    expect(run(["init", "--force", "--write-hook"], directory).code).toBe(0);
    const written = read(directory, "package.json");
    expect(JSON.parse(written)["lint-staged"]).toEqual({
      "*.md": "prettier --write",
      "*.{ts,tsx,mts,cts,js,jsx,mjs,cjs,py}": "sentry-ai-codemod check",
    });
    expect(written).toMatch(/^ {4}"name"/m); // the file's own indentation
    const again = run(["init", "--force", "--write-hook"], directory);
    expect(again.stdout).toContain("lint-staged already runs sentry-ai-codemod");
    expect(read(directory, "package.json")).toBe(written);
  });

  it("husky without lint-staged: a .husky/pre-commit line that checks the staged content", () => {
    const directory = folder({
      "package.json": JSON.stringify({ devDependencies: { husky: "^9.0.0" } }),
      ".husky/pre-commit": "npm test\n",
    });
    expect(run(["init"], directory).stdout).toContain("npx sentry-ai-codemod check --staged");
    expect(read(directory, ".husky/pre-commit")).toBe("npm test\n");
    expect(run(["init", "--force", "--write-hook"], directory).code).toBe(0);
    expect(read(directory, ".husky/pre-commit")).toBe("npm test\nnpx sentry-ai-codemod check --staged\n");
  });

  it(".pre-commit-config.yaml: a local hook appended under repos: that parses and keeps the existing hooks", () => {
    const existing = "repos:\n  - repo: https://github.com/psf/black\n    rev: 24.1.0\n    hooks:\n      - id: black\n";
    const directory = folder({
      ".pre-commit-config.yaml": existing,
      "package.json": JSON.stringify({ devDependencies: { "sentry-ai-codemod": "^0.1.0" } }),
    });
    expect(run(["init"], directory).stdout).toContain("In .pre-commit-config.yaml, under repos:");
    expect(read(directory, ".pre-commit-config.yaml")).toBe(existing);
    expect(run(["init", "--force", "--write-hook"], directory).code).toBe(0);
    const config = yaml.load(read(directory, ".pre-commit-config.yaml")) as {
      repos: Array<{ repo: string; hooks: Array<Record<string, unknown>> }>;
    };
    expect(config.repos.map((repo) => repo.repo)).toEqual(["https://github.com/psf/black", "local"]);
    expect(config.repos[1].hooks[0]).toMatchObject({
      id: "sentry-ai-codemod",
      entry: "npx --no-install sentry-ai-codemod check",
      language: "system",
      types_or: ["javascript", "ts", "tsx", "jsx", "python"],
    });

    // repos: not last: appending would land under another key, so --write-hook refuses and writes nothing.
    const other = folder({
      ".pre-commit-config.yaml": "repos:\n  - repo: local\n    hooks: []\nci:\n  autofix_prs: false\n",
    });
    const refused = run(["init", "--write-hook"], other);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("cannot be appended safely");
    expect(fs.existsSync(path.join(other, "sentry-ai-codemod.config.json"))).toBe(false);
  });

  it("no hook setup: prints how to add one; --write-hook has nothing to write into (exit 2)", () => {
    const directory = folder({});
    const printed = run(["init"], directory);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain("No commit-hook setup found");
    expect(printed.stdout).toContain("npx sentry-ai-codemod check --staged");
    const other = folder({});
    const refused = run(["init", "--write-hook"], other);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("no commit-hook setup found");
    expect(fs.readdirSync(other)).toEqual([]);
  });

  it("--help lists init and its flags", () => {
    expect(run(["--help"], os.tmpdir()).stdout).toMatch(/^ {2}init /m);
    const help = run(["init", "--help"], os.tmpdir()).stdout;
    expect(help).toContain("--force");
    expect(help).toContain("--write-hook");
    expect(help).toContain("$ sentry-ai-codemod init --write-hook");
  });
});
