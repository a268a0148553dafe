import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { FIXTURES, transform } from "./helpers";

/** Every top-level `def`/`class` of a Python file, and the line count of each function and method. */
function definitions(source: string): { names: string[]; lengths: Record<string, number> } {
  const script = `
import ast, json, sys
module = ast.parse(sys.stdin.read())
names, lengths = [], {}
for node in module.body:
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        names.append(node.name)
        members = node.body if isinstance(node, ast.ClassDef) else [node]
        for member in members:
            if isinstance(member, (ast.FunctionDef, ast.AsyncFunctionDef)):
                key = member.name if member is node else node.name + "." + member.name
                lengths[key] = member.end_lineno - member.lineno + 1
print(json.dumps({"names": names, "lengths": lengths}))
`;
  const run = spawnSync("python3", ["-c", script], { input: source, encoding: "utf8" });
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as { names: string[]; lengths: Record<string, number> };
}

const OPENAI = `from openai import AsyncOpenAI, OpenAI

client = OpenAI()
async_client = AsyncOpenAI()
`;
const LANGCHAIN = `from langchain_openai import ChatOpenAI

llm = ChatOpenAI(model="gpt-4o")
`;
const SYNC_STREAM = `

def f(messages):
    stream = client.chat.completions.create(model="gpt-4o", messages=messages, stream=True)
    for chunk in stream:
        print(chunk)
`;
const AWAITED_STREAM = `

async def g(messages):
    stream = await async_client.chat.completions.create(model="gpt-4o", messages=messages, stream=True)
    async for chunk in stream:
        print(chunk)
`;

describe("python stream helpers", () => {
  test("no emitted helper function or method is longer than 11 lines (def and docstring included)", () => {
    const source = fs.readFileSync(path.join(FIXTURES, "ai-request", "streaming.output.py"), "utf8");
    const { lengths } = definitions(source);
    expect(Object.keys(lengths)).toEqual(expect.arrayContaining(["_sentry_stream", "_SentryChunks.data"]));
    const long = Object.entries(lengths).filter(([name, lines]) => name.startsWith("_") && lines > 11);
    expect(long).toEqual([]);
  });

  test("the plumbing is the same text whichever SDK's streams the file has; only an awaited call adds the async entry", async () => {
    const plumbing = (source: string) =>
      source.slice(source.indexOf("def _sentry_current("), source.indexOf("class _SentryChunks"));
    const langchain = await transform(
      LANGCHAIN + "\n\ndef f(q):\n    for chunk in llm.stream(q):\n        print(chunk.content)\n",
    );
    const { names } = definitions(langchain.output!);
    expect(names).toEqual(expect.arrayContaining(["_sentry_stream", "_sentry_observed_stream", "_SentryChunks"]));
    expect(names).not.toContain("_sentry_stream_async");
    const openai = (await transform(OPENAI + SYNC_STREAM)).output!;
    expect(plumbing(langchain.output!)).toBe(plumbing(openai));
    expect(openai).toContain('    in_place = ("_iterator",)');
    expect(langchain.output).not.toContain("in_place = (");
    const awaited = definitions((await transform(OPENAI + SYNC_STREAM + AWAITED_STREAM)).output!).names;
    expect(awaited).toContain("_sentry_stream_async");
  });

  test("a later run adds the helpers a new call needs, and only those (each defined once)", async () => {
    const first = (await transform(OPENAI + SYNC_STREAM)).output!;
    expect(definitions(first).names).not.toContain("_sentry_stream_async");
    const second = (await transform(first + AWAITED_STREAM)).output!;
    const { names } = definitions(second);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
    expect([...names].sort()).toEqual([...definitions(first).names, "_sentry_stream_async", "g"].sort());
  });

  test("a file written with the earlier `_SentryStream` class keeps its plumbing; a new collector still gets its base", async () => {
    const earlier = `import sentry_sdk
${OPENAI}

class _SentryStream:
    pass


def _sentry_stream(span, request, collect):
    pass
`;
    const { names } = definitions((await transform(earlier + SYNC_STREAM)).output!);
    expect(names).not.toContain("_sentry_observe");
    expect(names).not.toContain("_sentry_stream_end");
    expect(names.filter((name) => name === "_sentry_stream")).toHaveLength(1);
    expect(names.indexOf("_SentryChunks")).toBeGreaterThan(-1);
    expect(names.indexOf("_SentryChunks")).toBeLessThan(names.indexOf("_SentryOpenAIChatChunks"));
  });
});
