// The Python the codemod writes for a sentry-sdk 3.x project, run against the real sentry-sdk 3.0.0
// (.venv-test-sdk3/, from requirements-sdk3.txt, built by jest's global setup): a workspace whose
// requirements.txt pins sentry-sdk==3.0.0 is instrumented by the real CLI, and a sync chat call, the streams, the stream managers
// and a hand-rolled tool/agent program run against the mock LLM server. The spans arrive as 3.x span
// envelope items; they must match what the 2.x run records (runtime/expected.ts).
import fs from "node:fs";
import path from "node:path";
import { CliResult, ensureCliBuilt, makeWorkspace, runCli } from "../runtime/codemod-cli";
import { MockServer, startMockLlmServer } from "../runtime/mock-llm-server";
import { limitConcurrency } from "../runtime/run-instrumented";
import { EXPECTED } from "./runtime/expected";
import { genAiData, genAiSpans, PyRun, rootOf, runPython, SDK3_VENV, venvPython } from "./runtime/run-python";

const PROGRAMS_DIR = path.join(__dirname, "runtime", "programs");
const PROGRAMS = ["openai-sync", "openai-no-model", "streaming", "stream-managers", "hand-rolled-agent"];
const CONTENT_KEYS = [
  "gen_ai.request.messages",
  "gen_ai.system_instructions",
  "gen_ai.embeddings.input",
  "gen_ai.tool.input",
  "gen_ai.response.text",
  "gen_ai.response.tool_calls",
  "gen_ai.tool.output",
];

let server: MockServer;
let workspace: string;
let cli: CliResult;
const runs = new Map<string, Promise<PyRun>>();
const limited = limitConcurrency(2);

function startRun(key: string, file: string, sendDefaultPii = true): void {
  const run = limited(() => runPython(file, server.url, { python: venvPython(SDK3_VENV), sendDefaultPii }));
  run.catch(() => undefined);
  runs.set(key, run);
}
const runOf = (key: string): Promise<PyRun> => runs.get(key) ?? Promise.reject(new Error(`no run ${key}`));

beforeAll(async () => {
  ensureCliBuilt();
  server = await startMockLlmServer();
  workspace = makeWorkspace();
  fs.writeFileSync(path.join(workspace, "requirements.txt"), "sentry-sdk==3.0.0\nopenai==3.63.0\n");
  for (const name of PROGRAMS)
    fs.copyFileSync(path.join(PROGRAMS_DIR, `${name}.py`), path.join(workspace, `${name}.py`));
  cli = await runCli(["instrument", workspace, "--force", "--json"]);
  for (const name of PROGRAMS) startRun(name, path.join(workspace, `${name}.py`));
  startRun("no-content:openai-sync", path.join(workspace, "openai-sync.py"), false);
}, 120_000);

afterAll(async () => {
  await Promise.allSettled(runs.values());
  await server?.close();
  if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
});

test("the CLI writes the 3.x API for a project pinning sentry-sdk 3.0.0, and no 2.x call", () => {
  expect(cli.code).toBe(0);
  expect(JSON.parse(cli.stdout)).toMatchObject({ filesChanged: PROGRAMS.length, needsManualWork: [], errors: [] });
  for (const name of PROGRAMS) {
    const text = fs.readFileSync(path.join(workspace, `${name}.py`), "utf8");
    expect({ name, v2: /\bop=|set_data\(|set_status\(|\.finish\(\)|\bHub\b/.test(text) }).toEqual({ name, v2: false });
    expect(text).toContain('attributes={"sentry.op": "gen_ai.');
  }
});

describe.each(PROGRAMS)("%s on sentry-sdk 3.0.0", (program) => {
  const expected = EXPECTED[program]!;

  test("returns what it returns uninstrumented; every span's op, name, parent, status and gen_ai data", async () => {
    const run = await runOf(program);
    expect(run.error).toBeNull();
    expect(run.result).toEqual(expected.result);
    const names = new Map(run.spans.map((span) => [span.spanId, span.name]));
    expect(rootOf(run).name).toBe("runtime-test");
    const spans = genAiSpans(run);
    expect(spans.map((span) => [span.op, span.name, names.get(span.parentSpanId ?? "")])).toEqual(
      expected.spans.map((span) => [span.op, span.name, span.parent ?? "runtime-test"]),
    );
    expected.spans.forEach((span, index) => {
      const actual = spans[index]!;
      expect({ name: span.name, status: actual.status }).toEqual({ name: span.name, status: span.status ?? "ok" });
      expect(genAiData(actual)).toMatchObject(span.data);
      for (const key of span.absent ?? [])
        expect({ key, value: genAiData(actual)[key] }).toEqual({ key, value: undefined });
    });
  });
});

test("data_collection gen_ai inputs/outputs off: no prompt or response, the rest unchanged", async () => {
  const [off, on] = await Promise.all([runOf("no-content:openai-sync"), runOf("openai-sync")]);
  expect(off.error).toBeNull();
  const content = (run: PyRun) =>
    genAiSpans(run).flatMap((span) => CONTENT_KEYS.filter((key) => genAiData(span)[key] !== undefined));
  expect(content(off)).toEqual([]);
  expect(content(on).length).toBeGreaterThan(0);
  const keys = (run: PyRun) =>
    genAiSpans(run).map((span) =>
      Object.keys(genAiData(span))
        .filter((key) => !CONTENT_KEYS.includes(key))
        .sort(),
    );
  expect(keys(off)).toEqual(keys(on));
});
