import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempProject } from "./helpers";

/** `check --print-config <file>`: the effective settings for one file, as ESLint's --print-config prints them. */
const CALL =
  'import OpenAI from "openai";\nconst client = new OpenAI();\nexport const ask = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });\n';

describe("check --print-config", () => {
  const project = tempProject({
    "src/app.ts": CALL,
    "src/app.test.ts": CALL,
    "scripts/job.py": "from anthropic import Anthropic\n",
    "sentry-ai-codemod.config.json": JSON.stringify({
      include: ["src/**", "scripts/**"],
      exclude: ["**/*.test.ts"],
      rules: { "streaming-manual": "off" },
      recordInputs: "never",
      conventions: "legacy",
    }),
  });
  const printed = (...args: string[]): Record<string, unknown> => {
    const result = run(["check", ...args], project);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as Record<string, unknown>;
  };

  it("prints the config file found, its settings over the defaults, the language and the SDKs the file imports", () => {
    const config = printed("--print-config", "src/app.ts");
    expect(config).toMatchObject({
      file: "src/app.ts",
      configFile: fs.realpathSync(path.join(project, "sentry-ai-codemod.config.json")),
      included: true,
      language: "javascript",
      rules: { "missing-span": "error", "streaming-manual": "off", "unresolved-receiver": "warn" },
      include: ["src/**", "scripts/**"],
      exclude: ["**/*.test.ts"],
      conventions: "legacy",
      recordInputs: "never",
      recordOutputs: "auto",
      sentryPackage: "@sentry/node",
    });
    expect((config.sdks as { imported: string[] }).imported).toEqual(["openai"]);
    expect((config.sdks as { available: string[] }).available).toContain("anthropic");
  });

  it("flags typed on the command line go on top of the config file", () => {
    const config = printed(
      "--print-config",
      "src/app.ts",
      "--severity",
      "missing-span=warn",
      "--record-inputs",
      "always",
      "--conventions",
      "default",
      "--skip-auto-instrumented",
    );
    expect(config).toMatchObject({
      rules: { "missing-span": "warn", "streaming-manual": "off" },
      recordInputs: "always",
      conventions: "default",
      skipAutoInstrumented: true,
    });
  });

  it("says whether the file is read at all, and what leaves it out", () => {
    expect(printed("--print-config", "src/app.test.ts")).toMatchObject({ included: false, leftOutBy: "exclude" });
    expect(printed("--print-config", "package.json")).toMatchObject({ included: false, leftOutBy: "extensions" });
    expect(printed("--print-config", "src/app.ts", "--ignore", "src/app.ts")).toMatchObject({
      included: false,
      leftOutBy: "--ignore",
    });
    const python = printed("--print-config", "scripts/job.py");
    expect(python).toMatchObject({ included: true, language: "python", sdks: { imported: ["anthropic"] } });
  });

  it("a missing file or a bad config is exit 2 with the reason; nothing on stdout", () => {
    const missing = run(["check", "--print-config", "src/nope.ts"], project);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toContain("src/nope.ts: no such file");
    const folder = run(["check", "--print-config", "src"], project);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain("src: not a file");

    const broken = tempProject({
      "app.ts": CALL,
      "sentry-ai-codemod.config.json": '{ "rules": { "missing-span": "loud" } }',
    });
    const bad = run(["check", "--print-config", "app.ts"], broken);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain('rules.missing-span: expected "off" | "warn" | "error", got "loud"');

    const given = run(["check", "--print-config", "app.ts", "--config", "missing.json"], broken);
    expect(given.code).toBe(2);
    expect(given.stderr).toContain("missing.json: file not found");
  });

  it("check --help lists it with an example", () => {
    const help = run(["check", "--help"], project).stdout;
    expect(help).toContain("--print-config <file>");
    expect(help).toContain("$ sentry-ai-codemod check --print-config src/chat.ts");
  });
});
