import { closest } from "../../src/config/checker";
import { ConfigError } from "../../src/config/errors";
import { validateConfig } from "../../src/config/schema";
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
      'rules.missing-spans: unknown key, did you mean "missing-span"?',
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

  it("reads a custom function's export and refuses a path on it", () => {
    expect(
      problemsOf({
        customSdks: [{ module: "@acme/llm", functions: [{ export: "complete-it", path: "chat.send" }, {}] }],
      }),
    ).toEqual([
      "customSdks[0].functions[0].path: unknown key (expected one of export, operation, argument, argumentIsInput, model, messages, prompt, system, tools, embeddingsInput, streamFlag, text, toolCalls, responseModel, responseId, finishReasons, usage, streaming)",
      'customSdks[0].functions[0].export: expected an export name, got "complete-it"',
      "customSdks[0].functions[1].export: required",
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

describe("closest", () => {
  it("suggests the known key nearest by edit distance, when it is near enough", () => {
    expect(closest("inclde", ["include", "exclude"])).toBe("include");
    expect(closest("recordInput", ["recordInputs", "recordOutputs"])).toBe("recordInputs");
    expect(closest("Rules", ["include", "rules"])).toBe("rules");
    expect(closest("colour", ["include", "exclude", "rules", "conventions"])).toBeUndefined();
    expect(closest("x", [])).toBeUndefined();
  });
});
