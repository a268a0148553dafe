// End-to-end check of the spans the codemod emits: the real CLI instruments a copy of every program
// in programs/, then the original and the copy both run for real (real SDK clients, real
// @sentry/node 11.11.0, in-memory transport) against the mock LLM server, and the test reads what
// Sentry would have received. See expected-spans.ts for the per-call expectations and README.md.
import fs from "node:fs";
import path from "node:path";
import {
  CliResult,
  copyPrograms,
  ensureCliBuilt,
  makeWorkspace,
  positionsOf,
  PROGRAM_NAMES,
  PROGRAMS_DIR,
  runCli,
} from "./codemod-cli";
import { EXPECTED_RESULTS } from "./expected-results";
import {
  CallCheck,
  EXPECTED_SPANS,
  ExpectedCall,
  knownBugOf,
  operationOf,
  ProgramSpans,
  spanNameOf,
} from "./expected-spans";
import { MockServer, startMockLlmServer } from "./mock-llm-server";
import { limitConcurrency, runInstrumented, RunInstrumentedOptions, RunInstrumentedResult } from "./run-instrumented";
import {
  AttributeValue,
  CapturedSpan,
  childrenOf,
  describeSpans,
  findSpans,
  genAiAttributes,
  isChildOf,
  rootSpan,
} from "./spans";

/** Attributes that carry prompt or response content (left out by --no-record-inputs / --no-record-outputs). */
const INPUT_ATTRIBUTES = ["gen_ai.request.messages", "gen_ai.system_instructions", "gen_ai.embeddings.input"];
const OUTPUT_ATTRIBUTES = ["gen_ai.response.text", "gen_ai.response.tool_calls"];
const CONTENT_ATTRIBUTES = [...INPUT_ATTRIBUTES, ...OUTPUT_ATTRIBUTES];
/** Programs also run with --no-record-inputs --no-record-outputs (every shape of input and output between them). */
const NO_RECORD_PROGRAMS = ["anthropic", "google-genai", "google-generative-ai", "ollama", "openai-chat"];
const OPENAI_CHAT_SITE = "openai.chat.completions.create(";

let server: MockServer;
let workspace: string;
const dirs = {
  instrumented: "",
  noRecord: "",
  always: "",
  skipAuto: "",
  dryRun: "",
  dryRunOldSentry: "",
};
const cli: Record<keyof typeof dirs, CliResult | undefined> = {
  instrumented: undefined,
  noRecord: undefined,
  always: undefined,
  skipAuto: undefined,
  dryRun: undefined,
  dryRunOldSentry: undefined,
};

// Every program run shares one pool of 3 child processes (CI has 2 cores); tests await their own run.
const limited = limitConcurrency(3);
const runs = new Map<string, Promise<RunInstrumentedResult>>();

function startRun(key: string, file: string, options: Omit<RunInstrumentedOptions, "baseUrl"> = {}): void {
  const run = limited(() => runInstrumented(file, { ...options, baseUrl: server.url }));
  run.catch(() => undefined); // reported by the test that awaits it
  runs.set(key, run);
}

function runOf(key: string): Promise<RunInstrumentedResult> {
  const run = runs.get(key);
  if (!run) throw new Error(`No run started for ${key}`);
  return run;
}

const programFile = (directory: string, name: string): string => path.join(directory, `${name}.ts`);

beforeAll(async () => {
  ensureCliBuilt();
  server = await startMockLlmServer();
  workspace = makeWorkspace();
  dirs.instrumented = copyPrograms(path.join(workspace, "instrumented"));
  dirs.noRecord = copyPrograms(path.join(workspace, "no-record"));
  dirs.always = copyPrograms(path.join(workspace, "always"), NO_RECORD_PROGRAMS);
  dirs.skipAuto = copyPrograms(path.join(workspace, "skip-auto"), ["openai-chat"]);
  dirs.dryRun = copyPrograms(path.join(workspace, "dry-run"), ["openai-chat"]);
  dirs.dryRunOldSentry = copyPrograms(path.join(workspace, "dry-run-sentry-8"), ["openai-chat"], "^8.0.0");

  // The uninstrumented originals need no CLI: start them while the CLI runs.
  for (const name of PROGRAM_NAMES) startRun(`original:${name}`, programFile(PROGRAMS_DIR, name));

  [cli.instrumented, cli.noRecord, cli.always, cli.skipAuto, cli.dryRun, cli.dryRunOldSentry] = await Promise.all([
    runCli(["instrument", dirs.instrumented, "--force", "--json"]),
    runCli(["instrument", dirs.noRecord, "--force", "--json", "--no-record-inputs", "--no-record-outputs"]),
    runCli(["instrument", dirs.always, "--force", "--json", "--record-inputs", "always", "--record-outputs", "always"]),
    runCli(["instrument", dirs.skipAuto, "--force", "--no-color", "--skip-auto-instrumented"]),
    runCli(["instrument", dirs.dryRun, "--dry-run", "--no-color"]),
    runCli(["instrument", dirs.dryRunOldSentry, "--dry-run", "--no-color"]),
  ]);

  for (const name of PROGRAM_NAMES) startRun(`instrumented:${name}`, programFile(dirs.instrumented, name));
  for (const name of NO_RECORD_PROGRAMS) startRun(`no-record:${name}`, programFile(dirs.noRecord, name));
  // --record-inputs auto (the default) asks the app's Sentry client; always does not.
  for (const name of NO_RECORD_PROGRAMS) {
    startRun(`auto-content-off:${name}`, programFile(dirs.instrumented, name), { recordAiContent: false });
    startRun(`always-content-off:${name}`, programFile(dirs.always, name), { recordAiContent: false });
  }
  startRun("auto:codemod", programFile(dirs.instrumented, "openai-chat"), { keepAutoAiIntegrations: true });
  startRun("auto:skip", programFile(dirs.skipAuto, "openai-chat"), { keepAutoAiIntegrations: true });
}, 120_000);

afterAll(async () => {
  await Promise.allSettled(runs.values());
  await server?.close();
  if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
});

// ---- span helpers ----

function attribute(span: CapturedSpan, key: string): AttributeValue | undefined {
  return span.attributes[key];
}

/** Every string inside a JSON attribute value (or the value itself when it is not JSON). */
function stringLeaves(value: AttributeValue | undefined): string[] {
  if (typeof value !== "string") return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value) as unknown;
  } catch {
    return [value];
  }
  const leaves: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node === "string") leaves.push(node);
    else if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") Object.values(node).forEach(visit);
  };
  visit(parsed);
  return leaves;
}

const mentions = (value: AttributeValue | undefined, text: string): boolean =>
  stringLeaves(value).some((leaf) => leaf.includes(text));

function genAiSpans(run: RunInstrumentedResult): CapturedSpan[] {
  return findSpans(run.spans, { op: /^gen_ai\./ });
}

/** The one span for `call`: by op and name, and by its recorded input when several calls share a name. */
function spanOfCall(run: RunInstrumentedResult, program: ProgramSpans, call: ExpectedCall): CapturedSpan {
  const name = spanNameOf(call);
  const candidates = findSpans(run.spans, { op: call.op, name });
  const sameName = program.calls.filter((other) => other.op === call.op && spanNameOf(other) === name).length;
  const matching =
    sameName === 1
      ? candidates
      : candidates.filter((span) => INPUT_ATTRIBUTES.some((key) => mentions(attribute(span, key), call.input)));
  if (matching.length !== 1) {
    throw new Error(
      `Expected exactly one ${call.op} span "${name}" for input ${JSON.stringify(call.input)}, ` +
        `found ${matching.length}. Spans:\n${describeSpans(run.spans)}`,
    );
  }
  return matching[0] as CapturedSpan;
}

function usageOf(span: CapturedSpan): Record<string, AttributeValue | undefined> {
  return {
    input: attribute(span, "gen_ai.usage.input_tokens"),
    output: attribute(span, "gen_ai.usage.output_tokens"),
    total: attribute(span, "gen_ai.usage.total_tokens"),
  };
}

/** `[op, name]` of each span or call, sorted, for comparing "one span per call". */
const opAndNames = (items: Array<CapturedSpan | ExpectedCall>): string[][] =>
  items
    .map((item) => ("spanId" in item ? [item.op ?? "", item.name] : [item.op, spanNameOf(item)]))
    .sort((a, b) => a.join(" ").localeCompare(b.join(" ")));

// ---- per-call checks ----

type CheckFn = (run: RunInstrumentedResult, span: CapturedSpan, call: ExpectedCall, program: string) => void;

const CHECKS: Record<CallCheck, { title: string; check: CheckFn }> = {
  span: {
    title: "one span: op, name, operation, request model, status, child of the root, around the HTTP call",
    check: (run, span, call, program) => {
      expect(span.op).toBe(call.op);
      expect(span.name).toBe(spanNameOf(call));
      expect(attribute(span, "gen_ai.operation.name")).toBe(operationOf(call.op));
      expect(attribute(span, "gen_ai.request.model")).toBe(call.model);
      expect(span.status).toBe(call.fails ? "error" : "ok");
      expect(isChildOf(span, rootSpan(run.spans))).toBe(true);
      // The SDK's own request runs inside the span (context kept across the await).
      const http = childrenOf(run.spans, span).filter((child) => child.op === "http.client");
      expect(http).toHaveLength(EXPECTED_SPANS[program]?.httpChildSpans ? 1 : 0);
    },
  },
  system: {
    title: "gen_ai.system",
    check: (_run, span, call) => {
      expect(attribute(span, "gen_ai.system")).toBe(call.system);
    },
  },
  input: {
    title: "prompt recorded",
    check: (_run, span, call) => {
      const [key, other] =
        call.op === "gen_ai.embeddings"
          ? ["gen_ai.embeddings.input", "gen_ai.request.messages"]
          : ["gen_ai.request.messages", "gen_ai.embeddings.input"];
      expect(typeof attribute(span, key)).toBe("string");
      expect(stringLeaves(attribute(span, key))).toContainEqual(expect.stringContaining(call.input));
      expect(attribute(span, other)).toBeUndefined();
      if (call.systemInstructions) {
        expect(stringLeaves(attribute(span, "gen_ai.system_instructions"))).toContainEqual(
          expect.stringContaining(call.systemInstructions),
        );
      }
    },
  },
  output: {
    title: "response text / tool calls, response model and id, finish reasons",
    check: (_run, span, call) => {
      if (call.reply) expect(stringLeaves(attribute(span, "gen_ai.response.text"))).toContain(call.reply);
      if (call.toolCall) expect(stringLeaves(attribute(span, "gen_ai.response.tool_calls"))).toContain(call.toolCall);
      if (!call.reply && !call.toolCall) {
        expect(attribute(span, "gen_ai.response.text")).toBeUndefined();
        expect(attribute(span, "gen_ai.response.tool_calls")).toBeUndefined();
      }
      expect(attribute(span, "gen_ai.response.model")).toBe(call.responseModel);
      const id = attribute(span, "gen_ai.response.id");
      if (call.responseId instanceof RegExp) expect(id).toMatch(call.responseId);
      else expect(id).toBe(call.responseId);
      const finishReasons = attribute(span, "gen_ai.response.finish_reasons");
      if (call.finishReasons) expect(JSON.parse(String(finishReasons))).toEqual(call.finishReasons);
      else expect(finishReasons).toBeUndefined();
    },
  },
  usage: {
    title: "exact token usage",
    check: (_run, span, call) => {
      expect(usageOf(span)).toEqual({ input: call.usage?.input, output: call.usage?.output, total: call.usage?.total });
    },
  },
  error: {
    title: "errored span without response attributes; the program still sees the error",
    check: (run, span, _call, program) => {
      expect(span.status).toBe("error");
      const responseKeys = Object.keys(genAiAttributes(span)).filter(
        (key) => key.startsWith("gen_ai.response.") || key.startsWith("gen_ai.usage."),
      );
      expect(responseKeys).toEqual([]);
      const expectedError = (EXPECTED_RESULTS[program] as { error?: unknown }).error;
      expect(expectedError).toEqual(expect.any(String));
      expect(expectedError).not.toBe("no error");
      expect((run.result as { error?: unknown }).error).toBe(expectedError);
    },
  },
};

function checksFor(call: ExpectedCall): CallCheck[] {
  return call.fails ? ["span", "system", "input", "error"] : ["span", "system", "input", "output", "usage"];
}

// ---- tests ----

describe("the CLI instruments copies of the programs", () => {
  test("every program has an expected result and a span table", () => {
    expect(Object.keys(EXPECTED_RESULTS).sort()).toEqual(PROGRAM_NAMES);
    expect(Object.keys(EXPECTED_SPANS).sort()).toEqual(PROGRAM_NAMES);
  });

  test("instrument --force: every program file rewritten, nothing left for manual work, no errors", () => {
    expect(cli.instrumented?.code).toBe(0);
    const summary = JSON.parse(cli.instrumented?.stdout ?? "null") as Record<string, unknown>;
    expect(summary).toMatchObject({
      filesScanned: PROGRAM_NAMES.length,
      filesChanged: PROGRAM_NAMES.length,
      needsManualWork: [],
      errors: [],
    });
    const sites = Object.values(summary.sites as Record<string, { wrapped?: number }>);
    const wrapped = sites.reduce((sum, site) => sum + (site.wrapped ?? 0), 0);
    const calls = Object.values(EXPECTED_SPANS).reduce((sum, program) => sum + program.calls.length, 0);
    expect(wrapped).toBe(calls);
  });

  test("--no-record-inputs --no-record-outputs: no copy mentions a content attribute", () => {
    expect(cli.noRecord?.code).toBe(0);
    expect(JSON.parse(cli.noRecord?.stdout ?? "null")).toMatchObject({
      filesChanged: PROGRAM_NAMES.length,
      errors: [],
    });
    for (const name of PROGRAM_NAMES) {
      const source = fs.readFileSync(programFile(dirs.noRecord, name), "utf8");
      expect(source).toContain("Sentry.startSpan(");
      for (const key of CONTENT_ATTRIBUTES)
        expect({ name, mentions: source.includes(`"${key}"`) }).toEqual({ name, mentions: false });
    }
  });
});

describe.each(PROGRAM_NAMES)("%s, instrumented, against the mock", (programName) => {
  const program: ProgramSpans = EXPECTED_SPANS[programName] ?? { calls: [], httpChildSpans: true };
  const instrumented = (): Promise<RunInstrumentedResult> => runOf(`instrumented:${programName}`);

  test("returns exactly what the uninstrumented program returns", async () => {
    const [original, copy] = await Promise.all([runOf(`original:${programName}`), instrumented()]);
    expect(original.error).toBeUndefined();
    expect(copy.error).toBeUndefined();
    expect(original.result).toEqual(EXPECTED_RESULTS[programName]);
    expect(copy.result).toEqual(original.result);
  });

  test("one gen_ai span per LLM call, all under the root span; every HTTP call inside one", async () => {
    const [original, run] = await Promise.all([runOf(`original:${programName}`), instrumented()]);
    expect(genAiSpans(original)).toEqual([]);
    const root = rootSpan(run.spans);
    expect(root.status).toBe("ok");
    const spans = genAiSpans(run);
    expect(opAndNames(spans)).toEqual(opAndNames(program.calls));
    expect(spans.filter((span) => !isChildOf(span, root)).map((span) => span.name)).toEqual([]);
    // Uninstrumented, the SDK's http.client spans hang off the root; instrumented, none does.
    const httpUnderRoot = childrenOf(run.spans, root).filter((span) => span.op === "http.client");
    expect(httpUnderRoot).toEqual([]);
  });

  for (const call of program.calls) {
    for (const check of checksFor(call)) {
      const bug = knownBugOf(programName, call, check);
      const title = `${spanNameOf(call)} ("${call.input}"): ${CHECKS[check].title}`;
      // A known engine bug (see expected-spans.ts) keeps the test red-but-expected until src/ is fixed.
      (bug ? test.failing : test)(bug ? `${title} [known engine bug]` : title, async () => {
        const run = await instrumented();
        CHECKS[check].check(run, spanOfCall(run, program, call), call, programName);
      });
    }
  }
});

describe.each(NO_RECORD_PROGRAMS)("%s, instrumented with --no-record-inputs --no-record-outputs", (programName) => {
  const program: ProgramSpans = EXPECTED_SPANS[programName] ?? { calls: [], httpChildSpans: true };

  test("returns exactly what the uninstrumented program returns", async () => {
    const run = await runOf(`no-record:${programName}`);
    expect(run.error).toBeUndefined();
    expect(run.result).toEqual(EXPECTED_RESULTS[programName]);
  });

  test("no prompt or response content on any span; every other attribute (token counts too) as when recording", async () => {
    const [quiet, recording] = await Promise.all([
      runOf(`no-record:${programName}`),
      runOf(`instrumented:${programName}`),
    ]);
    const spans = genAiSpans(quiet);
    expect(opAndNames(spans)).toEqual(opAndNames(program.calls));
    for (const span of spans) {
      expect({ span: span.name, content: CONTENT_ATTRIBUTES.filter((key) => key in span.attributes) }).toEqual({
        span: span.name,
        content: [],
      });
    }
    expect(spansWithoutContent(quiet)).toEqual(spansWithoutContent(recording));
    // And the usage numbers really are there (the recording run checks their exact values).
    const withUsage = program.calls.filter((call) => call.usage?.input !== undefined);
    expect(spans.filter((span) => typeof attribute(span, "gen_ai.usage.input_tokens") === "number")).toHaveLength(
      withUsage.length,
    );
  });
});

/** Every span as op, name, status and gen_ai attributes, content attributes left out, sorted. */
function spansWithoutContent(run: RunInstrumentedResult): string[] {
  return genAiSpans(run)
    .map((span) => {
      const attributes = genAiAttributes(span);
      for (const key of CONTENT_ATTRIBUTES) delete attributes[key];
      return JSON.stringify([span.op, span.name, span.status, attributes]);
    })
    .sort();
}

describe.each(NO_RECORD_PROGRAMS)("%s: content recording decided at run time", (programName) => {
  const program: ProgramSpans = EXPECTED_SPANS[programName] ?? { calls: [], httpChildSpans: true };
  const contentOf = (run: RunInstrumentedResult): string[] =>
    genAiSpans(run).flatMap((span) =>
      CONTENT_ATTRIBUTES.filter((key) => key in span.attributes).map((key) => `${span.name} ${key}`),
    );

  test("--record-inputs auto (the default) with dataCollection.genAI off: no content, everything else as when on", async () => {
    const [off, on] = await Promise.all([
      runOf(`auto-content-off:${programName}`),
      runOf(`instrumented:${programName}`),
    ]);
    expect(off.error).toBeUndefined();
    expect(off.result).toEqual(EXPECTED_RESULTS[programName]);
    expect(opAndNames(genAiSpans(off))).toEqual(opAndNames(program.calls));
    expect(contentOf(off)).toEqual([]);
    expect(contentOf(on).length).toBeGreaterThan(0);
    expect(spansWithoutContent(off)).toEqual(spansWithoutContent(on));
  });

  test("--record-inputs always --record-outputs always: content recorded even with dataCollection.genAI off", async () => {
    expect(cli.always?.code).toBe(0);
    const [always, on] = await Promise.all([
      runOf(`always-content-off:${programName}`),
      runOf(`instrumented:${programName}`),
    ]);
    expect(always.error).toBeUndefined();
    expect(always.result).toEqual(EXPECTED_RESULTS[programName]);
    expect(contentOf(always)).toEqual(contentOf(on));
    expect(spansWithoutContent(always)).toEqual(spansWithoutContent(on));
  });
});

describe("Sentry's own OpenAI integration and the duplicate-span warning", () => {
  const original = (): string => fs.readFileSync(programFile(PROGRAMS_DIR, "openai-chat"), "utf8");
  const models = ["gpt-4o-mini", "gpt-4o-mini-tool", "error-model"];

  test("dry run with @sentry/node ^11.11.0: the summary names each OpenAI site and how to avoid the duplicate", () => {
    const result = cli.dryRun as CliResult;
    expect(result.code).toBe(0);
    const file = programFile(dirs.dryRun, "openai-chat");
    expect(fs.readFileSync(file, "utf8")).toBe(original()); // dry run: nothing written
    const sites = positionsOf(original(), OPENAI_CHAT_SITE);
    expect(sites).toHaveLength(models.length);
    const summary = result.stderr;
    expect(summary).toContain("Already instrumented by Sentry's own integrations");
    const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    for (const { line, column } of sites) {
      expect(summary).toMatch(
        new RegExp(
          `${escape(`${file}:${line}:${column}`)}\\s+openai\\.chat\\.completions\\.create\\s+openAIIntegration`,
        ),
      );
    }
    expect(summary).toContain("--skip-auto-instrumented");
    // No Sentry.init in the programs' folder: the notice says the integration is on by default, and how to drop it.
    expect(summary).toContain(
      "openAIIntegration: on by default in Sentry's SDK (no Sentry.init call was found in the scanned files)",
    );
    expect(summary).toContain('defaults.filter((integration) => integration.name !== "OpenAI")');
  });

  test("no warning when the declared @sentry/node (^8.0.0) predates openAIIntegration", () => {
    const result = cli.dryRunOldSentry as CliResult;
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/openai chat\s+3 to wrap/);
    expect(result.stderr).not.toContain("Already instrumented");
    expect(result.stderr).not.toContain("--skip-auto-instrumented");
  });

  test("with the integration on, each call gets two gen_ai.chat spans: the codemod's and auto.ai.openai's inside it", async () => {
    const run = await runOf("auto:codemod");
    expect(run.error).toBeUndefined();
    expect(run.result).toEqual(EXPECTED_RESULTS["openai-chat"]);
    const root = rootSpan(run.spans);
    expect(genAiSpans(run)).toHaveLength(2 * models.length);
    for (const model of models) {
      const spans = findSpans(run.spans, { op: "gen_ai.chat", name: `chat ${model}` });
      expect(spans.map((span) => attribute(span, "sentry.origin")).sort()).toEqual(["auto.ai.openai", "manual"]);
      const manual = spans.find((span) => attribute(span, "sentry.origin") === "manual") as CapturedSpan;
      const auto = spans.find((span) => attribute(span, "sentry.origin") === "auto.ai.openai") as CapturedSpan;
      expect(isChildOf(manual, root)).toBe(true);
      expect(isChildOf(auto, manual)).toBe(true);
      expect([manual.status, auto.status]).toEqual(model === "error-model" ? ["error", "error"] : ["ok", "ok"]);
    }
  });

  test("--skip-auto-instrumented leaves the OpenAI calls alone: only Sentry's own spans remain", async () => {
    const result = cli.skipAuto as CliResult;
    expect(result.code).toBe(0);
    expect(fs.readFileSync(programFile(dirs.skipAuto, "openai-chat"), "utf8")).toBe(original());
    const run = await runOf("auto:skip");
    expect(run.error).toBeUndefined();
    expect(run.result).toEqual(EXPECTED_RESULTS["openai-chat"]);
    const root = rootSpan(run.spans);
    const spans = genAiSpans(run);
    expect(spans.map((span) => [span.name, attribute(span, "sentry.origin"), isChildOf(span, root)]).sort()).toEqual(
      models.map((model) => [`chat ${model}`, "auto.ai.openai", true]).sort(),
    );
  });
});
