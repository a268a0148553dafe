import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  applySeverityOverrides,
  ConfigError,
  configEngineOptions,
  defaultRuleLevels,
  loadConfig,
  validateConfig,
} from "../../src/config/config";
import { SdkCatalog, BUILTIN_SDKS } from "../../src/sdks/registry";
import { JavaScriptPrefilter } from "../../src/engine/javascript/prefilter";

function problemsOf(raw: unknown, keyPrefix = ""): string[] {
  try {
    validateConfig(raw, "/project", keyPrefix);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("validateConfig", () => {
  it("fills defaults for an empty object", () => {
    expect(validateConfig({}, "/project")).toEqual({
      baseDir: "/project",
      include: [],
      exclude: [],
      rules: {
        "missing-span": "error",
        "malformed-span": "error",
        "streaming-manual": "warn",
        "unresolved-receiver": "warn",
        "unused-ignore": "warn",
      },
      conventions: "default",
      recordInputs: "auto",
      recordOutputs: "auto",
      skipAutoInstrumented: false,
      aiSdkLoopsAsAgents: false,
      customSdks: [],
      customPythonSdks: [],
      agentClasses: [],
      toolFactories: [],
    });
  });

  it("reads every scalar key", () => {
    const config = validateConfig(
      {
        $schema: "./node_modules/sentry-ai-codemod/schema.json",
        include: ["src/**"],
        exclude: ["**/*.test.ts"],
        rules: { "missing-span": "warn", "unused-ignore": "off" },
        conventions: "legacy",
        sentryPackage: "@sentry/nextjs",
        recordInputs: false,
        recordOutputs: false,
        skipAutoInstrumented: true,
        aiSdkLoopsAsAgents: true,
      },
      "/project",
    );
    expect(config).toMatchObject({
      include: ["src/**"],
      exclude: ["**/*.test.ts"],
      conventions: "legacy",
      sentryPackage: "@sentry/nextjs",
      recordInputs: "never",
      recordOutputs: "never",
      skipAutoInstrumented: true,
      aiSdkLoopsAsAgents: true,
    });
    expect(config.rules["missing-span"]).toBe("warn");
    expect(config.rules["unused-ignore"]).toBe("off");
    expect(config.rules["malformed-span"]).toBe("error");
  });

  it("names the bad key path in every problem, and reports all of them at once", () => {
    expect(
      problemsOf({
        rules: { "missing-span": "loud", "missing-spans": "error" },
        conventions: "new",
        include: "src",
        recordInputs: "yes",
        colour: true,
      }),
    ).toEqual([
      "colour: unknown key (expected one of $schema, include, exclude, rules, conventions, sentryPackage, recordInputs, recordOutputs, skipAutoInstrumented, aiSdkLoopsAsAgents, customSdks, agentClasses, toolFactories)",
      'include: expected an array of non-empty strings, got "src"',
      "rules.missing-spans: unknown key (expected one of missing-span, malformed-span, streaming-manual, unresolved-receiver, unused-ignore)",
      'rules.missing-span: expected "off" | "warn" | "error", got "loud"',
      'conventions: expected "default" | "legacy", got "new"',
      'recordInputs: expected "always" | "auto" | "never" (or true / false), got "yes"',
    ]);
  });

  it("names aiSdkLoopsAsAgents when it is not a boolean", () => {
    expect(problemsOf({ aiSdkLoopsAsAgents: "yes" })).toEqual([
      'aiSdkLoopsAsAgents: expected true or false, got "yes"',
    ]);
    expect(problemsOf({ aiSdkLoopsAsAgents: 1 }, "sentryAiCodemod.")).toEqual([
      "sentryAiCodemod.aiSdkLoopsAsAgents: expected true or false, got 1",
    ]);
  });

  it("prefixes key paths with sentryAiCodemod. for package.json settings", () => {
    expect(problemsOf({ rules: { "missing-span": 2 } }, "sentryAiCodemod.")).toEqual([
      'sentryAiCodemod.rules.missing-span: expected "off" | "warn" | "error", got 2',
    ]);
    expect(problemsOf([], "sentryAiCodemod.")).toEqual(["sentryAiCodemod: expected an object, got an array"]);
  });

  it("validates custom SDK entries down to the field path", () => {
    expect(
      problemsOf({
        customSdks: [
          {
            module: "@acme/llm",
            client: { export: "Acme" },
            calls: [{ path: "chat send", model: "choices[0.model", operation: "invoke_agent" }],
          },
          { module: 7, calls: [{ path: "complete" }] },
          { module: "@acme/other" },
        ],
      }),
    ).toEqual([
      'customSdks[0].calls[0].path: expected a method path such as chat.send, got "chat send"',
      'customSdks[0].calls[0].model: expected a field path such as usage.input_tokens or choices[].message.content, got "choices[0.model"',
      'customSdks[0].calls[0].operation: expected "chat" | "embeddings" | "text_completion" | "generate_content", got "invoke_agent"',
      "customSdks[1].module: expected a module name or a non-empty array of them, got 7",
      'customSdks[1].client: required with "calls": name the export that creates the client',
      'customSdks[1]: expected "client" with "calls", or "functions"',
      'customSdks[2]: expected "client" with "calls", or "functions"',
    ]);
  });

  it("turns a custom SDK into an SdkDescriptor the catalog uses like a built-in one", () => {
    const config = validateConfig(
      {
        customSdks: [
          {
            module: ["@acme/llm", "@acme/llm/edge"],
            id: "acme",
            name: "Acme LLM",
            system: "acme",
            client: { export: "AcmeClient", modelAtCreation: ["model"] },
            calls: [
              {
                path: "chat.send",
                model: "model",
                messages: "history",
                text: "reply.text",
                responseModel: "meta.model",
                usage: { input: "meta.tokens.in", output: "meta.tokens.out" },
              },
              { path: "chat.stream", streaming: true },
              { path: "embed", operation: "embeddings", argumentIsInput: true, argument: 1 },
            ],
            functions: [{ export: "complete", prompt: "prompt", text: "text" }],
          },
        ],
      },
      "/project",
    );
    expect(config.customSdks).toEqual([
      {
        id: "acme",
        displayName: "Acme LLM",
        modules: ["@acme/llm", "@acme/llm/edge"],
        system: "acme",
        entries: [
          { export: "AcmeClient", how: "construct", produces: "acme.client" },
          {
            export: "complete",
            how: "call",
            operation: { path: "", operation: "chat", request: { prompt: "prompt" }, response: { text: "text" } },
          },
        ],
        kinds: [
          {
            id: "acme.client",
            modelAtCreation: ["model"],
            operations: [
              {
                path: "chat.send",
                operation: "chat",
                request: { model: "model", messages: "history" },
                response: {
                  text: "reply.text",
                  model: "meta.model",
                  usage: { input: "meta.tokens.in", output: "meta.tokens.out", totalIsSum: true },
                },
              },
              { path: "chat.stream", operation: "chat", request: {}, response: {}, streaming: true },
              { path: "embed", operation: "embeddings", request: { argument: 1, argumentIsInput: true }, response: {} },
            ],
          },
        ],
      },
    ]);
    const catalog = new SdkCatalog([...BUILTIN_SDKS, ...config.customSdks]);
    expect(catalog.entry("@acme/llm/edge", "AcmeClient")?.sdk.id).toBe("acme");
    expect(catalog.kind("acme.client")?.kind.operations.map((operation) => operation.path)).toEqual([
      "chat.send",
      "chat.stream",
      "embed",
    ]);
    expect(
      new JavaScriptPrefilter(catalog).mightContainSites("/app/src/chat.ts", 'import { AcmeClient } from "@acme/llm";'),
    ).toBe(true);
  });

  it("reads agent classes and tool factories with their defaults", () => {
    const config = validateConfig(
      {
        agentClasses: [
          { module: "@acme/agents", export: "Agent" },
          { module: "x", export: "Crew", runMethods: ["kickoff"], nameOption: "title", modelOption: "llm" },
        ],
        toolFactories: [{ module: "@acme/agents", export: "defineTool", executeOption: "run" }],
      },
      "/project",
    );
    expect(config.agentClasses).toEqual([
      { module: "@acme/agents", export: "Agent", runMethods: ["run"], nameOption: "name" },
      { module: "x", export: "Crew", runMethods: ["kickoff"], nameOption: "title", modelOption: "llm" },
    ]);
    expect(config.toolFactories).toEqual([
      {
        module: "@acme/agents",
        export: "defineTool",
        nameOption: "name",
        descriptionOption: "description",
        executeOption: "run",
      },
    ]);
    expect(
      problemsOf({
        agentClasses: [{ module: "@acme/agents", export: "my-agent", runMethods: [] }],
        toolFactories: [{}],
      }),
    ).toEqual([
      'agentClasses[0].export: expected an export name, got "my-agent"',
      "agentClasses[0].runMethods: expected at least one entry",
      "toolFactories[0].module: required",
      "toolFactories[0].export: required",
    ]);
  });
});

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

  it("reports invalid JSON and invalid values with the file's path", () => {
    write("sentry-ai-codemod.config.json", "{ rules: }");
    expect(() => loadConfig(root)).toThrow(ConfigError);
    expect(() => loadConfig(root)).toThrow(
      new RegExp(`^${escape(path.join(root, "sentry-ai-codemod.config.json"))}: not valid JSON`),
    );
    write("sentry-ai-codemod.config.json", { rules: { "missing-span": "loud" } });
    expect(() => loadConfig(root)).toThrow(
      `${path.join(root, "sentry-ai-codemod.config.json")}: rules.missing-span: expected "off" | "warn" | "error", got "loud"`,
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

describe("applySeverityOverrides", () => {
  it("merges rule=level flags over the configured levels", () => {
    const merged = applySeverityOverrides(defaultRuleLevels(), ["streaming-manual=error", " missing-span = off "]);
    expect(merged["streaming-manual"]).toBe("error");
    expect(merged["missing-span"]).toBe("off");
    expect(merged["malformed-span"]).toBe("error");
  });

  it("rejects unknown rules, unknown levels and malformed flags, naming each", () => {
    expect(() =>
      applySeverityOverrides(defaultRuleLevels(), ["missing-span=loud", "nope=warn", "missing-span"]),
    ).toThrow(
      [
        '--severity: missing-span: expected "off" | "warn" | "error", got "loud"',
        '--severity: unknown rule "nope" (rules: missing-span, malformed-span, streaming-manual, unresolved-receiver, unused-ignore)',
        '--severity: expected rule=off|warn|error, got "missing-span"',
      ].join("\n"),
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
