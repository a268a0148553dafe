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
import { fieldRead } from "../../src/engine/python/field-reads";
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
// A test waits for its runs in a queue shared by every program (original ones first): on a busy machine
// the first instrumented run can start a minute or more after beforeAll.
jest.setTimeout(240_000);

function startRun(key: string, file: string, settings: { sendDefaultPii?: boolean } = {}): void {
  const run = limited(() => runPython(file, server.url, settings));
  run.catch(() => undefined); // reported by the test that awaits it
  runs.set(key, run);
}

/** Programs run a second time with `send_default_pii=False`: requests, streams, tools and agent runs. */
const PRIVACY_PROGRAMS = [
  "openai-sync",
  "streaming",
  "litellm-stream",
  "google-genai-stream",
  "langchain-stream",
  "langchain-events",
  "stream-managers",
  "hand-rolled-agent",
  "openai-agents-run",
  "openai-agents-stream",
];
const CONTENT_KEYS = [
  "gen_ai.request.messages",
  "gen_ai.system_instructions",
  "gen_ai.embeddings.input",
  "gen_ai.tool.input",
  "gen_ai.response.text",
  "gen_ai.response.tool_calls",
  "gen_ai.tool.output",
];

const runOf = (key: string): Promise<PyRun> => runs.get(key) ?? Promise.reject(new Error(`no run ${key}`));

// Every run is queued at once, two at a time: the first tests wait for most of the queue on a busy machine.
jest.setTimeout(240_000);

beforeAll(async () => {
  ensureCliBuilt();
  server = await startMockLlmServer();
  workspace = makeWorkspace();
  for (const name of PROGRAMS) startRun(`original:${name}`, path.join(PROGRAMS_DIR, `${name}.py`));
  for (const name of PROGRAMS)
    fs.copyFileSync(path.join(PROGRAMS_DIR, `${name}.py`), path.join(workspace, `${name}.py`));
  cli = await runCli(["instrument", workspace, "--force", "--json"]);
  for (const name of PROGRAMS) startRun(`instrumented:${name}`, path.join(workspace, `${name}.py`));
  // --record-inputs auto (the default) asks the app's Sentry settings at run time
  for (const name of PRIVACY_PROGRAMS)
    startRun(`no-pii:${name}`, path.join(workspace, `${name}.py`), { sendDefaultPii: false });
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
  expect(summary).toMatchObject({
    filesScanned: PROGRAMS.length,
    filesChanged: PROGRAMS.length,
    needsManualWork: [],
    errors: [],
  });
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
  }, 180_000); // the first program's runs wait behind every original one (two Python processes at a time)

  test("one gen_ai span per call, in order, each under its parent; no HTTP call outside a span", async () => {
    const [before, run] = await Promise.all([original(), instrumented()]);
    expect(genAiSpans(before)).toEqual([]);
    const root = rootOf(run);
    expect(genAiSpans(run).map((span) => [span.op, span.name])).toEqual(
      expected.spans.map((span) => [span.op, span.name]),
    );
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

describe("openai-agents streamed runs", () => {
  test("each run's span ends once, after the last event the app read, with the run's work beneath it", async () => {
    const run = await runOf("instrumented:openai-agents-stream");
    const agents = genAiSpans(run).filter((span) => span.op === "gen_ai.invoke_agent");
    expect(agents).toHaveLength(4);
    expect(new Set(run.spans.map((span) => span.spanId)).size).toBe(run.spans.length);
    const events = run.spans.filter((span) => span.op === "app.event");
    expect(events.length).toBeGreaterThan(3);
    const lastEvent = Math.max(...events.map((span) => span.end ?? Infinity));
    const [read, unread] = agents;
    expect(read.end).toBeGreaterThanOrEqual(lastEvent);
    // the next run starts after the first one's stream was read to the end
    expect(unread.start).toBeGreaterThanOrEqual(read.end!);
    for (const span of agents) expect(span.end).toBeGreaterThan(span.start!);
  });
});

describe.each(PRIVACY_PROGRAMS)("%s: prompts and responses only when the app's Sentry settings allow it", (program) => {
  const content = (run: PyRun): string[] =>
    genAiSpans(run).flatMap((span) =>
      CONTENT_KEYS.filter((key) => genAiData(span)[key] !== undefined).map((key) => `${span.name} ${key}`),
    );
  const withoutContent = (run: PyRun) =>
    genAiSpans(run).map((span) => ({
      op: span.op,
      name: span.name,
      status: span.status,
      keys: Object.keys(genAiData(span))
        .filter((key) => !CONTENT_KEYS.includes(key))
        .sort(),
    }));

  test("send_default_pii=False: no content attribute; model, usage and the rest as with send_default_pii=True", async () => {
    const [off, on] = await Promise.all([runOf(`no-pii:${program}`), runOf(`instrumented:${program}`)]);
    expect(off.error).toBeNull();
    expect(off.result).toEqual(on.result);
    expect(content(off)).toEqual([]);
    expect(content(on).length).toBeGreaterThan(0);
    expect(withoutContent(off)).toEqual(withoutContent(on));
    expect(genAiSpans(off).some((span) => genAiData(span)["gen_ai.request.model"] !== undefined)).toBe(true);
  });
});

describe("the reads and helpers the codemod emits, with real SDK objects", () => {
  // [case, sample value (helpers_check.py), expression]: reads compiled by the engine, as it emits them
  const read = (name: string, sample: string, fieldPath: string): [string, string, string] => [
    name,
    sample,
    fieldRead("value", fieldPath),
  ];
  const json = (name: string, sample: string, args = ""): [string, string, string] => [
    name,
    sample,
    `_sentry_json(value${args})`,
  ];
  const cases: Array<[string, string, string]> = [
    read("raises", "exploding", "usage.prompt_tokens"),
    read("raises_in_list", "exploding", "choices[].message.content"),
    read("missing_usage", "bare", "usage.prompt_tokens"),
    read("no_choices", "bare", "choices[].message.content"),
    read("choices_none", "no_choices", "choices[].message.content"),
    read("choices_not_a_list", "choices_not_a_list", "choices[].message.content"),
    read("first_of_none", "bare", "choices[0].message.tool_calls"),
    read("dict", "dict", "usage.input_tokens"),
    read("dict_list", "dict", "choices[].message.content"),
    read("filter", "blocks", "content[type=text].text"),
    read("present", "blocks", "content[?text].text"),
    read("model", "model", "usage.total_tokens"),
    read("last", "messages", "messages[-1].content"),
    read("method", "method", "usage().total_tokens"),
    read("method_raises", "raising_method", "usage().total_tokens"),
    read("method_missing", "bare", "usage().total_tokens"),
    json("json_cycle", "cyclic"),
    json("json_pydantic", "pydantic"),
    ["json_object", "unserialisable", "_sentry_json(value) is not None"],
    json("json_none", "none"),
    json("json_list", "stop", ", as_list=True"),
    json("json_list_kept", "list", ", as_list=True"),
    json("json_empty_list", "empty"),
    json("json_all_none", "all_none"),
    json("json_text", "text"),
    json("json_text_as_is", "text", ", text_as_is=True"),
    json("json_list_text_as_is", "list", ", text_as_is=True"),
  ];

  test("never raise: missing usage and choices, raising attributes and methods, cycles, unserialisable values", () => {
    const fixtures = path.join(__dirname, "..", "..", "__testfixtures__");
    const generated = [
      path.join(fixtures, "ai-request", "openai-chat.output.py"),
      path.join(fixtures, "invoke-agent", "pydantic-ai.output.py"),
    ];
    const out = execFileSync(
      venvPython(),
      [path.join(__dirname, "runtime", "helpers_check.py"), JSON.stringify(cases), ...generated],
      {
        env: { PATH: process.env.PATH ?? "", OPENAI_API_KEY: "test-key", PYTHONDONTWRITEBYTECODE: "1" },
        encoding: "utf8",
      },
    );
    expect(JSON.parse(out)).toEqual({
      raises: null,
      raises_in_list: [],
      missing_usage: null,
      no_choices: [],
      choices_none: [],
      choices_not_a_list: [],
      first_of_none: null,
      dict: 3,
      dict_list: ["hi", null],
      filter: ["a", "b"],
      present: ["a", "b"],
      model: 3,
      last: "last",
      method: 3,
      method_raises: null,
      method_missing: null,
      json_cycle: null,
      json_pydantic:
        '{"completion_tokens": 2, "prompt_tokens": 1, "total_tokens": 3, "completion_tokens_details": null, "prompt_tokens_details": null}',
      json_object: true,
      json_none: null,
      json_list: '["stop"]',
      json_list_kept: '["a"]',
      json_empty_list: null,
      json_all_none: null,
      json_text: '"Be brief."',
      json_text_as_is: "Be brief.",
      json_list_text_as_is: '["a"]',
    });
  });

  test("an instrumented file reads fields at the site: no path string is parsed at run time, every helper is short", () => {
    const fixtures = path.join(__dirname, "..", "..", "__testfixtures__");
    for (const file of fs
      .readdirSync(fixtures, { recursive: true })
      .map(String)
      .filter((name) => name.endsWith(".output.py"))) {
      const text = fs.readFileSync(path.join(fixtures, file), "utf8");
      expect({ file, pathInterpreter: /_sentry_get\b/.test(text) }).toEqual({ file, pathInterpreter: false });
      for (const helper of text.split(/\r?\n(?=\S)/).filter((block) => block.startsWith("def _sentry_"))) {
        const lines = helper.trimEnd().split(/\r?\n/).length;
        expect({ file, helper: helper.split("(")[0], short: lines <= 12 }).toEqual({
          file,
          helper: helper.split("(")[0],
          short: true,
        });
      }
    }
  });
});
