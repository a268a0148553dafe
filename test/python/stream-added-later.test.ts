// A file instrumented when it had only a litellm stream, then given an openai stream and instrumented again:
// the helpers the first run wrote serve the new call, and the app still gets openai's own `Stream` (its type,
// `with stream:`, `.response`), run with the real openai and litellm in .venv-test against the mock server.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { MockServer, startMockLlmServer } from "../runtime/mock-llm-server";
import { genAiSpans, runPython } from "./runtime/run-python";
import { FIXTURES, transform } from "../engine/python/helpers";

const FIRST = `import os

import openai
from litellm import completion

API_BASE = os.environ["MOCK_LLM_URL"] + "/v1"


def litellm_reply(question):
    response = completion(model="openai/gpt-4o", messages=[{"role": "user", "content": question}], api_base=API_BASE, api_key="test-key", stream=True)
    return "".join(chunk.choices[0].delta.content or "" for chunk in response if chunk.choices)
`;

const ADDED = `

def openai_reply(question):
    client = openai.OpenAI(base_url=API_BASE, api_key="test-key")
    stream = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": question}], stream=True)
    with stream:
        text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    return {"type": type(stream).__module__ + "." + type(stream).__name__, "is_openai_stream": isinstance(stream, openai.Stream), "status": stream.response.status_code, "text": text}


def main(base_url):
    return {"litellm": litellm_reply("Hi"), "openai": openai_reply("Hello")}
`;

let server: MockServer;
let dir: string;
jest.setTimeout(120_000);

beforeAll(async () => {
  server = await startMockLlmServer();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "py-added-stream-"));
});

afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("an openai stream added after a litellm-only run is still observed in place: the app gets an openai.Stream", async () => {
  const first = (await transform(FIRST)).output!;
  expect(first).toContain("def _sentry_observed_stream(");
  expect(first).not.toContain("openai_reply");
  const second = (await transform(first + ADDED)).output!;
  expect(second).toContain("stream = _sentry_stream(span, lambda: client.chat.completions.create(");
  // the second run adds the call's span and nothing to the plumbing
  expect(second.slice(0, second.indexOf("def litellm_reply("))).toBe(
    first.slice(0, first.indexOf("def litellm_reply(")),
  );
  expect((await transform(second)).output ?? second).toBe(second);
  const file = path.join(dir, "app.py");
  fs.writeFileSync(file, second);
  const run = await runPython(file, server.url);
  expect(run.error).toBeNull();
  const result = run.result as { litellm: string; openai: Record<string, unknown> };
  expect(result.openai).toMatchObject({ type: "openai.Stream", is_openai_stream: true, status: 200 });
  expect(result.litellm).not.toBe("");
  expect(result.openai.text).not.toBe("");
  const spans = genAiSpans(run).filter((span) => span.op === "gen_ai.chat");
  expect(spans.map((span) => span.name).sort()).toEqual(["chat gpt-4o-mini", "chat openai/gpt-4o"]);
  for (const span of spans) {
    expect(span.end).not.toBeNull();
    expect(span.data["gen_ai.response.streaming"]).toBe(true);
  }
  const openaiSpan = spans.find((span) => span.name === "chat gpt-4o-mini")!;
  expect(openaiSpan.data["gen_ai.response.text"]).toBe(JSON.stringify([result.openai.text]));
});

test("helpers an earlier version wrote for a litellm-only file are brought up to date: the openai stream added is an openai.Stream", async () => {
  // that version's helpers and collector, as the fixture keeps them (before its first `def`)
  const earlier = fs.readFileSync(
    path.join(FIXTURES, "ai-request", "streaming-added-later-earlier-helpers.input.py"),
    "utf8",
  );
  const helpers = earlier.slice(0, earlier.indexOf("\ndef stream_reply("));
  expect(helpers).toContain("    return _sentry_observed_chunks(stream, span, collect)\n");
  expect(helpers).not.toContain("in_place");
  const app = `${helpers}
def main(base_url):
    stream = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Hello"}], stream=True)
    with stream:
        text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    return {"is_openai_stream": isinstance(stream, Stream), "text": text}
`.replace("from openai import OpenAI", "from openai import OpenAI, Stream");
  const upgraded = (await transform(app)).output!;
  expect((await transform(upgraded)).output ?? upgraded).toBe(upgraded);
  const file = path.join(dir, "earlier.py");
  fs.writeFileSync(file, upgraded);
  const run = await runPython(file, server.url);
  expect(run.error).toBeNull();
  const result = run.result as { is_openai_stream: boolean; text: string };
  expect(result.is_openai_stream).toBe(true);
  const [span] = genAiSpans(run).filter((span) => span.op === "gen_ai.chat");
  expect(span.end).not.toBeNull();
  expect(span.data["gen_ai.response.text"]).toBe(JSON.stringify([result.text]));
});
