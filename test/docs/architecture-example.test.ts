import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { DEFAULT_ENGINE_OPTIONS } from "../../src/core/types";
import { createEngine } from "../../src/engine/engine";
import type { SdkDescriptor } from "../../src/sdks/types/calls";

/** The "Adding an SDK" example of docs/architecture.md, run as written: its descriptor alone makes the engine wrap the call. */
function documentedDescriptor(): SdkDescriptor {
  const doc = fs.readFileSync(path.join(__dirname, "../../docs/architecture.md"), "utf8");
  const block = /```ts\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error("docs/architecture.md has no ts example");
  const source = block.replace(/^ {3}/gm, "").replace(/^import type .*$/m, "");
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText;
  const exports: Record<string, unknown> = {};
  new Function("exports", js)(exports);
  return exports.acme as SdkDescriptor;
}

test("the documented SDK descriptor is all the engine needs to wrap the new SDK's call", async () => {
  const engine = createEngine(DEFAULT_ENGINE_OPTIONS, { customSdks: [documentedDescriptor()] });
  const input = [
    'import { Acme } from "acme-llm";',
    'const client = new Acme({ apiKey: "k" });',
    "export async function ask(q: string) {",
    '  return await client.chat.send({ model: "acme-1", messages: [{ role: "user", content: q }] });',
    "}",
    "",
  ].join("\n");
  const result = await engine.transform("/project/src/ask.ts", input);
  expect(result.sites.map((site) => [site.sdk, site.status, site.spanName])).toEqual([
    ["acme", "instrumentable", "chat acme-1"],
  ]);
  expect(result.output).toContain('"gen_ai.system": "acme"');
  expect(result.output).toContain(
    '"gen_ai.response.text": sentryRecordsAiContent("outputs") ? toSpanJson([response?.output?.text]) : undefined',
  );
  expect(result.output).toContain('"gen_ai.usage.input_tokens": response?.usage?.in,');
});
