// Unit tests of `endSpanWithTeedStream` with the real legacy @google/generative-ai client, whose
// `generateContentStream` resolves to `{ stream, response }` (one body teed in two), over a stubbed `fetch`
// that answers with server-sent events, and a recording stand-in for a Sentry span. The app may read the
// chunks, the aggregate, both or neither; ../streaming.test.ts runs the chunk reader against the mock server.
import { spawnSync } from "node:child_process";
import path from "node:path";
import type * as Sentry from "@sentry/node";
import { GoogleGenerativeAI } from "@google/generative-ai";
import { endSpanWithTeedStream } from "../../../src/engine/javascript/streaming/runtime-helpers";
import { streamHelperText } from "../../../src/engine/javascript/streaming/stream-helpers";
import { geminiChunks } from "../../../src/sdks/google-genai/stream-collectors";

class RecordingSpan {
  attributes: Record<string, unknown> = {};
  status?: { code: number; message?: string };
  ends = 0;
  isRecording(): boolean {
    return this.ends === 0;
  }
  setAttributes(attributes: Record<string, unknown>): this {
    Object.assign(this.attributes, attributes);
    return this;
  }
  setStatus(status: { code: number; message?: string }): this {
    this.status = status;
    return this;
  }
  end(): void {
    this.ends++;
  }
}

const CHUNKS = [
  {
    candidates: [{ content: { role: "model", parts: [{ text: "Hello " }] }, index: 0 }],
    modelVersion: "gemini-1.5-flash-002",
  },
  {
    candidates: [{ content: { role: "model", parts: [{ text: "world" }] }, index: 0, finishReason: "STOP" }],
    usageMetadata: { promptTokenCount: 4, candidatesTokenCount: 2, totalTokenCount: 6 },
    modelVersion: "gemini-1.5-flash-002",
  },
];

/** `fetch` answering every request with CHUNKS as SSE, or failing the body after the first when `failMidway`. */
function stubFetch(failMidway = false): void {
  globalThis.fetch = (() => {
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(`data: ${JSON.stringify(CHUNKS[0])}\r\n\r\n`));
        if (failMidway) controller.error(new TypeError("terminated"));
        else {
          controller.enqueue(encoder.encode(`data: ${JSON.stringify(CHUNKS[1])}\r\n\r\n`));
          controller.close();
        }
      },
    });
    return Promise.resolve(new Response(body, { status: 200, headers: { "content-type": "text/event-stream" } }));
  }) as typeof fetch;
}

const REPO_ROOT = path.join(__dirname, "..", "..", "..");

/**
 * A Node program whose stream fails half way and which reads the chunks but never handles `response`: with or
 * without the helper (its JavaScript text, as the codemod appends it), the aggregate's rejection is unhandled.
 */
function unhandledAggregateProgram(instrumented: boolean): string {
  return `
const { GoogleGenerativeAI } = require("@google/generative-ai");
${instrumented ? streamHelperText(["endSpanWithTeedStream", "geminiChunks"], false) : ""}
globalThis.fetch = () => {
  const body = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('data: {"candidates":[]}\\r\\n\\r\\n'));
      controller.error(new TypeError("terminated"));
    },
  });
  return Promise.resolve(new Response(body, { status: 200 }));
};
const span = {
  ended: false,
  isRecording() { return !this.ended; },
  setAttributes() { return this; },
  setStatus(status) { this.status = status; return this; },
  end() { this.ended = true; if (this.status) console.log("span ended errored"); },
};
(async () => {
  const call = new GoogleGenerativeAI("key").getGenerativeModel({ model: "gemini-1.5-flash" }).generateContentStream("Hi");
  const result = await ${instrumented ? 'endSpanWithTeedStream(span, call, "stream", "response", geminiChunks())' : "call"};
  for await (const chunk of result.stream) void chunk;
})().catch(() => console.log("the loop failed"));
`;
}

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

function start(failMidway = false) {
  stubFetch(failMidway);
  const record = new RecordingSpan();
  const model = new GoogleGenerativeAI("key").getGenerativeModel({ model: "gemini-1.5-flash" });
  const promise = endSpanWithTeedStream(
    record as unknown as Sentry.Span,
    model.generateContentStream("Hi"),
    "stream",
    "response",
    geminiChunks(),
  );
  return { record, promise };
}

const WHOLE = {
  "gen_ai.response.text": JSON.stringify(["Hello world"]),
  "gen_ai.response.finish_reasons": JSON.stringify(["STOP"]),
  "gen_ai.usage.input_tokens": 4,
  "gen_ai.usage.output_tokens": 2,
  "gen_ai.usage.total_tokens": 6,
};

describe("endSpanWithTeedStream (legacy @google/generative-ai { stream, response })", () => {
  test("the app reads the chunks: they pass untouched, the span ends once after the last, with the whole text", async () => {
    const { record, promise } = start();
    const result = await promise;
    const texts: string[] = [];
    for await (const chunk of result.stream) {
      expect(record.ends).toBe(0);
      texts.push(chunk.text());
    }
    expect(texts).toEqual(["Hello ", "world"]);
    expect((await result.response).text()).toBe("Hello world");
    expect(record.ends).toBe(1);
    expect(record.status).toBeUndefined();
    expect(record.attributes).toMatchObject({ ...WHOLE, "gen_ai.response.model": "gemini-1.5-flash-002" });
  });

  test("the app awaits only the aggregate: the span ends when it settles, with the aggregate's text and usage", async () => {
    const { record, promise } = start();
    const result = await promise;
    const response = await result.response;
    expect(response.text()).toBe("Hello world");
    expect(typeof response.functionCalls).toBe("function"); // the SDK's own helpers are still there
    expect(record.ends).toBe(1);
    // The SDK's aggregate keeps candidates and usage only: the response model is in the chunks alone.
    expect(record.attributes).toMatchObject(WHOLE);
  });

  test("the app reads neither: the span still ends, once the SDK has read the body", async () => {
    const { record, promise } = start();
    await promise;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(record.ends).toBe(1);
    expect(record.attributes["gen_ai.usage.total_tokens"]).toBe(6);
  });

  test("the app leaves the loop after the first chunk: the span ends then, not errored, and the text so far", async () => {
    const { record, promise } = start();
    const result = await promise;
    for await (const chunk of result.stream) {
      expect(chunk.text()).toBe("Hello ");
      break;
    }
    expect(record.ends).toBe(1);
    expect(record.status).toBeUndefined();
    expect(record.attributes["gen_ai.response.text"]).toBe(JSON.stringify(["Hello "]));
    await result.response; // settles later; the span is not ended twice
    expect(record.ends).toBe(1);
  });

  test("a body that fails half way: the reader gets the error, the span ends errored once", async () => {
    const { record, promise } = start(true);
    const result = await promise;
    const aggregate = result.response.then(
      () => "resolved",
      (error: unknown) => (error as Error).message,
    );
    await expect(
      (async () => {
        for await (const chunk of result.stream) void chunk;
      })(),
    ).rejects.toThrow();
    expect(await aggregate).not.toBe("resolved");
    expect(record.ends).toBe(1);
    expect(record.status).toEqual({ code: 2, message: "internal_error" });
  });

  test("an aggregate the app never handles still rejects unhandled and ends the process, as without the span", () => {
    const outcome = (instrumented: boolean) => {
      const result = spawnSync(process.execPath, ["-e", unhandledAggregateProgram(instrumented)], {
        cwd: REPO_ROOT,
        encoding: "utf8",
      });
      return {
        status: result.status,
        stdout: result.stdout,
        error: /GoogleGenerativeAI Error[^\n]*/.exec(result.stderr)?.[0],
      };
    };
    const plain = outcome(false);
    expect(plain.status).toBe(1);
    expect(plain.error).toContain("Error reading from the stream");
    expect(plain.stdout).toContain("the loop failed");
    expect(outcome(true)).toEqual({ ...plain, stdout: `span ended errored\n${plain.stdout}` });
  });

  test("a request that fails ends the span errored and rejects with the SDK's error", async () => {
    globalThis.fetch = (() => Promise.resolve(new Response("{}", { status: 500 }))) as typeof fetch;
    const record = new RecordingSpan();
    const model = new GoogleGenerativeAI("key").getGenerativeModel({ model: "gemini-1.5-flash" });
    await expect(
      endSpanWithTeedStream(
        record as unknown as Sentry.Span,
        model.generateContentStream("Hi"),
        "stream",
        "response",
        geminiChunks(),
      ),
    ).rejects.toThrow(/500/);
    expect(record.ends).toBe(1);
    expect(record.status).toEqual({ code: 2, message: "internal_error" });
  });
});
