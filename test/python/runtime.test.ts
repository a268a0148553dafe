// End-to-end check of the Python the codemod emits, against the real sentry-sdk and the real SDK clients
// (pinned in requirements-dev.txt, installed in .venv-test/ by jest's global setup): the real CLI instruments
// a copy of every program in runtime/programs/, original and copy both run against the mock LLM server with
// an in-memory transport, and the test reads what Sentry would have received. See runtime/README.md.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { CliResult, ensureCliBuilt, makeWorkspace, runCli } from "../runtime/codemod-cli";
import { MockServer, startMockLlmServer } from "../runtime/mock-llm-server";
import { limitConcurrency } from "../runtime/run-instrumented";
import { EXPECTED, ExpectedSpan } from "./runtime/expected";
import { childrenOf, genAiData, genAiSpans, PyRun, PySpan, rootOf, runPython, venvPython } from "./runtime/run-python";

const PROGRAMS_DIR = path.join(__dirname, "runtime", "programs");
const PROGRAMS = fs
  .readdirSync(PROGRAMS_DIR)
  .filter((file) => file.endsWith(".py"))
  .map((file) => path.basename(file, ".py"))
  .sort();

let server: MockServer;
let workspace: string;
let cli: CliResult;
const runs = new Map<string, Promise<PyRun>>();
const limited = limitConcurrency(2); // CI has 2 cores; each run is one Python process

function startRun(key: string, file: string): void {
  const run = limited(() => runPython(file, server.url));
  run.catch(() => undefined); // reported by the test that awaits it
  runs.set(key, run);
}

const runOf = (key: string): Promise<PyRun> => runs.get(key) ?? Promise.reject(new Error(`no run ${key}`));

beforeAll(async () => {
  ensureCliBuilt();
  server = await startMockLlmServer();
  workspace = makeWorkspace();
  for (const name of PROGRAMS) startRun(`original:${name}`, path.join(PROGRAMS_DIR, `${name}.py`));
  for (const name of PROGRAMS) fs.copyFileSync(path.join(PROGRAMS_DIR, `${name}.py`), path.join(workspace, `${name}.py`));
  cli = await runCli(["instrument", workspace, "--force", "--json"]);
  for (const name of PROGRAMS) startRun(`instrumented:${name}`, path.join(workspace, `${name}.py`));
}, 120_000);

afterAll(async () => {
  await Promise.allSettled(runs.values());
  await server?.close();
  if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
});

const describeSpans = (run: PyRun): string =>
  run.spans.map((span) => `${span.op} "${span.name}" ${span.status} parent=${span.parentSpanId}`).join("\n");

/** The gen_ai span at `index` (start order), checked to be the expected op and name. */
function spanAt(run: PyRun, index: number, expected: ExpectedSpan): PySpan {
  const span = genAiSpans(run)[index];
  if (!span || span.op !== expected.op || span.name !== expected.name) {
    throw new Error(`gen_ai span #${index} is not ${expected.op} "${expected.name}". Spans:\n${describeSpans(run)}`);
  }
  return span;
}

test("instrument --force rewrites every program, nothing left for manual work, no errors", () => {
  expect(cli.code).toBe(0);
  const summary = JSON.parse(cli.stdout) as { sites: Record<string, { wrapped?: number }> };
  expect(summary).toMatchObject({ filesScanned: PROGRAMS.length, filesChanged: PROGRAMS.length, needsManualWork: [], errors: [] });
  const wrapped = Object.values(summary.sites).reduce((sum, site) => sum + (site.wrapped ?? 0), 0);
  expect(wrapped).toBe(Object.values(EXPECTED).reduce((sum, program) => sum + program.sites, 0));
  expect(Object.keys(EXPECTED).sort()).toEqual(PROGRAMS);
});

describe.each(PROGRAMS)("%s, instrumented, against the mock", (program) => {
  const expected = EXPECTED[program]!;
  const original = (): Promise<PyRun> => runOf(`original:${program}`);
  const instrumented = (): Promise<PyRun> => runOf(`instrumented:${program}`);

  test("returns and prints exactly what the uninstrumented program does", async () => {
    const [before, after] = await Promise.all([original(), instrumented()]);
    expect(before.error).toBeNull();
    expect(after.error).toBeNull();
    expect(before.result).toEqual(expected.result);
    expect(after.result).toEqual(before.result);
    if (expected.stdout !== undefined) expect(before.stdout).toBe(expected.stdout);
    expect(after.stdout).toBe(before.stdout);
  });

  test("one gen_ai span per call, in order, each under its parent; no HTTP call outside a span", async () => {
    const [before, run] = await Promise.all([original(), instrumented()]);
    expect(genAiSpans(before)).toEqual([]);
    const root = rootOf(run);
    expect(genAiSpans(run).map((span) => [span.op, span.name])).toEqual(expected.spans.map((span) => [span.op, span.name]));
    const names = new Map(run.spans.map((span) => [span.spanId, span.name]));
    expect(genAiSpans(run).map((span) => names.get(span.parentSpanId ?? ""))).toEqual(
      expected.spans.map((span) => span.parent ?? "runtime-test"),
    );
    expect(childrenOf(run, root).filter((span) => span.op === "http.client")).toEqual([]);
  });

  expected.spans.forEach((span, index) => {
    test(`${span.name} (#${index}): status and gen_ai data`, async () => {
      const run = await instrumented();
      const actual = spanAt(run, index, span);
      expect(actual.status).toBe(span.status ?? "ok");
      const data = genAiData(actual);
      expect(data).toMatchObject(span.data);
      for (const key of span.absent ?? []) expect({ key, value: data[key] }).toEqual({ key, value: undefined });
    });

    for (const [key, bug] of Object.entries(span.knownBugs ?? {})) {
      test.failing(`${span.name} (#${index}): ${key} [known engine bug: ${bug.why}]`, async () => {
        const data = genAiData(spanAt(await instrumented(), index, span));
        expect(data[key]).toEqual(bug.expected);
      });
    }
  });
});

describe("the helpers the codemod adds, with real SDK objects", () => {
  test("never raise: missing usage and choices, raising attributes, cycles, unserialisable values", () => {
    const generated = path.join(__dirname, "..", "..", "__testfixtures__", "ai-request", "openai-chat.output.py");
    const out = execFileSync(venvPython(), [path.join(__dirname, "runtime", "helpers_check.py"), generated], {
      env: { PATH: process.env.PATH ?? "", OPENAI_API_KEY: "test-key", PYTHONDONTWRITEBYTECODE: "1" },
      encoding: "utf8",
    });
    expect(JSON.parse(out)).toEqual({
      get_raises: null,
      get_missing_usage: null,
      get_no_choices: null,
      get_first_of_none: null,
      get_dict: 3,
      get_filter: ["a"],
      get_model: 3,
      json_cycle: null,
      json_pydantic: '{"completion_tokens": 2, "prompt_tokens": 1, "total_tokens": 3, "completion_tokens_details": null, "prompt_tokens_details": null}',
      json_object: true,
      json_none: null,
      json_list: '["stop"]',
      json_empty_list: null,
      json_all_none: null,
      json_text: '"Be brief."',
      json_text_as_is: "Be brief.",
      json_list_text_as_is: '["a"]',
    });
  });
});
