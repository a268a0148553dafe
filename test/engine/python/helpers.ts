import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { analyzePythonFile, transformPythonFile } from "../../../src/engine/python/transform";
import { PythonProjectLocator } from "../../../src/engine/python/project";
import { loadConfig } from "../../../src/config/load";
import { engineFromSettings, engineSettings } from "../../../src/config/engine-settings";
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions, type FileInput, type FileResult } from "../../../src/core/types";

export const FIXTURES = path.join(__dirname, "../../../__testfixtures__");

const locator = new PythonProjectLocator();

/** `located`: the project's sentry-sdk major is read from the files around `file`, as the engine does. */
export function input(text: string, file = "example.py", located = false): FileInput {
  const pythonSentry = located ? locator.forFile(file) : undefined;
  return {
    path: file,
    text,
    project: {
      root: path.dirname(file),
      sentryPackage: "sentry_sdk",
      sdkMajors: {},
      ...(pythonSentry && { pythonSentry }),
    },
  };
}

/** `file`: a real path, whose project (requirements, lock file, venv) decides the sentry-sdk API written. */
export function transform(text: string, options: Partial<EngineOptions> = {}, file?: string): Promise<FileResult> {
  return transformPythonFile(input(text, file, file !== undefined), { ...DEFAULT_ENGINE_OPTIONS, ...options });
}

/** `file` through the engine `instrument` builds from the config file `configFile` (its custom SDKs included). */
export function transformWithConfig(text: string, file: string, configFile: string): Promise<FileResult> {
  const { config } = loadConfig(path.dirname(configFile), configFile);
  return engineFromSettings(engineSettings(config)).transform(file, text);
}

export function analyze(text: string, options: Partial<EngineOptions> = {}): Promise<FileResult> {
  return analyzePythonFile(input(text), { ...DEFAULT_ENGINE_OPTIONS, ...options });
}

/**
 * Python fixture pairs: `__testfixtures__/<transform>/<case>.input.py` and `.output.py`, with engine options
 * from an optional `<case>.options.json` (as for the JS/TS pairs), or a config file (custom SDKs and engine
 * options, read as `instrument` reads it) from an optional `<case>.config.json`. A subfolder is a project of its own
 * (`ai-request/sentry-sdk-3/`, with a requirements.txt pinning sentry-sdk 3.0.0): its pairs are `<transform>/<folder>/<case>`.
 */
export function pythonFixtures(): Array<{
  name: string;
  input: string;
  output: string;
  options: Partial<EngineOptions>;
  config?: string;
}> {
  const cases: Array<{
    name: string;
    input: string;
    output: string;
    options: Partial<EngineOptions>;
    config?: string;
  }> = [];
  const folders = fs
    .readdirSync(FIXTURES)
    .sort()
    .filter((name) => fs.statSync(path.join(FIXTURES, name)).isDirectory());
  const projects = folders.flatMap((name) => [
    name,
    ...fs
      .readdirSync(path.join(FIXTURES, name))
      .sort()
      .filter((sub) => fs.statSync(path.join(FIXTURES, name, sub)).isDirectory())
      .map((sub) => `${name}/${sub}`),
  ]);
  for (const transformName of projects) {
    const dir = path.join(FIXTURES, transformName);
    for (const file of fs.readdirSync(dir).sort()) {
      if (!file.endsWith(".input.py")) continue;
      const base = file.slice(0, -".input.py".length);
      const optionsPath = path.join(dir, `${base}.options.json`);
      const options = fs.existsSync(optionsPath)
        ? (JSON.parse(fs.readFileSync(optionsPath, "utf8")) as Partial<EngineOptions>)
        : {};
      const configPath = path.join(dir, `${base}.config.json`);
      cases.push({
        name: `${transformName}/${base}`,
        input: path.join(dir, file),
        output: path.join(dir, `${base}.output.py`),
        options,
        ...(fs.existsSync(configPath) ? { config: configPath } : {}),
      });
    }
  }
  return cases;
}

let python: string | undefined | null;
/** python3 on this machine, or undefined. */
export function pythonExecutable(): string | undefined {
  if (python === undefined) {
    try {
      execFileSync("python3", ["--version"], { stdio: "ignore" });
      python = "python3";
    } catch {
      python = null;
    }
  }
  return python ?? undefined;
}

/**
 * `python3 -m py_compile` semantics for many files in one interpreter: compiles each into a scratch
 * directory (no __pycache__ next to the fixtures). Returns "file: error" lines for the ones that fail.
 */
export function compileErrors(files: string[]): string[] {
  const exe = pythonExecutable();
  if (!exe) throw new Error("python3 is needed for this test");
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "py-compile-"));
  try {
    const script = [
      "import json, os, py_compile, sys",
      "errors = []",
      "for i, name in enumerate(json.load(sys.stdin)):",
      "    try:",
      "        py_compile.compile(name, cfile=os.path.join(sys.argv[1], str(i) + '.pyc'), doraise=True)",
      "    except py_compile.PyCompileError as error:",
      "        errors.append(name + ': ' + str(error.msg).strip().splitlines()[-1])",
      "print(json.dumps(errors))",
    ].join("\n");
    const out = execFileSync(exe, ["-c", script, scratch], { input: JSON.stringify(files), encoding: "utf8" });
    return JSON.parse(out) as string[];
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
