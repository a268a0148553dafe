import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { configEngineOptions } from "../../src/config/engine-settings";
import { loadConfig } from "../../src/config/load";
import { createEngine, Engine } from "../../src/engine/engine";
import { configAgentFrameworks } from "../../src/config/frameworks";
import { DEFAULT_ENGINE_OPTIONS } from "../../src/core/types";

/**
 * The fixture pairs of the agent transforms: every `<case>.input.<ext>` rewrites to `<case>.output.<ext>`,
 * a second run over the output changes nothing, and the TypeScript outputs type-check (strict).
 * A case whose output equals its input is a negative: the engine must leave it byte-identical.
 * A `<case>.config.json` (the config file's schema) adds custom SDKs, agent classes and tool factories, and sets
 * engine options (`aiSdkLoopsAsAgents`); the packages it names are typed by the `.d.ts` files at the fixture root.
 */
const ROOT = path.resolve(__dirname, "../../__testfixtures__");
const DIRECTORIES = ["invoke-agent", "execute-tool", "handoff"];
const JS_INPUT = /\.input\.(ts|tsx|js|mjs|cjs)$/;

interface Case {
  name: string;
  input: string;
  output: string;
  config?: string;
}

function cases(): Case[] {
  const found: Case[] = [];
  for (const directory of DIRECTORIES) {
    const folder = path.join(ROOT, directory);
    if (!fs.existsSync(folder)) continue;
    for (const file of fs.readdirSync(folder).sort()) {
      if (!JS_INPUT.test(file)) continue;
      const config = path.join(folder, file.replace(JS_INPUT, ".config.json"));
      found.push({
        name: `${directory}/${file.replace(JS_INPUT, "")}`,
        input: path.join(folder, file),
        output: path.join(folder, file.replace(".input.", ".output.")),
        ...(fs.existsSync(config) ? { config } : {}),
      });
    }
  }
  return found;
}

const CASES = cases();
// Set UPDATE_FIXTURES=1 to (re)write the .output files after a deliberate change; review the diff before committing.
const update = process.env.UPDATE_FIXTURES === "1";
const defaultEngine = new Engine(DEFAULT_ENGINE_OPTIONS);

/** The engine `check` and `instrument` build from a config file. */
function engineFor(fixture: Case): Engine {
  if (!fixture.config) return defaultEngine;
  const { config } = loadConfig(path.dirname(fixture.config), fixture.config);
  return createEngine(configEngineOptions(config), {
    customSdks: config.customSdks,
    agentFrameworks: configAgentFrameworks(config),
  });
}

describe("agent fixtures", () => {
  it("has fixtures", () => {
    expect(CASES.length).toBeGreaterThan(10);
  });

  for (const fixture of CASES) {
    describe(fixture.name, () => {
      it("rewrites the input to the expected output", async () => {
        const input = fs.readFileSync(fixture.input, "utf8");
        const result = await engineFor(fixture).transform(fixture.input, input);
        if (update) fs.writeFileSync(fixture.output, result.output ?? input);
        const expected = fs.readFileSync(fixture.output, "utf8");
        expect(result.diagnostics).toEqual([]);
        expect(result.output ?? input).toBe(expected);
      });

      it("is a no-op on its own output", async () => {
        const expected = fs.readFileSync(fixture.output, "utf8");
        const result = await engineFor(fixture).transform(fixture.output, expected);
        expect(result.output ?? expected).toBe(expected);
      });
    });
  }

  it("type-checks the TypeScript outputs", () => {
    const declarations = fs
      .readdirSync(ROOT)
      .filter((file) => file.endsWith(".d.ts"))
      .map((file) => path.join(ROOT, file));
    const outputs = [...CASES.map((fixture) => fixture.output).filter((file) => /\.tsx?$/.test(file)), ...declarations];
    const program = ts.createProgram(outputs, {
      strict: true,
      esModuleInterop: true,
      skipLibCheck: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: ["node"],
      lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file
        ? `${path.relative(ROOT, diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}`
        : "";
      return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
    });
    expect(diagnostics).toEqual([]);
  });
});
