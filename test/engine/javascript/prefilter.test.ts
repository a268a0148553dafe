import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createEngine, Engine } from "../../../src/engine/engine";
import { JavaScriptPrefilter } from "../../../src/engine/javascript/prefilter";
import { loadConfig } from "../../../src/config/load";
import { builtinCatalog } from "../../../src/sdks/registry";
import { configAgentFrameworks } from "../../../src/config/frameworks";
import { DEFAULT_ENGINE_OPTIONS } from "../../../src/core/types";

/**
 * The text prefilter decides which files are parsed at all. A file it rejects is never analysed, so every
 * miss is a silent false negative of `instrument` and `check`: each case here is a shape the analysis handles.
 */
const FIXTURES = path.resolve(__dirname, "../../../__testfixtures__");
const JS_INPUT = /\.input\.(ts|tsx|js|mjs|cjs)$/;

/** The engine `check` and `instrument` build for a case: with its `<case>.config.json` when it has one. */
function engineFor(input: string): Engine {
  const configFile = input.replace(JS_INPUT, ".config.json");
  if (!fs.existsSync(configFile)) return new Engine(DEFAULT_ENGINE_OPTIONS);
  const { config } = loadConfig(path.dirname(configFile), configFile);
  return createEngine(DEFAULT_ENGINE_OPTIONS, {
    customSdks: config.customSdks,
    agentFrameworks: configAgentFrameworks(config),
  });
}

function fixtureInputs(): string[] {
  const found: string[] = [];
  const walk = (directory: string): void => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const file = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(file);
      // Negatives have no site.
      else if (JS_INPUT.test(entry.name) && !entry.name.startsWith("negative-")) found.push(file);
    }
  };
  walk(FIXTURES);
  return found.sort();
}

describe("JavaScriptPrefilter", () => {
  const passes = (text: string, file = "/project/src/file.ts"): boolean =>
    new JavaScriptPrefilter(builtinCatalog).mightContainSites(file, text);

  it("lets through every fixture input that has a site (with the case's config, like check and instrument)", () => {
    const inputs = fixtureInputs();
    expect(inputs.length).toBeGreaterThan(100);
    const rejected = inputs.filter((file) => !engineFor(file).mightContainSites(file, fs.readFileSync(file, "utf8")));
    expect(rejected.map((file) => path.relative(FIXTURES, file))).toEqual([]);
  });

  it("rejects a config-declared agent module without that config", () => {
    const input = path.join(FIXTURES, "invoke-agent/config-agent-class.input.ts");
    expect(new Engine(DEFAULT_ENGINE_OPTIONS).mightContainSites(input, fs.readFileSync(input, "utf8"))).toBe(false);
    expect(engineFor(input).mightContainSites(input, fs.readFileSync(input, "utf8"))).toBe(true);
  });

  it("takes an SDK import in every form, not a mere mention of its name", () => {
    expect(passes('import OpenAI from "openai";')).toBe(true);
    expect(passes("const { OpenAI } = require('openai');")).toBe(true);
    expect(passes('const { generateText } = await import("ai");')).toBe(true);
    expect(passes('export { generateText } from "ai";')).toBe(true);
    expect(passes('import { Agent, run } from "@openai/agents";')).toBe(true);
    expect(passes('const provider = "openai";\nconst label = "ai";\n')).toBe(false);
    expect(passes('import { openaiHelpers } from "openai-helpers";')).toBe(false);
  });

  it("skips declaration files, which hold no code that runs", () => {
    expect(
      passes('import OpenAI from "openai";\nexport declare const client: OpenAI;\n', "/project/types/client.d.ts"),
    ).toBe(false);
    expect(passes('import OpenAI from "openai";\n', "/project/types/client.d.mts")).toBe(false);
  });

  it("takes a hand-written gen_ai span or an ignore comment, not gen_ai attribute names alone", () => {
    expect(passes('Sentry.startSpan({ op: "gen_ai.chat", name: "chat" }, () => work());')).toBe(true);
    expect(passes('const span = startInactiveSpan({ op: "gen_ai.invoke_agent" });')).toBe(true);
    expect(passes("// sentry-ai-codemod-ignore-file\nexport const x = 1;\n")).toBe(true);
    expect(passes("// sentry-ai-codemod-disable missing-span\nexport const x = 1;\n")).toBe(true);
    expect(passes("/* sentry-ai-codemod-enable */\nexport const x = 1;\n")).toBe(true);
    expect(passes('export const GEN_AI_REQUEST_MODEL = "gen_ai.request.model";\n')).toBe(false);
  });

  it("takes custom agents that are created and run, not other classes named ...Agent", () => {
    expect(passes("class SupportAgent { async run(q) { return q; } }\nnew SupportAgent().run('hi');\n")).toBe(true);
    expect(
      passes(
        "import { TriageAgent } from './agents';\nconst agent = new TriageAgent({ name: 'triage' });\nawait agent.run(q);\n",
      ),
    ).toBe(true);
    expect(passes("const agent = new https.Agent({ keepAlive: true });\nqueue.run(job);\n")).toBe(false);
  });

  it("takes dispatch on a tool call's name, not on any `.name`", () => {
    const toolCalls = "for (const call of message.tool_calls) {\n";
    expect(passes(`${toolCalls}  switch (call.function.name) { case "get_time": getTime(); }\n}\n`)).toBe(true);
    expect(passes(`${toolCalls}  if (call.name === "get_time") getTime();\n}\n`)).toBe(true);
    expect(passes(`${toolCalls}  await toolsByName[call.function.name](args);\n}\n`)).toBe(true);
    expect(passes(`${toolCalls}  handlers[call.name](args);\n}\n`)).toBe(true);
    expect(
      passes(
        "switch (node.name) { case 'x': visit(node); }\nif (user.name === 'root') deny();\ncallbacks[event](payload);\n",
      ),
    ).toBe(false);
  });

  describe("clients imported from project files", () => {
    let root: string;
    const write = (file: string, text: string): string => {
      const absolute = path.join(root, file);
      fs.mkdirSync(path.dirname(absolute), { recursive: true });
      fs.writeFileSync(absolute, text);
      return absolute;
    };
    const call =
      'export async function ask(q: string) {\n  return openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: q }] });\n}\n';

    beforeEach(() => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), "sac-prefilter-"));
      write("src/lib/ai.ts", 'import OpenAI from "openai";\nexport const openai = new OpenAI();\n');
      write("src/lib/index.ts", 'export * from "./ai";\n');
      write("src/lib/plain.ts", "export const openai = { chat: { completions: { create: async () => 1 } } };\n");
    });
    afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

    it("follows relative imports (ESM and CommonJS, `.js` names, barrels) to a file that imports the SDK", () => {
      const prefilter = new JavaScriptPrefilter(builtinCatalog);
      const direct = write("src/direct.ts", `import { openai } from "./lib/ai";\n${call}`);
      const viaJsName = write("src/js-name.ts", `import { openai } from "./lib/ai.js";\n${call}`);
      const viaBarrel = write("src/routes/barrel.ts", `import { openai } from "../lib";\n${call}`);
      const commonJs = write("src/common.js", `const { openai } = require("./lib/ai");\n${call}`);
      for (const file of [direct, viaJsName, viaBarrel, commonJs]) {
        expect([path.relative(root, file), prefilter.mightContainSites(file, fs.readFileSync(file, "utf8"))]).toEqual([
          path.relative(root, file),
          true,
        ]);
      }
    });

    it("rejects the same call on something from a project file that imports no SDK, and survives import cycles", () => {
      const prefilter = new JavaScriptPrefilter(builtinCatalog);
      const plain = write("src/plain-user.ts", `import { openai } from "./lib/plain";\n${call}`);
      expect(prefilter.mightContainSites(plain, fs.readFileSync(plain, "utf8"))).toBe(false);
      write("src/cycle/a.ts", 'export * from "./b";\n');
      write("src/cycle/b.ts", 'export * from "./a";\n');
      const cyclic = write("src/cycle-user.ts", `import { openai } from "./cycle/a";\n${call}`);
      expect(prefilter.mightContainSites(cyclic, fs.readFileSync(cyclic, "utf8"))).toBe(false);
    });
  });
});
