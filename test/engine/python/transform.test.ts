import { analyze, transform } from "./helpers";
import { streamBlockHelperLines } from "../../../src/engine/python/stream-helpers";

const OPENAI = `from openai import OpenAI, AsyncOpenAI

client = OpenAI()
aclient = AsyncOpenAI()
`;

async function only(source: string) {
  const result = await transform(source);
  return result;
}

describe("python: unsupported positions are reported, not rewritten", () => {
  const cases: Array<[string, string, RegExp]> = [
    ["a lambda body", "ask = lambda q: client.chat.completions.create(model='m', messages=q)\n", /inside a lambda/],
    [
      "a comprehension",
      "def f(qs):\n    return [client.chat.completions.create(model='m', messages=q) for q in qs]\n",
      /inside a comprehension/,
    ],
    [
      "a generator expression",
      "def f(qs):\n    return list(client.embeddings.create(model='m', input=q) for q in qs)\n",
      /inside a comprehension/,
    ],
    [
      "a default argument",
      "def f(a=client.chat.completions.create(model='m', messages=[])):\n    return a\n",
      /default argument/,
    ],
    [
      "a decorator argument",
      "@cache(client.embeddings.create(model='m', input='k'))\ndef f():\n    pass\n",
      /decorator argument/,
    ],
    [
      "a conditional branch",
      "def f(q, c):\n    return c if c else client.chat.completions.create(model='m', messages=q)\n",
      /conditional expression/,
    ],
    [
      "the right of `or`",
      "def f(q, c):\n    return c or client.chat.completions.create(model='m', messages=q)\n",
      /`and`\/`or`/,
    ],
    [
      "a while condition",
      "def f(q):\n    while client.chat.completions.create(model='m', messages=q).choices:\n        q = q[1:]\n",
      /`while` condition/,
    ],
    [
      "an elif condition",
      "def f(q):\n    if not q:\n        pass\n    elif client.chat.completions.create(model='m', messages=q):\n        pass\n",
      /`elif` condition/,
    ],
    [
      "a one-line block",
      "def f(q):\n    if q: r = client.chat.completions.create(model='m', messages=q)\n",
      /shares its line/,
    ],
    [
      "a `;` line",
      "def f(q):\n    r = client.chat.completions.create(model='m', messages=q); print(r)\n",
      /shares its line/,
    ],
    [
      "after another call",
      "def f(q):\n    return log(q), client.chat.completions.create(model='m', messages=q)\n",
      /other calls in the same statement/,
    ],
  ];

  test.each(cases)("%s", async (_label, code, reason) => {
    const source = OPENAI + code;
    const result = await only(source);
    expect(result.output).toBeUndefined();
    expect(result.diagnostics).toEqual([]);
    const [site] = result.sites;
    expect(site).toMatchObject({ kind: "ai-request", sdk: "openai", status: "unsupported" });
    expect(site.reason).toMatch(reason);
  });

  test("an async call kept in a name and awaited later runs in its span when it is awaited", async () => {
    const code =
      "async def f(q):\n    task = aclient.chat.completions.create(model='m', messages=q)\n    return await task\n";
    const result = await only(OPENAI + code);
    expect(result.diagnostics).toEqual([]);
    expect(result.sites[0]).toMatchObject({ kind: "ai-request", sdk: "openai", status: "instrumentable" });
    expect(result.output).toContain(
      '    task = _sentry_coroutine_in_span(aclient.chat.completions.create(model=\'m\', messages=q), "gen_ai.chat", "chat m", {',
    );
    expect(result.output).toContain("    return await task\n");
  });

  test("a second call in the same statement is reported; the first is rewritten", async () => {
    const result = await only(
      `${OPENAI}def f(q):\n    r = client.chat.completions.create(model="a", messages=summarize(client.embeddings.create(model="e", input=q)))\n    return r\n`,
    );
    expect(result.sites.map((site) => site.status)).toEqual(["instrumentable", "unsupported"]);
    expect(result.sites[1].reason).toMatch(/another AI call in the same statement \(line 6\)/);
    expect(result.output).toContain(
      '        _sentry_messages = summarize(client.embeddings.create(model="e", input=q))\n',
    );
  });
});

describe("python: parse errors", () => {
  test("a file that does not parse gets a diagnostic with line:col and no output", async () => {
    const source =
      "from openai import OpenAI\n\nclient = OpenAI()\n\ndef ask(q:\n    return client.chat.completions.create(model='m', messages=q)\n";
    const result = await transform(source);
    expect(result.output).toBeUndefined();
    expect(result.sites).toEqual([]);
    expect(result.diagnostics).toHaveLength(1);
    const [diagnostic] = result.diagnostics;
    expect(diagnostic.severity).toBe("error");
    expect(diagnostic.message).toMatch(/^Python syntax error: /);
    expect(diagnostic.message).not.toMatch(/\d+:\d+|unchanged/);
    expect(diagnostic.range?.start.line).toBe(5);
  });

  test("an unterminated string is reported too", async () => {
    const result = await transform('import openai\nx = "abc\n');
    expect(result.diagnostics[0]?.message).toMatch(/^Python syntax error: /);
    expect(result.diagnostics[0]?.range?.start.line).toBe(2);
    expect(result.output).toBeUndefined();
  });
});

describe("python: options", () => {
  const source = `${OPENAI}
def ask(q):
    r = client.chat.completions.create(model="gpt-4o", messages=q, temperature=0.5)
    return r
`;

  test("legacy conventions: gen_ai.request / request <model>, operation name still chat", async () => {
    const result = await transform(source, { conventions: "legacy" });
    expect(result.output).toContain('with sentry_sdk.start_span(op="gen_ai.request", name="request gpt-4o") as span:');
    expect(result.output).toContain('span.set_data("gen_ai.operation.name", "chat")');
    expect(result.sites[0].spanName).toBe("request gpt-4o");
    // and a second run with legacy conventions changes nothing
    expect((await transform(result.output!, { conventions: "legacy" })).output).toBeUndefined();
  });

  test("--no-record-inputs leaves out prompts, system instructions and tool input", async () => {
    const tool = `from agents import function_tool\n\n@function_tool\ndef t(city: str) -> str:\n    """Doc."""\n    return city\n`;
    const result = await transform(source.replace("messages=q", 'messages=q, instructions="x"') + "\n" + tool, {
      recordInputs: false,
    });
    expect(result.output).not.toContain("gen_ai.request.messages");
    expect(result.output).not.toContain("gen_ai.tool.input");
    expect(result.output).toContain("gen_ai.response.text");
    expect(result.output).toContain("gen_ai.tool.output");
    expect(result.output).toContain('span.set_data("gen_ai.operation.name", "chat")');
  });

  test("--no-record-outputs leaves out response text, tool calls and tool output; returns stay as they are", async () => {
    const tool = `from agents import function_tool\n\n@function_tool\ndef t(city: str) -> str:\n    """Doc."""\n    return city\n`;
    const result = await transform(source + "\n" + tool, { recordOutputs: false });
    expect(result.output).not.toMatch(/gen_ai\.response\.(text|tool_calls)|gen_ai\.tool\.output/);
    expect(result.output).toContain("gen_ai.usage.input_tokens");
    expect(result.output).toContain("        return city\n");
    expect(result.output).not.toContain("_sentry_output");
  });

  test("--skip-auto-instrumented marks what Sentry's integrations already cover as skipped", async () => {
    const result = await transform(source, { skipAutoInstrumented: true });
    expect(result.output).toBeUndefined();
    expect(result.sites[0]).toMatchObject({
      status: "skipped",
      autoInstrumentedBy: { integration: "OpenAIIntegration" },
    });
  });
});

describe("python: analysis", () => {
  test("analyzePythonFile reports the same sites as transformPythonFile and no output", async () => {
    const source = `${OPENAI}
def ask(q, streaming):
    r = client.chat.completions.create(model="gpt-4o", messages=q)
    s = client.chat.completions.create(model="gpt-4o", messages=q, stream=streaming)
    return r, s, [client.embeddings.create(model="e", input=x) for x in q]
`;
    const analysed = await analyze(source);
    const transformed = await transform(source);
    expect(analysed.output).toBeUndefined();
    expect(transformed.output).toBeDefined();
    expect(analysed.sites).toEqual(transformed.sites);
    expect(analysed.sites.map((site) => site.status)).toEqual(["instrumentable", "streaming", "unsupported"]);
    expect(analysed.sites[0].range).toEqual({ start: { line: 7, column: 9 }, end: { line: 7, column: 67 } });
  });

  test("a file without AI code is not touched and not even parsed", async () => {
    const result = await transform("def add(a, b):\n    return a + b\n");
    expect(result).toMatchObject({ language: "python", sites: [], diagnostics: [] });
    expect(result.output).toBeUndefined();
  });
});

describe("python: generated code", () => {
  test("helpers and imports are added once, and reused by later runs", async () => {
    const first = await transform(
      `${OPENAI}\ndef a(q):\n    r = client.chat.completions.create(model="m", messages=q)\n    return r\n`,
    );
    const more = `${first.output}\n\ndef b(q):\n    r = client.embeddings.create(model="e", input=q)\n    return r\n`;
    const second = await transform(more);
    expect(second.output).toBeDefined();
    for (const name of [
      "def _sentry_field(",
      "def _sentry_each(",
      "def _sentry_json(",
      "def _sentry_set(",
      "import sentry_sdk\n",
      "import json\n",
    ]) {
      expect(second.output!.split(name).length - 1).toBe(1);
    }
  });

  test("a function that already uses `span` gets another span variable", async () => {
    const result = await transform(
      `${OPENAI}\ndef a(q, span):\n    r = client.chat.completions.create(model="m", messages=q)\n    span.finish()\n    return r\n`,
    );
    expect(result.output).toContain("as gen_ai_span:");
    expect(result.output).toContain('gen_ai_span.set_data("gen_ai.operation.name", "chat")');
  });

  test("two-space indentation is followed", async () => {
    const result = await transform(
      `from openai import OpenAI\n\nclient = OpenAI()\n\n\ndef a(q):\n  if q:\n    r = client.chat.completions.create(model="m", messages=q)\n    return r\n`,
    );
    expect(result.output).toContain(
      '\n    with sentry_sdk.start_span(op="gen_ai.chat", name="chat m") as span:\n      span.set_data(',
    );
    expect(result.output).toContain('\n      r = client.chat.completions.create(model="m", messages=q)\n');
    expect(result.output).toContain('\ndef _sentry_set(span, key, value):\n  """');
  });

  test("a file with only a docstring and imports gets imports after the docstring", async () => {
    const result = await transform(
      '"""Doc."""\nfrom openai import OpenAI\nr = OpenAI().embeddings.create(model="e", input="x")\n',
    );
    expect(
      result.output!.startsWith(
        '"""Doc."""\nimport json\nimport sentry_sdk\nfrom openai import OpenAI\n\n\ndef _sentry_field(',
      ),
    ).toBe(true);
    expect(result.output).toContain(
      '        return False\n\n\nwith sentry_sdk.start_span(op="gen_ai.embeddings", name="embeddings e") as span:\n    span.set_data(',
    );
  });

  test("static and dynamic span names", async () => {
    const result = await transform(
      `${OPENAI}\ndef a(q, cfg, settings):\n    r = client.chat.completions.create(model=settings.MODEL, messages=q)\n    s = client.chat.completions.create(model=cfg["model"], messages=q)\n    t = client.chat.completions.create(model=pick(q), messages=q)\n    return r, s, t\n`,
    );
    expect(result.sites.map((site) => site.spanName)).toEqual([
      "chat {settings.MODEL}",
      'chat {cfg["model"]}',
      "chat {_sentry_model}",
    ]);
    expect(result.output).toContain('name=f"chat {settings.MODEL}"');
    expect(result.output).toContain('name="chat " + str(cfg["model"])');
    expect(result.output).toContain("_sentry_model = pick(q)\n");
    expect(result.output).toContain("t = client.chat.completions.create(model=_sentry_model, messages=q)");
  });
});

describe("python: streams left to manual work say why", () => {
  const LIBS = `from google import genai
from langchain_openai import ChatOpenAI
from litellm import completion

client = genai.Client()
llm = ChatOpenAI(model="gpt-4o")
`;
  const cases: Array<[string, string, RegExp]> = [
    [
      "a stream flag known at run time",
      "def f(q, flag):\n    r = completion(model='gpt-4o', messages=q, stream=flag)\n",
      /not a literal True/,
    ],
    [
      "a returned stream",
      "def f(q):\n    return client.models.generate_content_stream(model='gemini-2.0-flash', contents=q)\n",
      /neither assigned to a name nor read by a `for`/,
    ],
    ["a stream passed on", "def f(q):\n    show(llm.stream(q))\n", /neither assigned to a name nor read by a `for`/],
    [
      "events in a format the tool has no reader for",
      "async def f(q):\n    async for e in llm.astream_events(q, version='v1'):\n        print(e)\n",
      /only `version="v2"` \(or none\) is read/,
    ],
  ];

  test.each(cases)("%s", async (_name, body, reason) => {
    const result = await transform(LIBS + "\n\n" + body);
    expect(result.output).toBeUndefined();
    expect(result.sites.map((site) => [site.status, site.reason])).toEqual([
      ["streaming", expect.stringMatching(reason)],
    ]);
  });

  test("a stream read by a `for`, or assigned, is wrapped where it stands; the app's loop is unchanged", async () => {
    const result = await transform(
      LIBS + "\n\ndef f(q):\n    for chunk in llm.stream(q):\n        print(chunk.content)\n",
    );
    expect(result.output).toContain(
      "    for chunk in _sentry_stream(span, lambda: llm.stream(q), _SentryLangChainChunks()):\n        print(chunk.content)\n",
    );
    expect(result.output).toContain('    span.set_data("gen_ai.response.streaming", True)\n');
  });
});

describe("python: the run-time content gate follows the app's Sentry options", () => {
  // the emitted _sentry_records_ai_content in its 2.x form (also written when the major is unknown), run against stand-in clients: 2.x (send_default_pii, data_collection
  // only when the app sets it) and 3.x (no send_default_pii; data_collection always resolved, gen_ai on by default)
  test.each([
    ["2.x, send_default_pii=True", "{'send_default_pii': True, 'data_collection': {}}", true],
    ["2.x, send_default_pii unset", "{'send_default_pii': None, 'data_collection': {}}", false],
    [
      "2.x, data_collection set by the app",
      "{'send_default_pii': True, 'data_collection': {'provided_by_user': True, 'gen_ai': {'outputs': False}}}",
      false,
    ],
    ["3.x, defaults", "{'data_collection': {'gen_ai': {'inputs': True, 'outputs': True}}}", true],
    ["3.x, outputs off", "{'data_collection': {'gen_ai': {'inputs': True, 'outputs': False}}}", false],
  ])("%s", async (_name, options, expected) => {
    const { helperSource } = await import("../../../src/engine/python/helpers");
    const { spanIdentity } = await import("../../../src/core/conventions");
    const gate = helperSource("_sentry_records_ai_content", "    ", "\n", { major: 2, module: "sentry_sdk" }, true, {
      identity: spanIdentity("handoff", "default"),
      parameters: [],
      callbackOf: "",
    });
    const program = [
      "import types",
      `sentry_sdk = types.SimpleNamespace(get_client=lambda: types.SimpleNamespace(options=${options}))`,
      gate,
      'print(_sentry_records_ai_content("outputs"))',
    ].join("\n");
    const { execFileSync } = await import("node:child_process");
    expect(execFileSync("python3", ["-c", program], { encoding: "utf8" }).trim()).toBe(expected ? "True" : "False");
  });
});

describe("python: the stream-manager helpers never raise into the app and keep its exceptions", () => {
  // a stand-in manager (sync and async): what `record` raises is swallowed, the block's exception goes on
  const program = (async: boolean) =>
    [
      "import asyncio",
      ...streamBlockHelperLines(async),
      "class Manager:",
      "    def __init__(self): self.exited = None",
      "    def __enter__(self): return 'stream'",
      "    def __exit__(self, *exc): self.exited = exc[0]",
      "    async def __aenter__(self): return 'stream'",
      "    async def __aexit__(self, *exc): self.exited = exc[0]",
      "def record(span, stream): raise RuntimeError('record failed')",
      "async def main():",
      "    seen, manager = [], Manager()",
      "    try:",
      async
        ? "        async with _sentry_stream_block_async('span', manager, record) as stream:"
        : "        with _sentry_stream_block('span', manager, record) as stream:",
      "            seen.append(stream)",
      "            raise ValueError('app error')",
      "    except ValueError as error:",
      "        seen.append(str(error))",
      "    print(seen, manager.exited.__name__)",
      "asyncio.run(main())",
    ].join("\n");

  test.each([false, true])("async: %s", async (async) => {
    const { execFileSync } = await import("node:child_process");
    expect(execFileSync("python3", ["-c", program(async)], { encoding: "utf8" }).trim()).toBe(
      "['stream', 'app error'] ValueError",
    );
  });
});
