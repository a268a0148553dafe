// Runtime-verification harness: proves the mock speaks each SDK's wire format (real SDK clients
// against it) and that the runner + span reader report what Sentry would receive.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { EXPECTED_REQUESTS, EXPECTED_RESULTS } from "./expected-results";
import { MockServer, startMockLlmServer } from "./mock-llm-server";
import { limitConcurrency, runInstrumented, RunInstrumentedOptions, RunInstrumentedResult } from "./run-instrumented";
import {
  findSpan,
  findSpans,
  genAiAttributes,
  isChildOf,
  itemsOfType,
  parseEnvelope,
  rootSpan,
  spansFromEnvelopes,
} from "./spans";

const PROGRAMS_DIR = path.join(__dirname, "programs");
const SELF_TEST_DIR = path.join(__dirname, "self-test");
const PROGRAM_NAMES = fs
  .readdirSync(PROGRAMS_DIR)
  .filter((file) => file.endsWith(".ts"))
  .map((file) => path.basename(file, ".ts"))
  .sort();

// Programs and self-tests get separate mocks, so the recorded-request check sees only programs.
let programServer: MockServer;
let selfTestServer: MockServer;
const limited = limitConcurrency(3);
// A test waits for its run in a queue shared by every program; on a busy machine that is more than a minute.
jest.setTimeout(240_000);
const runs = new Map<string, Promise<RunInstrumentedResult>>();

/** Starts a run now (bounded concurrency); the test that owns `key` awaits it. */
function startRun(key: string, file: string, options: RunInstrumentedOptions): void {
  const run = limited(() => runInstrumented(file, options));
  run.catch(() => undefined); // reported by the owning test, not as an unhandled rejection
  runs.set(key, run);
}

function runOf(key: string): Promise<RunInstrumentedResult> {
  const run = runs.get(key);
  if (!run) throw new Error(`No run started for ${key}`);
  return run;
}

beforeAll(async () => {
  [programServer, selfTestServer] = await Promise.all([startMockLlmServer(), startMockLlmServer()]);
  for (const name of PROGRAM_NAMES) {
    startRun(name, path.join(PROGRAMS_DIR, `${name}.ts`), { baseUrl: programServer.url });
  }
  const manualSpans = path.join(SELF_TEST_DIR, "manual-genai-spans.ts");
  const selfTestUrl = selfTestServer.url;
  startRun("self-test:stream", manualSpans, { baseUrl: selfTestUrl, traceLifecycle: "stream" });
  startRun("self-test:static", manualSpans, { baseUrl: selfTestUrl, traceLifecycle: "static" });
  startRun("self-test:default", manualSpans, { baseUrl: selfTestUrl });
  startRun("self-test:throws", path.join(SELF_TEST_DIR, "main-throws.ts"), { baseUrl: selfTestUrl });
  startRun("self-test:auto-ai", path.join(PROGRAMS_DIR, "openai-chat.ts"), {
    baseUrl: selfTestUrl,
    keepAutoAiIntegrations: true,
  });
});

afterAll(async () => {
  await Promise.allSettled(runs.values());
  await Promise.all([programServer?.close(), selfTestServer?.close()]);
});

describe("programs run with the real SDKs against the mock", () => {
  test("every program has an expected result", () => {
    expect(Object.keys(EXPECTED_RESULTS).sort()).toEqual(PROGRAM_NAMES);
  });

  test.each(PROGRAM_NAMES)("%s returns its deterministic result and, uninstrumented, no gen_ai span", async (name) => {
    const run = await runOf(name);
    expect(run.error).toBeUndefined();
    expect(run.result).toEqual(EXPECTED_RESULTS[name]);
    expect(rootSpan(run.spans).status).toBe("ok");
    expect(findSpans(run.spans, { op: /^gen_ai\./ })).toEqual([]);
  });

  test("each request reached the intended provider route", async () => {
    await Promise.all(PROGRAM_NAMES.map(runOf));
    const seen = programServer.requests.map((request) => [request.provider, request.operation, request.model]);
    expect(seen.sort()).toEqual(EXPECTED_REQUESTS);
  });
});

describe("harness self-test: spans written the way the codemod writes them", () => {
  test.each(["stream", "static"] as const)(
    "op, name, attributes, nesting and error status (%s lifecycle)",
    async (lifecycle) => {
      const run = await runOf(`self-test:${lifecycle}`);
      expect(run.error).toBeUndefined();
      expect(run.result).toEqual({ text: "mock reply: Hello?", failure: "APIError 500" });

      const root = rootSpan(run.spans);
      expect(root.status).toBe("ok");

      const chat = findSpan(run.spans, { op: "gen_ai.chat", name: "chat gpt-4o" });
      expect(isChildOf(chat, root)).toBe(true);
      expect(chat.status).toBe("ok");
      expect(genAiAttributes(chat)).toEqual({
        "gen_ai.operation.name": "chat",
        "gen_ai.request.model": "gpt-4o",
        "gen_ai.response.model": "gpt-4o-2024-mock",
        "gen_ai.response.id": "chatcmpl-mock-f280eb64",
        "gen_ai.usage.input_tokens": 11,
        "gen_ai.usage.output_tokens": 7,
        "gen_ai.usage.total_tokens": 18,
      });

      const failed = findSpan(run.spans, { op: "gen_ai.chat", name: "chat error-model" });
      expect(isChildOf(failed, root)).toBe(true);
      expect(failed.status).toBe("error");
      // Extracting a gen_ai span from a static transaction keeps only status "error", not the message.
      expect(failed.statusMessage).toBe(lifecycle === "stream" ? "internal_error" : undefined);
      expect(genAiAttributes(failed)).toEqual({
        "gen_ai.operation.name": "chat",
        "gen_ai.request.model": "error-model",
      });

      // The SDK's own HTTP call nests inside the span around it.
      const httpSpans = findSpans(run.spans, { op: "http.client" });
      expect(httpSpans.map((span) => [isChildOf(span, chat), isChildOf(span, failed)]).sort()).toEqual([
        [false, true],
        [true, false],
      ]);
    },
  );

  test("wire shapes used by @sentry/node 11.11.0 for gen_ai spans", async () => {
    const [stream, fixed, byDefault] = await Promise.all(
      ["self-test:stream", "self-test:static", "self-test:default"].map(runOf),
    );
    // stream: no transaction; every span, root included, is a span-v2 item.
    expect(itemsOfType(stream.envelopes, "transaction")).toHaveLength(0);
    expect(new Set(stream.spans.map((span) => span.shape))).toEqual(new Set(["span-v2"]));
    // static: a transaction for the rest, but gen_ai.* spans are pulled out into span-v2 items.
    expect(itemsOfType(fixed.envelopes, "transaction")).toHaveLength(1);
    expect(rootSpan(fixed.spans).shape).toBe("transaction");
    expect(findSpans(fixed.spans, { op: "http.client" }).map((span) => span.shape)).toEqual([
      "transaction",
      "transaction",
    ]);
    expect(findSpans(fixed.spans, { op: /^gen_ai\./ }).map((span) => span.shape)).toEqual(["span-v2", "span-v2"]);
    // 11.11.0's default is stream.
    expect(itemsOfType(byDefault.envelopes, "transaction")).toHaveLength(0);
    expect(rootSpan(byDefault.spans).shape).toBe("span-v2");
  });

  test("a main() that throws is reported with its error and an errored root span", async () => {
    const run = await runOf("self-test:throws");
    expect(run.result).toBeUndefined();
    expect(run.error).toMatchObject({ name: "TypeError", message: "program failed on purpose" });
    expect(rootSpan(run.spans).status).toBe("error");
  });

  test("Sentry's automatic AI integrations are removed unless asked for", async () => {
    const [withoutAuto, withAuto] = await Promise.all([runOf("openai-chat"), runOf("self-test:auto-ai")]);
    expect(findSpans(withoutAuto.spans, { op: /^gen_ai\./ })).toHaveLength(0);

    const autoSpans = findSpans(withAuto.spans, {
      op: "gen_ai.chat",
      attributes: { "sentry.origin": "auto.ai.openai" },
    });
    expect(autoSpans.map((span) => [span.name, span.status])).toEqual([
      ["chat gpt-4o-mini", "ok"],
      ["chat gpt-4o-mini-tool", "ok"],
      ["chat error-model", "error"],
    ]);
    expect(autoSpans[0]?.attributes).toMatchObject({
      "gen_ai.request.model": "gpt-4o-mini",
      "gen_ai.response.model": "gpt-4o-mini-2024-mock",
      "gen_ai.usage.input_tokens": 11,
      "gen_ai.usage.output_tokens": 7,
    });
  });
});

describe("mock server", () => {
  test("answers an unknown route with 404 and records it as unknown", async () => {
    const server = await startMockLlmServer();
    try {
      const response = await fetch(`${server.url}/v9/nothing`, { method: "POST", body: "{}" });
      expect(response.status).toBe(404);
      expect(server.requests).toEqual([
        expect.objectContaining({ provider: "unknown", method: "POST", path: "/v9/nothing", body: {} }),
      ]);
    } finally {
      await server.close();
    }
  });

  test("answers error-model with HTTP 500 in the provider's error format", async () => {
    const server = await startMockLlmServer();
    try {
      const response = await fetch(`${server.url}/v1/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ model: "error-model", max_tokens: 1, messages: [] }),
      });
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({
        type: "error",
        error: { type: "api_error", message: "mock failure for model error-model" },
      });
    } finally {
      await server.close();
    }
  });

  test("close() does not wait for idle keep-alive connections", async () => {
    const server = await startMockLlmServer();
    const agent = new http.Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) => {
      const request = http.request(`${server.url}/api/chat`, { method: "POST", agent }, (response) => {
        response.resume();
        response.on("end", resolve);
      });
      request.on("error", reject);
      request.end(JSON.stringify({ model: "llama3.2", messages: [{ role: "user", content: "hi" }] }));
    });
    const started = Date.now();
    await server.close();
    agent.destroy();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe("span reader", () => {
  test("parses length-prefixed items and typed span-v2 attributes", () => {
    const payload = JSON.stringify({
      items: [
        {
          span_id: "b",
          parent_span_id: "a",
          trace_id: "t",
          name: "chat m",
          status: "error",
          attributes: {
            "sentry.op": { type: "string", value: "gen_ai.chat" },
            "sentry.status.message": { type: "string", value: "internal_error" },
            "gen_ai.usage.input_tokens": { type: "integer", value: 3 },
            "gen_ai.request.stop_sequences": { type: "array", value: ["END"] },
          },
        },
      ],
    });
    const raw = [
      JSON.stringify({ sent_at: "x" }),
      JSON.stringify({ type: "span", length: Buffer.byteLength(payload) }),
      payload,
      JSON.stringify({ type: "event" }),
      JSON.stringify({ message: "ünïcode" }),
    ].join("\n");
    const envelope = parseEnvelope(raw);
    expect(envelope.items.map((item) => item.header.type)).toEqual(["span", "event"]);
    expect(itemsOfType([envelope], "event")).toEqual([{ message: "ünïcode" }]);
    expect(spansFromEnvelopes([envelope])).toEqual([
      {
        spanId: "b",
        parentSpanId: "a",
        traceId: "t",
        op: "gen_ai.chat",
        name: "chat m",
        status: "error",
        statusMessage: "internal_error",
        attributes: {
          "sentry.op": "gen_ai.chat",
          "sentry.status.message": "internal_error",
          "gen_ai.usage.input_tokens": 3,
          "gen_ai.request.stop_sequences": ["END"],
        },
        shape: "span-v2",
        isSegment: false,
      },
    ]);
  });
});
