import * as fs from "node:fs";
import * as path from "node:path";
import { defaultRuleLevels } from "../../../src/config/rule-levels";
import { DEFAULT_ENGINE_OPTIONS } from "../../../src/core/types";
import { Engine } from "../../../src/engine/engine";
import { FileChecker } from "../../../src/rules/check-file";

/**
 * Clients wrapped with Sentry's own helpers (`Sentry.instrumentOpenAiClient(new OpenAI())`, ...) already create
 * their spans: `check` reports nothing for their calls (no missing span, no untraceable receiver) and `instrument`
 * leaves them alone. The same calls on the bare clients are reported, so the test sees the helpers make the difference.
 */
const FIXTURE = path.resolve(__dirname, "../../../__testfixtures__/ai-request/sentry-instrumented-clients.input.ts");
const WRAPPED = fs.readFileSync(FIXTURE, "utf8");
/** The fixture with every helper call replaced by the client it wraps, and Sentry's LangChain handler left out. */
const BARE = WRAPPED.replace(/(?:Sentry\.)?instrument\w+(?:Client|Embeddings)\((new \w+\([^)]*\))\)/g, "$1")
  .replace(", callbacks: [sentryHandler]", "")
  .replace(", { callbacks: [Sentry.createLangChainCallbackHandler()] }", "");

async function findings(text: string): Promise<string[]> {
  const checker = new FileChecker({
    engineOptions: DEFAULT_ENGINE_OPTIONS,
    customSdks: [],
    rules: defaultRuleLevels(),
  });
  const outcome = await checker.check({ absolutePath: FIXTURE, file: "ask.ts", text });
  expect(outcome.errors).toEqual([]);
  return outcome.findings.map((finding) => `${finding.ruleId} ${finding.line}`);
}

describe("clients wrapped with Sentry's instrument*Client helpers", () => {
  it("the bare version of the fixture really differs: no helper is left", () => {
    expect(BARE).not.toMatch(/instrument\w+(Client|Embeddings)\(|callbacks:/);
    expect(BARE).toContain("const openai = new OpenAI(");
  });

  it("check reports nothing missing and no untraceable receiver", async () => {
    expect(await findings(WRAPPED)).toEqual([]);
  });

  it("check reports every call on the bare clients", async () => {
    const found = await findings(BARE);
    expect(found.filter((finding) => finding.startsWith("missing-span"))).toHaveLength(9);
    expect(found.filter((finding) => finding.startsWith("unresolved-receiver"))).toEqual([]);
  });

  it("instrument finds no site to wrap, and wraps the bare clients' calls", async () => {
    const engine = new Engine(DEFAULT_ENGINE_OPTIONS);
    const wrapped = await engine.transform(FIXTURE, WRAPPED);
    expect(wrapped.sites).toEqual([]);
    expect(wrapped.output ?? WRAPPED).toBe(WRAPPED);
    const bare = await engine.transform(FIXTURE, BARE);
    expect(bare.sites.filter((site) => site.status === "instrumentable")).toHaveLength(9);
  });
});
