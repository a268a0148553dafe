import { DEFAULT_ENGINE_OPTIONS } from "../../src/core/types";
import { createEngine } from "../../src/engine/engine";
import { BUILTIN_SDKS, SdkCatalog, builtinCatalog } from "../../src/sdks/registry";
import type { SdkDescriptor } from "../../src/sdks/types/calls";

/** An SDK whose requests keep sampling parameters under `settings` and name tools under `spec.`. */
const acme: SdkDescriptor = {
  id: "acme",
  displayName: "Acme",
  modules: ["acme-llm"],
  system: "acme",
  parameterContainers: ["settings"],
  toolDefinitionPrefixes: ["spec."],
  providerModules: { "acme-ai-provider": "acme" },
  entries: [{ export: "Acme", how: "construct", produces: "acme.client" }],
  kinds: [
    {
      id: "acme.client",
      operations: [
        {
          path: "chat.send",
          operation: "chat",
          request: { model: "model", messages: "messages", tools: "tools" },
          response: { text: "output.text" },
        },
      ],
    },
  ],
};

describe("SdkCatalog merges what SDKs say about request shapes", () => {
  test("the built-in SDKs' parameter containers, tool prefixes and provider packages, top level first", () => {
    expect(builtinCatalog.parameterContainers[0]).toBe("");
    expect(builtinCatalog.parameterContainers).toEqual(
      expect.arrayContaining(["config", "options", "inferenceConfig", "generationConfig"]),
    );
    expect(builtinCatalog.toolDefinitionPrefixes[0]).toBe("");
    expect(builtinCatalog.toolDefinitionPrefixes).toEqual(
      expect.arrayContaining(["function.", "toolSpec.", "functionDeclarations.0."]),
    );
    expect(builtinCatalog.providerModules["@ai-sdk/anthropic"]).toBe("anthropic");
    expect(builtinCatalog.providerModules["acme-ai-provider"]).toBeUndefined();
  });

  test("an added SDK's lists join the built-in ones, each entry once", () => {
    const catalog = new SdkCatalog([...BUILTIN_SDKS, acme, { ...acme, id: "acme-copy", modules: ["acme-copy"] }]);
    expect(catalog.parameterContainers.filter((container) => container === "settings")).toEqual(["settings"]);
    expect(catalog.parameterContainers).toContain("config");
    expect(catalog.toolDefinitionPrefixes).toContain("spec.");
    expect(catalog.providerModules["acme-ai-provider"]).toBe("acme");
    expect(catalog.providerModules["@ai-sdk/openai"]).toBe("openai");
  });

  test("the request span reads sampling parameters and tool names where the SDK data says they are", async () => {
    const engine = createEngine(DEFAULT_ENGINE_OPTIONS, { customSdks: [acme] });
    const input = [
      'import { Acme } from "acme-llm";',
      'const client = new Acme({ apiKey: "k" });',
      "export async function ask(q: string) {",
      "  return await client.chat.send({",
      '    model: "acme-1",',
      '    messages: [{ role: "user", content: q }],',
      "    settings: { temperature: 0.3 },",
      '    tools: [{ spec: { name: "lookup", description: "Looks it up" } }],',
      "  });",
      "}",
      "",
    ].join("\n");
    const result = await engine.transform("/project/src/ask.ts", input);
    expect(result.output).toContain('"gen_ai.request.temperature": 0.3,');
    expect(result.output).toContain(
      String.raw`"gen_ai.request.available_tools": "[{\"name\":\"lookup\",\"description\":\"Looks it up\"}]",`,
    );
  });
});
