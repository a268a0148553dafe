import * as fs from "node:fs";
import * as path from "node:path";
import { ConfigError } from "../../src/config/errors";
import { validateConfig } from "../../src/config/schema";
import { engineSettings } from "../../src/config/engine-settings";
import { createEngine } from "../../src/engine/engine";
import { DEFAULT_ENGINE_OPTIONS } from "../../src/core/types";

/** `customSdks` entries with `"language": "python"`: validated, then turned into the Python catalog's descriptors. */

function problemsOf(raw: unknown, keyPrefix = ""): string[] {
  try {
    validateConfig(raw, "/project", keyPrefix);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

const ACME_PY = {
  language: "python",
  module: ["acme_llm", "acme_llm.client"],
  id: "acme",
  name: "Acme LLM",
  system: "acme",
  client: { export: "AcmeClient", asyncExport: "AsyncAcmeClient", modelAtCreation: ["model"] },
  calls: [
    {
      path: "chat.send",
      model: "model",
      messages: { keyword: "history", position: 0 },
      system: { keyword: "options", path: "system" },
      params: true,
      streamFlag: "stream",
      text: "reply.text",
      toolCalls: "reply.tool_calls",
      responseModel: "meta.model",
      responseId: "meta.id",
      usage: { input: "meta.tokens.input", output: "meta.tokens.output" },
    },
    { path: "chat.stream", streaming: true },
    { path: "embed", operation: "embeddings", embeddingsInput: { keyword: "texts", position: 0 }, async: true },
  ],
  functions: [{ export: "complete", prompt: { keyword: "prompt", position: 1 }, text: "text" }],
};

describe("customSdks for Python", () => {
  it("turns an entry into a PySdkDescriptor, and leaves the JavaScript list without it", () => {
    const config = validateConfig({ customSdks: [ACME_PY] }, "/project");
    expect(config.customSdks).toEqual([]);
    expect(config.customPythonSdks).toEqual([
      {
        id: "acme",
        displayName: "Acme LLM",
        modules: ["acme_llm", "acme_llm.client"],
        system: "acme",
        entries: [
          { export: "AcmeClient", how: "construct", produces: "acme.client" },
          { export: "AsyncAcmeClient", how: "construct", produces: "acme.client", async: true },
          {
            export: "complete",
            how: "call",
            operation: {
              path: "",
              operation: "chat",
              request: { prompt: { keyword: "prompt", position: 1 } },
              response: { text: "text" },
            },
          },
        ],
        kinds: [
          {
            id: "acme.client",
            modelAtCreation: [{ keyword: "model" }],
            operations: [
              {
                path: "chat.send",
                operation: "chat",
                request: {
                  model: { keyword: "model" },
                  messages: { keyword: "history", position: 0 },
                  system: { keyword: "options", path: "system" },
                  streamFlag: "stream",
                  params: true,
                },
                response: {
                  text: "reply.text",
                  toolCalls: "reply.tool_calls",
                  model: "meta.model",
                  id: "meta.id",
                  usage: { input: "meta.tokens.input", output: "meta.tokens.output", totalIsSum: true },
                },
              },
              { path: "chat.stream", operation: "chat", request: {}, response: {}, streaming: true },
              {
                path: "embed",
                operation: "embeddings",
                request: { embeddingsInput: { keyword: "texts", position: 0 } },
                response: {},
                async: true,
              },
            ],
          },
        ],
      },
    ]);
  });

  it("keeps JavaScript entries (no language, or javascript) apart from Python ones", () => {
    const js = { module: "@acme/llm", functions: [{ export: "complete", prompt: "prompt" }] };
    const config = validateConfig(
      { customSdks: [js, { ...js, language: "javascript", id: "acme-js" }, ACME_PY] },
      "/project",
    );
    expect(config.customSdks.map((sdk) => sdk.id)).toEqual(["@acme/llm", "acme-js"]);
    expect(config.customPythonSdks.map((sdk) => sdk.id)).toEqual(["acme"]);
  });

  it("a module-level client (kind instance) is a value; a factory makes a client like a class", () => {
    const config = validateConfig(
      {
        customSdks: [
          { ...ACME_PY, client: { export: "default_client", kind: "instance" } },
          { ...ACME_PY, id: "acme2", client: { export: "make_client", kind: "factory" } },
        ],
      },
      "/project",
    );
    expect(config.customPythonSdks.map((sdk) => sdk.entries[0])).toEqual([
      { export: "default_client", how: "value", produces: "acme.client" },
      { export: "make_client", how: "construct", produces: "acme2.client" },
    ]);
  });

  it("names the key at fault and what to write instead", () => {
    expect(
      problemsOf({
        customSdks: [
          { language: "py", module: "acme" },
          {
            language: "python",
            module: "@acme/llm",
            client: { export: "Acme Client", kind: "singleton", modelAtCreation: [7] },
            calls: [
              {
                path: "chat send",
                model: { position: 0 },
                messages: "the history",
                text: "reply[",
                usage: { in: "x" },
              },
              { path: "chat.send", model: ["model"], async: "yes", streamFlag: "stream-it", colour: "red" },
            ],
            functions: [{ export: "complete-it", prompt: { keyword: "prompt", position: -1 } }],
          },
          { language: "python", module: "acme_llm", calls: [{ path: "chat.send" }] },
          { language: "python", module: "acme_llm", client: { export: "Acme" } },
        ],
      }),
    ).toEqual([
      'customSdks[0].language: expected "javascript" | "python", got "py"',
      'customSdks[1].module: expected a Python module path such as acme_llm or acme.llm, or a non-empty list of them, got "@acme/llm"',
      'customSdks[1].calls[0].path: expected a method path from the client, such as chat.send, got "chat send"',
      'customSdks[1].calls[0].model.keyword: required: the parameter\'s name, such as "model" ("position" alone is not enough)',
      'customSdks[1].calls[0].messages: expected a keyword such as "messages", or { "keyword": "messages", "position": 0 }, got "the history"',
      'customSdks[1].calls[0].text: expected a field path such as usage.input_tokens or choices[].message.content, got "reply["',
      "customSdks[1].calls[0].usage.in: unknown key (expected one of input, output, total)",
      expect.stringMatching(
        /^customSdks\[1\]\.calls\[1\]\.colour: unknown key \(expected one of path, operation, model, /,
      ),
      'customSdks[1].calls[1].model: expected a keyword such as "model", or { "keyword": "model", "position": 0 }, got an array',
      'customSdks[1].calls[1].streamFlag: expected the keyword that makes the call stream, such as stream, got "stream-it"',
      'customSdks[1].calls[1].async: expected true or false, got "yes"',
      'customSdks[1].functions[0].export: expected the function\'s name in the module, such as complete, got "complete-it"',
      "customSdks[1].functions[0].prompt.position: expected an integer >= 0, got -1",
      'customSdks[1].client.export: expected the name the module exports, such as AcmeClient, got "Acme Client"',
      'customSdks[1].client.kind: expected "constructor" | "factory" | "instance", got "singleton"',
      'customSdks[1].client.modelAtCreation[0]: expected a keyword such as "model", or { "keyword": "model", "position": 0 }, got 7',
      'customSdks[2].client: required with "calls": name the class or factory that makes the client',
      'customSdks[2]: expected "client" with "calls", or "functions"',
      'customSdks[3].calls: required with "client": list the client methods that call the model',
    ]);
  });

  it("prefixes key paths with sentryAiCodemod. in package.json", () => {
    expect(problemsOf({ customSdks: [{ language: "python", module: "acme-llm" }] }, "sentryAiCodemod.")).toEqual([
      'sentryAiCodemod.customSdks[0].module: expected a Python module path such as acme_llm or acme.llm, or a non-empty list of them, got "acme-llm"',
      'sentryAiCodemod.customSdks[0]: expected "client" with "calls", or "functions"',
    ]);
  });

  it("reaches the Python engine through the engine settings: its calls are sites, the built-in SDKs still are", async () => {
    const config = validateConfig({ customSdks: [ACME_PY] }, "/project");
    const settings = engineSettings(config);
    expect(settings.customPythonSdks).toBe(config.customPythonSdks);
    const text = [
      "from acme_llm import AcmeClient",
      "from openai import OpenAI",
      "",
      "acme = AcmeClient()",
      "openai_client = OpenAI()",
      "",
      "def ask(question):",
      '    acme.chat.send([{"role": "user", "content": question}], model="acme-1")',
      '    openai_client.chat.completions.create(model="gpt-4o", messages=[])',
      "",
    ].join("\n");
    const withConfig = await createEngine(DEFAULT_ENGINE_OPTIONS, settings).analyze("/project/ask.py", text);
    expect(withConfig.sites.map((site) => [site.sdk, site.spanName, site.status])).toEqual([
      ["acme", "chat acme-1", "instrumentable"],
      ["openai", "chat gpt-4o", "instrumentable"],
    ]);
    const without = await createEngine(DEFAULT_ENGINE_OPTIONS).analyze("/project/ask.py", text);
    expect(without.sites.map((site) => site.sdk)).toEqual(["openai"]);
  });

  it("the example in docs/config.md is valid and gives the spans it documents", async () => {
    const doc = fs.readFileSync(path.join(__dirname, "../../docs/config.md"), "utf8");
    const section = doc.slice(doc.indexOf("### Custom SDKs in Python"));
    const json = /```json\n([\s\S]*?)```/.exec(section)![1];
    const python = /```python\n([\s\S]*?)```/.exec(section)![1];
    const config = validateConfig(JSON.parse(json), "/project");
    const result = await createEngine(DEFAULT_ENGINE_OPTIONS, engineSettings(config)).analyze(
      "/project/doc.py",
      python,
    );
    expect(result.sites.map((site) => [site.kind, site.spanName, site.status])).toEqual([
      ["ai-request", "chat acme-large", "instrumentable"],
      ["ai-request", "text_completion acme-small", "instrumentable"],
    ]);
  });
});
