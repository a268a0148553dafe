import * as fs from "node:fs";
import * as path from "node:path";
import { chatInput, run, tempProject } from "./helpers";

/** A config file that cannot be used: where (line:col), how many problems, and which key was meant. */
describe("config errors", () => {
  const configured = (config: string): string =>
    tempProject({ "src/plain.ts": "export const one = 1;\n", "sentry-ai-codemod.config.json": config });

  it("bad JSON is reported at its line:col, by check and by instrument, comments and trailing commas allowed", () => {
    const project = configured(
      '// the AI spans\n{\n  "include": ["src",], /* the rules: */\n  "rules": { "missing-span": "warn", 1 }\n}\n',
    );
    const file = path.join(fs.realpathSync(project), "sentry-ai-codemod.config.json");
    const checked = run(["check", "."], project);
    expect(checked.code).toBe(2);
    expect(checked.stdout).toContain(`${file}:4:38: not valid JSON: Expected double-quoted property name`);
    expect(checked.stdout).not.toContain("position");
    const instrumented = run(["instrument", "."], project);
    expect(instrumented.code).toBe(2);
    expect(instrumented.stderr).toBe(
      `sentry-ai-codemod: ${file}:4:38: not valid JSON: Expected double-quoted property name\n`,
    );
  });

  it("a commented config with trailing commas is read like plain JSON", () => {
    const project = configured('{\n  // no rule at error level\n  "rules": { "missing-span": "off", },\n}\n');
    fs.writeFileSync(path.join(project, "src/chat.ts"), chatInput);
    expect(run(["check", "src"], project).code).toBe(0);
    fs.writeFileSync(path.join(project, "sentry-ai-codemod.config.json"), "{ /* the defaults */ }\n");
    expect(run(["check", "src"], project).code).toBe(1);
  });

  it("counts every problem and suggests the nearest known key", () => {
    const project = configured(
      JSON.stringify({ inclde: ["src"], rules: { "mising-span": "warn" }, recordInput: true, colour: "red" }),
    );
    const checked = run(["check", "."], project);
    expect(checked.code).toBe(2);
    expect(checked.stdout).toContain('inclde: unknown key, did you mean "include"?');
    expect(checked.stdout).toContain('rules.mising-span: unknown key, did you mean "missing-span"?');
    expect(checked.stdout).toContain('recordInput: unknown key, did you mean "recordInputs"?');
    expect(checked.stdout).toMatch(/colour: unknown key \(expected one of \$schema, include, /);
    expect(checked.stdout).toContain("✖ 4 problems (4 errors, 0 warnings)");
    const json = JSON.parse(run(["check", ".", "--format", "json"], project).stdout) as { errors: unknown[] };
    expect(json.errors).toHaveLength(4);
    const instrumented = run(["instrument", "."], project);
    expect(instrumented.stderr.trim().split("\n")).toHaveLength(4);
  });
});
