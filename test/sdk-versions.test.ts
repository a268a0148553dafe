import { transformJavaScript } from "../src/engine/javascript/transform";
import { builtinCatalog } from "../src/sdks/registry";
import { DEFAULT_ENGINE_OPTIONS, type ProjectInfo } from "../src/core/types";

const source = `import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function translate(text: string) {
  const result = await generateText({ model: openai("gpt-4o-mini"), prompt: text });
  return result.text;
}
`;

function instrument(sdkMajors: Record<string, number>): string {
  const project: ProjectInfo = { root: "/app", sentryPackage: "@sentry/node", sdkMajors };
  const result = transformJavaScript({ path: "/app/translate.ts", text: source, project }, DEFAULT_ENGINE_OPTIONS, { catalog: builtinCatalog });
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
    expect(output).toContain(
      '"gen_ai.request.messages": toSpanJson(typeof text === "string" ? [{ role: "user", content: text }] : text),',
    );
  });
});
