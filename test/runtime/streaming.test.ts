// Streaming calls: each shape's program runs with the real SDK against the mock, uninstrumented and
// instrumented (see streaming/shapes.ts for where the instrumented file comes from), with real
// @sentry/node. Per shape: one span per call, left open until the stream is done and ended exactly
// once whether it completed, was left early or failed half way; the whole text and the final token
// counts; and the same program output as without instrumentation.
import fs from "node:fs";
import { INPUT_CONTENT_ATTRIBUTES, OUTPUT_CONTENT_ATTRIBUTES } from "../../src/core/conventions";
import { MockServer, mockReplyText, startMockLlmServer } from "./mock-llm-server";
import { limitConcurrency, runInstrumented, RunInstrumentedResult } from "./run-instrumented";
import { CapturedSpan, findSpans, genAiAttributes, isChildOf, rootSpan } from "./spans";
import { MIDSTREAM_ERROR_MODEL, ScenarioResults } from "./streaming/scenarios";
import { cliOutput } from "./streaming/cli-source";
import {
  expectedResponseModel,
  InstrumentedSource,
  programFile,
  PROMPTS,
  STREAMING_SHAPES,
  StreamingShape,
} from "./streaming/shapes";

/**
 * The CLI's own output for each program (streaming/cli-source.ts), made in beforeAll; it is the text of
 * streaming/expected/ (checked by streaming/cli-output.test.ts).
 */
let instrumentedSource: InstrumentedSource;
let cliWorkspace: string | undefined;

// Originals and instrumented versions talk to separate mocks, so their requests can be compared.
let originalServer: MockServer;
let instrumentedServer: MockServer;
// Instrumented programs run with dataCollection.genAI off talk to a third, so the two above stay comparable.
let contentOffServer: MockServer;
const limited = limitConcurrency(3);
// Every shape's programs run three ways, three at a time, from beforeAll; a test awaits the runs it reads,
// which on a loaded machine may still be queued behind the others' when the default timeout has passed.
jest.setTimeout(240_000);
const runs = new Map<string, Promise<RunInstrumentedResult>>();

function startRun(key: string, file: string, server: MockServer, recordAiContent = true): void {
  const run = limited(() => runInstrumented(file, { baseUrl: server.url, recordAiContent }));
  run.catch(() => undefined); // reported by the test that awaits it
  runs.set(key, run);
}

async function runOf(key: string): Promise<RunInstrumentedResult> {
  const run = runs.get(key);
  if (!run) throw new Error(`No run started for ${key}`);
  return run;
}

beforeAll(async () => {
  const cli = await cliOutput(STREAMING_SHAPES);
  if (cli.result.code !== 0) throw new Error(`instrument failed (${cli.result.code}): ${cli.result.stderr}`);
  instrumentedSource = cli.source;
  cliWorkspace = cli.workspace;
  [originalServer, instrumentedServer, contentOffServer] = await Promise.all([
    startMockLlmServer(),
    startMockLlmServer(),
    startMockLlmServer(),
  ]);
  for (const shape of STREAMING_SHAPES) {
    startRun(`${shape.name}:original`, programFile(shape), originalServer);
    startRun(`${shape.name}:instrumented`, instrumentedSource(shape), instrumentedServer);
    startRun(`${shape.name}:content-off`, instrumentedSource(shape), contentOffServer, false);
  }
}, 120_000);

afterAll(async () => {
  await Promise.allSettled(runs.values());
  await Promise.all([originalServer?.close(), instrumentedServer?.close(), contentOffServer?.close()]);
  if (cliWorkspace) fs.rmSync(cliWorkspace, { recursive: true, force: true });
});

test("instrumented programs send exactly the requests the originals send (no added options such as include_usage)", async () => {
  await Promise.all(runs.values());
  const described = (server: MockServer) =>
    server.requests.map((request) => `${request.method} ${request.path} ${JSON.stringify(request.body)}`).sort();
  expect(described(instrumentedServer).length).toBeGreaterThanOrEqual(STREAMING_SHAPES.length * 3);
  expect(described(instrumentedServer)).toEqual(described(originalServer));
}, 480_000); // waits for every program run (three per shape), queued three at a time

function scenarioResults(run: RunInstrumentedResult): ScenarioResults {
  expect(run.error).toBeUndefined();
  return run.result as ScenarioResults;
}

/** Prompts and replies: what the app's Sentry settings decide on. */
const CONTENT_ATTRIBUTES = new Set([...INPUT_CONTENT_ATTRIBUTES, ...OUTPUT_CONTENT_ATTRIBUTES]);

/** The one gen_ai span of `operation` named for `model`; fails listing every span otherwise. */
function spanFor(run: RunInstrumentedResult, model: string, operation: string): CapturedSpan {
  const found = findSpans(run.spans, { op: `gen_ai.${operation}`, name: `${operation} ${model}` });
  expect({ model, spans: found.length }).toEqual({ model, spans: 1 });
  return found[0] as CapturedSpan;
}

describe.each(STREAMING_SHAPES)("streaming $name", (shape: StreamingShape) => {
  const operation = shape.operation ?? "chat";
  const original = () => runOf(`${shape.name}:original`);
  const instrumented = () => runOf(`${shape.name}:instrumented`);
  /** The model a span is named after: the request's, or the response's when the request names none. */
  const spanModel = (model: string): string => (shape.modelFromResponse ? expectedResponseModel(model) : model);

  test("uninstrumented, the program reads the mock's stream and records no gen_ai span", async () => {
    const run = await original();
    const { output } = scenarioResults(run);
    expect(output.complete.text).toBe((shape.appText ?? mockReplyText)(PROMPTS.complete));
    expect(output.earlyExit.chunks).toBeGreaterThan(0);
    expect(output.midstreamError).not.toMatch(/^no error/);
    expect(findSpans(run.spans, { op: /^gen_ai\./ })).toEqual([]);
  });

  test("instrumented, the program's output is identical", async () => {
    const [plain, traced] = await Promise.all([original(), instrumented()]);
    expect(scenarioResults(traced).output).toEqual(scenarioResults(plain).output);
    expect(rootSpan(traced.spans).status).toBe("ok");
  });

  const gaps = shape.knownGaps ?? {};
  /** Scenario models whose span the target output ends (see StreamingShape.knownGaps). */
  const endedModels = [
    shape.models.complete,
    ...(gaps.earlyExit ? [] : [shape.models.earlyExit]),
    ...(gaps.midstreamError ? [] : [MIDSTREAM_ERROR_MODEL]),
  ];
  /** A scenario test, run as `test.failing` while the shape has a known gap there. */
  const scenarioTest = (gap: string | undefined, title: string, body: () => Promise<void>): void => {
    if (gap) test.failing(`[known gap: ${gap}] ${title}`, body);
    else test(title, body);
  };

  test("one span per call, and no other gen_ai span", async () => {
    const run = await instrumented();
    const names = findSpans(run.spans, { op: /^gen_ai\./ })
      .map((span) => span.name)
      .sort();
    expect(names).toEqual(endedModels.map((model) => `${operation} ${spanModel(model)}`).sort());
  });

  test("a whole stream: request and response attributes, the full text and the final token counts", async () => {
    const run = await instrumented();
    const model = shape.models.complete;
    const span = spanFor(run, spanModel(model), operation);
    expect(isChildOf(span, rootSpan(run.spans))).toBe(true);
    expect(span.status).toBe("ok");
    const expected: Record<string, unknown> = {
      "gen_ai.operation.name": operation,
      "gen_ai.system": shape.system,
      "gen_ai.request.model": spanModel(model),
      "gen_ai.response.streaming": true,
      "gen_ai.response.text": shape.responseText(PROMPTS.complete),
    };
    if (shape.responseIdentity !== false) expected["gen_ai.response.model"] = expectedResponseModel(model);
    if (shape.tokens) {
      expected["gen_ai.usage.input_tokens"] = shape.tokens.input;
      expected["gen_ai.usage.output_tokens"] = shape.tokens.output;
      expected["gen_ai.usage.total_tokens"] = shape.tokens.total;
    }
    expect(span.attributes).toMatchObject(expected);
    if (!shape.tokens) {
      for (const key of ["gen_ai.usage.input_tokens", "gen_ai.usage.output_tokens", "gen_ai.usage.total_tokens"]) {
        expect(span.attributes).not.toHaveProperty([key]);
      }
    }
  });

  test("with the app's Sentry set not to record AI content (the default --record-outputs auto): no prompt or reply, all else the same", async () => {
    const [on, off] = await Promise.all([instrumented(), runOf(`${shape.name}:content-off`)]);
    expect(scenarioResults(off).output).toEqual(scenarioResults(on).output);
    for (const model of endedModels) {
      const withContent = genAiAttributes(spanFor(on, spanModel(model), operation));
      const recorded = Object.keys(withContent).filter((key) => CONTENT_ATTRIBUTES.has(key));
      for (const key of recorded) delete withContent[key];
      expect({ model, attributes: genAiAttributes(spanFor(off, spanModel(model), operation)) }).toEqual({
        model,
        attributes: withContent,
      });
      if (model === shape.models.complete) {
        const content = shape.requestMessages === false ? [] : ["gen_ai.request.messages"];
        expect(recorded).toEqual(expect.arrayContaining([...content, "gen_ai.response.text"]));
      }
    }
  });

  test("each span ends after the last chunk reached the app", async () => {
    const run = await instrumented();
    const { deliveredAt, spanEndedAt } = scenarioResults(run);
    for (const model of endedModels) {
      const lastChunk = deliveredAt[model];
      const ended = spanEndedAt[spanFor(run, spanModel(model), operation).spanId];
      expect({ model, delivered: typeof lastChunk, ended: typeof ended }).toEqual({
        model,
        delivered: "number",
        ended: "number",
      });
      expect({ model, endedAfterLastChunk: (ended as number) > (lastChunk as number) }).toEqual({
        model,
        endedAfterLastChunk: true,
      });
    }
  });

  scenarioTest(gaps.earlyExit, "leaving the loop early still ends the span, without an error", async () => {
    const run = await instrumented();
    const span = spanFor(run, shape.models.earlyExit, operation);
    expect(span.status).toBe("ok");
    expect(span.attributes["gen_ai.response.streaming"]).toBe(true);
  });

  scenarioTest(
    gaps.midstreamError,
    "a stream that fails half way ends the span with an error, and the app still gets the error",
    async () => {
      const run = await instrumented();
      const span = spanFor(run, MIDSTREAM_ERROR_MODEL, operation);
      expect(span.status).toBe("error");
      expect(scenarioResults(run).output.midstreamError).not.toMatch(/^no error/);
    },
  );
});
