import { transformJavaScript } from "../../../src/engine/javascript/transform";
import { builtinCatalog } from "../../../src/sdks/registry";
import { DEFAULT_ENGINE_OPTIONS, type ProjectInfo } from "../../../src/core/types";

const source = `import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function translate(text: string) {
  const result = await generateText({ model: openai("gpt-4o-mini"), prompt: text });
  return result.text;
}
`;

function instrument(sdkMajors: Record<string, number>): string {
  const project: ProjectInfo = { root: "/app", sentryPackage: "@sentry/node", sdkMajors };
  const result = transformJavaScript({ path: "/app/translate.ts", text: source, project }, DEFAULT_ENGINE_OPTIONS, {
    catalog: builtinCatalog,
  });
  return result.output ?? "";
}

describe("usage field names follow the installed SDK major", () => {
  it("reads AI SDK v4's promptTokens / completionTokens", () => {
    const output = instrument({ ai: 4 });
    expect(output).toContain('"gen_ai.usage.input_tokens": response?.usage?.promptTokens,');
    expect(output).toContain('"gen_ai.usage.output_tokens": response?.usage?.completionTokens,');
    expect(output).not.toContain("inputTokens");
  });

  it("reads AI SDK v5+ totalUsage.inputTokens / outputTokens (all steps)", () => {
    for (const major of [5, 6]) {
      const output = instrument({ ai: major });
      expect(output).toContain('"gen_ai.usage.input_tokens": response?.totalUsage?.inputTokens,');
      expect(output).toContain('"gen_ai.usage.output_tokens": response?.totalUsage?.outputTokens,');
    }
  });

  it("names the provider and model from the provider call", () => {
    const output = instrument({});
    expect(output).toContain('name: "chat gpt-4o-mini",');
    expect(output).toContain('"gen_ai.system": "openai",');
    expect(output).toContain('prompt: sentryRecordInput(span, "gen_ai.request.messages", text)');
  });
});

const anthropicSource = `import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic();

export async function ask(question: string) {
  return anthropic.messages.create({ model: "claude-3-5-haiku-latest", max_tokens: 256, messages: [{ role: "user", content: question }] });
}
`;

function instrumentAnthropic(sdkVersions: Record<string, string>): string {
  const sdkMajors = Object.fromEntries(
    Object.entries(sdkVersions).map(([module, version]) => [module, Number(version.split(".")[0])]),
  );
  const project: ProjectInfo = { root: "/app", sentryPackage: "@sentry/node", sdkMajors, sdkVersions };
  const result = transformJavaScript({ path: "/app/ask.ts", text: anthropicSource, project }, DEFAULT_ENGINE_OPTIONS, {
    catalog: builtinCatalog,
  });
  return result.output ?? "";
}

describe("Anthropic cache usage fields follow the installed @anthropic-ai/sdk version", () => {
  it("leaves the cache fields out before 0.33.0, whose Usage type lacks them", () => {
    for (const version of ["0.27.3", "0.29.0", "0.32.1"]) {
      const output = instrumentAnthropic({ "@anthropic-ai/sdk": version });
      expect(output).toContain('"gen_ai.usage.input_tokens": response?.usage?.input_tokens,');
      expect(output).toContain(
        '"gen_ai.usage.total_tokens": response?.usage?.input_tokens == null ? undefined : response?.usage?.input_tokens + (response?.usage?.output_tokens ?? 0),',
      );
      expect(output).not.toContain("cache_");
    }
  });

  it("counts cache reads and writes in from 0.33.0, and when the version is unknown", () => {
    const cases: Array<Record<string, string>> = [
      { "@anthropic-ai/sdk": "0.33.0" },
      { "@anthropic-ai/sdk": "1.12.0" },
      {},
    ];
    for (const versions of cases) {
      const output = instrumentAnthropic(versions);
      expect(output).toContain("(response?.usage?.cache_read_input_tokens ?? 0)");
      expect(output).toContain("(response?.usage?.cache_creation_input_tokens ?? 0)");
    }
  });
});
