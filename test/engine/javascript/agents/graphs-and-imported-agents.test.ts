// `check` over LangGraph graphs, LangChain streams, Deep Agents and agents imported from project files: each run,
// streamed or not, is a fixable missing-span finding named by its agent (a Mastra stream is still streaming-manual);
// and the prefilter passes a file that runs an agent created in a project file it imports.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DEFAULT_ENGINE_OPTIONS } from "../../../../src/core/types";
import { Engine } from "../../../../src/engine/engine";
import { JavaScriptPrefilter } from "../../../../src/engine/javascript/prefilter";
import { builtinCatalog } from "../../../../src/sdks/registry";
import { findingsFromSites } from "../../../../src/rules/findings";
import { FIXTURE_ROOT } from "../../../fixture-cases";

const AGENTS = path.join(FIXTURE_ROOT, "invoke-agent");

async function findingsOf(fixture: string) {
  const file = path.join(AGENTS, fixture);
  const result = await new Engine(DEFAULT_ENGINE_OPTIONS).analyze(file, fs.readFileSync(file, "utf8"));
  const spanNames = result.sites.map((site) => site.spanName);
  return {
    spanNames,
    findings: findingsFromSites(result).map(({ ruleId, fixable, line }) => ({ ruleId, fixable, line })),
  };
}

describe("check: graphs and imported agents", () => {
  it("LangGraph StateGraph runs are missing spans named by compile({ name }), withConfig({ runName }) or the variable, streams too", async () => {
    const { spanNames, findings } = await findingsOf("langgraph-state-graph.input.ts");
    expect(spanNames).toEqual([
      "invoke_agent weather_graph",
      "invoke_agent summaryGraph",
      "invoke_agent review_graph",
      "invoke_agent weather_graph",
      "invoke_agent weather_graph",
    ]);
    expect(findings).toEqual([
      { ruleId: "missing-span", fixable: true, line: 22 },
      { ruleId: "missing-span", fixable: true, line: 27 },
      { ruleId: "missing-span", fixable: true, line: 32 },
      { ruleId: "missing-span", fixable: true, line: 36 },
      { ruleId: "missing-span", fixable: true, line: 37 },
    ]);
  });

  it("createAgent(...).streamEvents(), createDeepAgent(...).invoke() and withConfig(...).invoke() missing spans", async () => {
    const { spanNames, findings } = await findingsOf("langchain-create-agent-stream-events.input.ts");
    expect(spanNames).toEqual(["invoke_agent support", "invoke_agent researcher", "invoke_agent support"]);
    expect(findings).toEqual([
      { ruleId: "missing-span", fixable: true, line: 12 },
      { ruleId: "missing-span", fixable: true, line: 17 },
      { ruleId: "missing-span", fixable: true, line: 22 },
    ]);
  });

  it("agents imported from project files and Mastra lookups are named by their creation there", async () => {
    expect((await findingsOf("imported-langchain-agent.input.ts")).spanNames).toEqual(["invoke_agent support"]);
    expect((await findingsOf("imported-openai-agent.input.ts")).spanNames).toEqual(["invoke_agent Triage"]);
    const mastra = await findingsOf("imported-mastra-agent.input.ts");
    expect(mastra.spanNames).toEqual([
      "invoke_agent Weather Agent",
      "invoke_agent Trip Planner",
      "invoke_agent Weather Agent",
      "invoke_agent Weather Agent",
    ]);
    expect(mastra.findings.map((finding) => finding.ruleId)).toEqual([
      "missing-span",
      "missing-span",
      "missing-span",
      "streaming-manual",
    ]);
  });

  it("look-alikes have no findings", async () => {
    expect((await findingsOf("negative-state-graph-lookalike.input.ts")).findings).toEqual([]);
    expect((await findingsOf("negative-imported-lookalike.input.ts")).findings).toEqual([]);
  });
});

describe("prefilter: agents imported from project files", () => {
  let root: string;
  const write = (relative: string, text: string): string => {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "sac-agents-prefilter-"));
    write(
      "src/agents/support.ts",
      'import { createAgent } from "langchain";\nexport const support = createAgent({ name: "support", model: "openai:gpt-4o", tools: [] });\n',
    );
    write("src/agents/index.ts", 'export * from "./support";\n');
    write("src/cache.ts", "export const support = { invoke: async (input: unknown) => input };\n");
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("passes a file that runs an agent from a project file (or barrel) that imports a framework, and no other", () => {
    const prefilter = new JavaScriptPrefilter(builtinCatalog);
    const run = 'export const answer = (q: string) => support.invoke({ messages: [{ role: "user", content: q }] });\n';
    const direct = write("src/direct.ts", `import { support } from "./agents/support";\n${run}`);
    const barrel = write("src/routes/barrel.ts", `import { support } from "../agents";\n${run}`);
    const plain = write("src/plain.ts", `import { support } from "./cache";\n${run}`);
    expect(prefilter.mightContainSites(direct, fs.readFileSync(direct, "utf8"))).toBe(true);
    expect(prefilter.mightContainSites(barrel, fs.readFileSync(barrel, "utf8"))).toBe(true);
    expect(prefilter.mightContainSites(plain, fs.readFileSync(plain, "utf8"))).toBe(false);
  });
});
