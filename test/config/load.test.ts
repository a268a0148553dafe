import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { configEngineOptions } from "../../src/config/engine-settings";
import { ConfigError } from "../../src/config/errors";
import { jsonErrorAt, loadConfig } from "../../src/config/load";
import { defaultRuleLevels } from "../../src/config/rule-levels";

describe("loadConfig", () => {
  let root: string;
  beforeEach(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "sac-config-")));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const write = (relative: string, content: unknown): void => {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  };

  it("finds the nearest config file walking up, with globs relative to its directory", () => {
    write("sentry-ai-codemod.config.json", { conventions: "legacy" });
    write("packages/app/src/index.ts", "");
    const { config, path: found } = loadConfig(path.join(root, "packages/app/src"));
    expect(found).toBe(path.join(root, "sentry-ai-codemod.config.json"));
    expect(config.conventions).toBe("legacy");
    expect(config.baseDir).toBe(root);
  });

  it("uses a sentryAiCodemod key in package.json, skipping package.json files without it", () => {
    write("package.json", { name: "root", sentryAiCodemod: { sentryPackage: "@sentry/bun" } });
    write("packages/app/package.json", { name: "app" });
    const { config, path: found } = loadConfig(path.join(root, "packages/app"));
    expect(found).toBe(path.join(root, "package.json"));
    expect(config.sentryPackage).toBe("@sentry/bun");
  });

  it("prefers the config file over package.json in the same directory", () => {
    write("package.json", { sentryAiCodemod: { conventions: "legacy" } });
    write("sentry-ai-codemod.config.json", { conventions: "default" });
    expect(loadConfig(root).config.conventions).toBe("default");
  });

  it("falls back to the defaults, based at the working directory, when there is no configuration", () => {
    const { config, path: found } = loadConfig(root);
    // The temporary directory's ancestors hold no configuration either.
    expect(found).toBeUndefined();
    expect(config.baseDir).toBe(root);
    expect(config.rules).toEqual(defaultRuleLevels());
  });

  it("reports invalid JSON at line:col and invalid values with the file's path", () => {
    write("sentry-ai-codemod.config.json", '{\n  "include": ["src"],\n  "rules": { "missing-span": "warn" "x" }\n}\n');
    expect(() => loadConfig(root)).toThrow(ConfigError);
    expect(() => loadConfig(root)).toThrow(
      new RegExp(`^${escape(path.join(root, "sentry-ai-codemod.config.json"))}:3:37: not valid JSON: \\S`),
    );
    write("sentry-ai-codemod.config.json", '{\n  "include": ["src"],\n');
    expect(() => loadConfig(root)).toThrow(`${path.join(root, "sentry-ai-codemod.config.json")}:3:1: not valid JSON`);
    write("sentry-ai-codemod.config.json", { rules: { "missing-span": "loud" } });
    expect(() => loadConfig(root)).toThrow(
      `${path.join(root, "sentry-ai-codemod.config.json")}: rules.missing-span: expected "off" | "warn" | "error", got "loud"`,
    );
  });

  it("reads comments and trailing commas in the config file (JSONC), as tsconfig.json allows", () => {
    write(
      "sentry-ai-codemod.config.json",
      [
        "// settings for the AI spans",
        "{",
        '  /* which files */ "include": ["src/**", "lib/**",],',
        '  "conventions": "legacy", // the older ops',
        '  "rules": { "unused-ignore": "off", },',
        '  "sentryPackage": "@sentry/bun" /* not // a line comment */,',
        '  "exclude": ["src/**/*.test.ts", "http://a/*b*/c//d"]',
        "}",
      ].join("\r\n"),
    );
    const { config } = loadConfig(root);
    expect(config.include).toEqual(["src/**", "lib/**"]);
    expect(config.exclude).toEqual(["src/**/*.test.ts", "http://a/*b*/c//d"]); // comment marks inside strings stay
    expect(config.conventions).toBe("legacy");
    expect(config.rules["unused-ignore"]).toBe("off");
    expect(config.sentryPackage).toBe("@sentry/bun");
  });

  it("points at the right line:col of a commented file, and at an unclosed comment", () => {
    const file = path.join(root, "sentry-ai-codemod.config.json");
    write(
      "sentry-ai-codemod.config.json",
      '{\n  // the files\n  "include": ["src"], /* a block\n  comment */ "rules": { "missing-span": "warn" "x": 1 }\n}\n',
    );
    expect(() => loadConfig(root)).toThrow(new RegExp(`^${escape(file)}:4:48: not valid JSON: Expected ','`));
    write("sentry-ai-codemod.config.json", '{\n  "include": [],\n  /* not closed\n}\n');
    expect(() => loadConfig(root)).toThrow(`${file}:3:3: not valid JSON: comment not closed (no */)`);
    // Only a comma after a value is a trailing comma; the others stay errors.
    write("sentry-ai-codemod.config.json", '{\n  "include": [,]\n}\n');
    expect(() => loadConfig(root)).toThrow(new RegExp(`^${escape(file)}:2:15: not valid JSON: Unexpected token ','$`));
  });

  it("reads package.json as strict JSON, as npm does: a comment there is an error", () => {
    write("package.json", '{\n  // no\n  "sentryAiCodemod": {}\n}\n');
    expect(() => loadConfig(root)).toThrow(
      new RegExp(`^${escape(path.join(root, "package.json"))}:2:3: not valid JSON`),
    );
  });

  it("recordInputs / recordOutputs take always, auto or never (true is auto, false is never), as the flags do", () => {
    write("sentry-ai-codemod.config.json", { recordInputs: "always", recordOutputs: true });
    const options = configEngineOptions(loadConfig(root).config);
    expect([options.recordInputs, options.recordInputsAuto, options.recordOutputs, options.recordOutputsAuto]).toEqual([
      true,
      false,
      true,
      true,
    ]);
    write("sentry-ai-codemod.config.json", { recordInputs: "sometimes" });
    expect(() => loadConfig(root)).toThrow(
      'recordInputs: expected "always" | "auto" | "never" (or true / false), got "sometimes"',
    );
  });

  it("loads an explicit --config path, including a package.json", () => {
    write("config/ai.json", { recordOutputs: false });
    write("package.json", { sentryAiCodemod: { recordInputs: false } });
    expect(loadConfig(root, "config/ai.json").config.recordOutputs).toBe("never");
    expect(loadConfig(root, "package.json").config.recordInputs).toBe("never");
    expect(() => loadConfig(root, "missing.json")).toThrow(`${path.join(root, "missing.json")}: file not found`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

describe("jsonErrorAt", () => {
  it("turns V8's offset into a 1-based line:col and drops it from the message", () => {
    const text = '{\r\n  "a": 1,\r\n  "b": }';
    let message = "";
    try {
      JSON.parse(text);
    } catch (error) {
      message = (error as Error).message;
    }
    const { what, position } = jsonErrorAt(text, message);
    expect(position).toEqual({ line: 3, column: 8 });
    expect(what).toBe("Unexpected token '}'");
  });

  it("points at the end of a text that stops too early", () => {
    expect(jsonErrorAt('{\n  "a": [1,', "Unexpected end of JSON input").position).toEqual({ line: 2, column: 11 });
  });
});
