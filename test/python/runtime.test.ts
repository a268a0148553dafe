import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { FIXTURES, pythonExecutable } from "./helpers";

/**
 * Runs generated fixture outputs under python3. Debian's only sentry-sdk package (python3-sentry-sdk
 * 1.9.10 in bookworm) predates the 2.x API the output targets and PyPI is out of reach, so the span API is
 * a stub (runtime/stubs/sentry_sdk) that enforces sentry-sdk 2.x's signatures: `start_span(op=, name=)`
 * with no `attributes=` (3.x) or `description=` (deprecated), `span.set_data(key, value)` with primitive
 * values only, used as a context manager. The SDK clients are stubs returning canned responses.
 */
interface RecordedSpan {
  op: string;
  name: string;
  data: Record<string, unknown>;
  parent: number | null;
  finished: boolean;
}
type Results = Record<string, { value: unknown; spans: RecordedSpan[] }>;

let results: Results;

beforeAll(() => {
  const exe = pythonExecutable();
  if (!exe) throw new Error("python3 is needed for this test");
  const here = path.join(__dirname, "runtime");
  const out = execFileSync(exe, [path.join(here, "driver.py"), FIXTURES], {
    env: { ...process.env, PYTHONPATH: path.join(here, "stubs"), PYTHONDONTWRITEBYTECODE: "1" },
    encoding: "utf8",
  });
  results = JSON.parse(out.trim().split("\n").pop()!) as Results;
});

const chatResult = {
  "gen_ai.response.text": '["Hello!"]',
  "gen_ai.response.model": "gpt-4o-2024-08-06",
  "gen_ai.response.id": "chatcmpl-1",
  "gen_ai.response.finish_reasons": '["stop"]',
  "gen_ai.usage.input_tokens": 11,
  "gen_ai.usage.output_tokens": 7,
  "gen_ai.usage.total_tokens": 18,
};

describe("python runtime: generated code against sentry-sdk 2.x signatures", () => {
  test("an OpenAI chat completion", () => {
    const { value, spans } = results["openai-chat"];
    expect(value).toBe("Hello!");
    expect(spans).toEqual([
      {
        op: "gen_ai.chat",
        name: "chat gpt-4o",
        parent: null,
        finished: true,
        data: {
          "gen_ai.operation.name": "chat",
          "gen_ai.system": "openai",
          "gen_ai.request.model": "gpt-4o",
          "gen_ai.request.temperature": 0.2,
          "gen_ai.request.max_tokens": 300,
          "gen_ai.request.messages": '[{"role": "user", "content": "Hi"}]',
          ...chatResult,
        },
      },
    ]);
  });

  test("a response without usage or choices: nothing raises, missing values are left out", () => {
    const [span] = results["openai-chat-without-usage"].spans;
    expect(span.finished).toBe(true);
    expect(span.data["gen_ai.response.id"]).toBe("x");
    expect(Object.keys(span.data).filter((key) => key.startsWith("gen_ai.usage") || key.startsWith("gen_ai.response.text"))).toEqual([]);
  });

  test("the Responses API through an awaited, hoisted return", () => {
    const { value, spans } = results["openai-async-responses"];
    expect(value).toBe("Short answer.");
    expect(spans).toHaveLength(1);
    expect(spans[0].data).toEqual({
      "gen_ai.operation.name": "chat",
      "gen_ai.system": "openai",
      "gen_ai.request.model": "gpt-4.1-mini",
      "gen_ai.request.messages": '"Why?"',
      "gen_ai.system_instructions": '"You are terse."',
      "gen_ai.response.text": '["Short answer."]',
      "gen_ai.response.model": "gpt-4.1-mini-2025-04-14",
      "gen_ai.response.id": "resp_1",
      "gen_ai.response.finish_reasons": '["completed"]',
      "gen_ai.usage.input_tokens": 40,
      "gen_ai.usage.output_tokens": 4,
      "gen_ai.usage.total_tokens": 44,
    });
  });

  test("Anthropic: input tokens include cache reads and writes, total is the sum", () => {
    const [span] = results["anthropic-messages"].spans;
    expect(span.name).toBe("chat claude-3-5-sonnet-20241022");
    expect(span.data).toMatchObject({
      "gen_ai.system": "anthropic",
      "gen_ai.request.max_tokens": 1024,
      "gen_ai.system_instructions": "You are a helpful assistant.",
      "gen_ai.request.available_tools": '[{"name": "get_weather"}]',
      "gen_ai.response.text": '["Let me check."]',
      "gen_ai.response.tool_calls": '[{"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {"city": "Paris"}}]',
      "gen_ai.response.finish_reasons": '["tool_use"]',
      "gen_ai.usage.input_tokens": 125,
      "gen_ai.usage.output_tokens": 30,
      "gen_ai.usage.total_tokens": 155,
    });
  });

  test("tool functions record input and output on every return path, sync and async", () => {
    const { value, spans } = results["function-tools"];
    expect(value).toEqual(["22 degrees celsius in Paris", "unknown", { id: 7 }, {}, 5]);
    expect(spans.map((span) => [span.name, span.data["gen_ai.tool.input"], span.data["gen_ai.tool.output"]])).toEqual([
      ["execute_tool get_weather", '{"city": "Paris", "unit": "celsius"}', '"22 degrees celsius in Paris"'],
      ["execute_tool get_weather", '{"city": "", "unit": "celsius"}', '"unknown"'],
      ["execute_tool fetch_user", '{"user_id": 7}', '{"id": 7}'],
      ["execute_tool fetch_user", '{"user_id": -1}', "{}"],
      ["execute_tool add", '{"a": 2, "b": 3}', "5"],
    ]);
    expect(spans[0].data).toMatchObject({
      "gen_ai.operation.name": "execute_tool",
      "gen_ai.tool.name": "get_weather",
      "gen_ai.tool.description": "Get the current weather for a city.",
    });
    expect(spans[2].data["gen_ai.tool.description"]).toBe("Load a user profile.");
  });

  test("an LLM call inside a tool is a child of the tool span", () => {
    const { value, spans } = results["llm-inside-tool"];
    expect(value).toBe("Hello!");
    expect(spans.map((span) => [span.op, span.parent])).toEqual([
      ["gen_ai.execute_tool", null],
      ["gen_ai.chat", 0],
    ]);
    expect(spans[0].data["gen_ai.tool.output"]).toBe('"Hello!"');
    expect(spans[1].data).toMatchObject(chatResult);
  });

  test("openai-agents runs, async and sync", () => {
    const { value, spans } = results["agent-runs"];
    expect(value).toBe("Assistant: What is a loop?");
    expect(spans.map((span) => span.name)).toEqual(["invoke_agent Assistant", "invoke_agent Assistant"]);
    expect(spans[0].data).toEqual({
      "gen_ai.operation.name": "invoke_agent",
      "gen_ai.agent.name": "Assistant",
      "gen_ai.request.model": "gpt-4.1",
      "gen_ai.request.messages": '"Tell me about recursion."',
      "gen_ai.response.text": '["Assistant: Tell me about recursion."]',
      "gen_ai.usage.input_tokens": 50,
      "gen_ai.usage.output_tokens": 10,
      "gen_ai.usage.total_tokens": 60,
    });
    expect(spans[1].data["gen_ai.agent.name"]).toBe("Assistant");
  });

  test("hand-offs: on_handoff callbacks with the one-argument signature openai-agents checks", () => {
    const { value, spans } = results.handoffs;
    expect(value).toEqual(["Spanish", "English"]);
    expect(spans).toEqual([
      { op: "gen_ai.handoff", name: "handoff from Triage to Spanish", data: { "gen_ai.operation.name": "handoff" }, parent: null, finished: true },
      { op: "gen_ai.handoff", name: "handoff from Triage to English", data: { "gen_ai.operation.name": "handoff" }, parent: null, finished: true },
    ]);
  });

  test("the helpers never raise", () => {
    expect(results["helpers-never-raise"].value).toEqual({
      get_raises: null,
      get_missing: null,
      get_dict: 3,
      get_index: null,
      get_filter: ["a"],
      json_cycle: null,
      json_object: true,
      json_none: null,
      json_list: '["stop"]',
    });
  });
});
