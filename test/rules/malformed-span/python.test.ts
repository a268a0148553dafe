import type { Parser } from "web-tree-sitter";
import { pythonParser } from "../../../src/engine/python/parser";
import { lintPythonSpans } from "../../../src/rules/malformed-span/python";
import { runRuleTests } from "../rule-tester";

let parser: Parser;
beforeAll(async () => {
  parser = await pythonParser();
});

function lint(code: string) {
  const tree = parser.parse(code);
  if (!tree) throw new Error("the Python parser gave up");
  try {
    if (tree.rootNode.hasError) throw new Error(`test code does not parse:\n${code}`);
    return lintPythonSpans(tree.rootNode, code);
  } finally {
    tree.delete();
  }
}

const lines = (...code: string[]): string => code.join("\n");

const UNKNOWN_OP =
  'Unknown gen_ai op "gen_ai.llm": use one of gen_ai.chat, gen_ai.embeddings, gen_ai.text_completion, ' +
  "gen_ai.generate_content, gen_ai.invoke_agent, gen_ai.create_agent, gen_ai.execute_tool, gen_ai.handoff, " +
  "gen_ai.rerank, gen_ai.responses.";
const SET_CHAT = 'Set attribute "gen_ai.operation.name" to "chat": Sentry classifies gen_ai spans by it.';
const NO_TOOL_NAME = (shown: string) =>
  `Span name ${shown} names no tool: name it "execute_tool <tool name>", with the tool's name as in "gen_ai.tool.name".`;
const SET_TOOL_NAME = 'Set attribute "gen_ai.tool.name" (the tool\'s name) on this gen_ai.execute_tool span.';
const SET_MODEL = 'Set attribute "gen_ai.request.model" (the requested model) on this gen_ai.chat span.';

runRuleTests(
  "malformed-span (Python)",
  lint,
  {
    valid: [
      {
        name: "the codemod's own chat span",
        code: lines(
          "import sentry_sdk",
          'with sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o") as span:',
          '    span.set_data("gen_ai.operation.name", "chat")',
          '    span.set_data("gen_ai.request.model", "gpt-4o")',
          '    response = client.chat.completions.create(model="gpt-4o", messages=messages)',
        ),
      },
      {
        name: "an f-string name whose first word is the operation, attributes set through the codemod's _sentry_set",
        code: lines(
          'with sentry_sdk.start_span(op="gen_ai.chat", name=f"chat {model}") as span:',
          '    span.set_data("gen_ai.operation.name", "chat")',
          '    _sentry_set(span, "gen_ai.request.model", model)',
        ),
      },
      {
        name: "a request that names no model: the codemod's _sentry_name_from_model records and names it from the response",
        code: lines(
          'with sentry_sdk.start_span(op="gen_ai.chat", name="chat") as span:',
          '    span.set_data("gen_ai.operation.name", "chat")',
          '    response = client.responses.create(prompt={"id": prompt_id}, input=question)',
          '    _sentry_name_from_model(span, "chat", _sentry_field(response, "model"))',
        ),
      },
      {
        name: "a resumed stream: the codemod's stream block recorder that names the span from the snapshot's model",
        code: lines(
          'with sentry_sdk.start_span(op="gen_ai.chat", name="chat") as span:',
          '    span.set_data("gen_ai.operation.name", "chat")',
          "    with _sentry_stream_block(span, client.responses.stream(response_id=rid), _sentry_record_openai_response_naming_span) as stream:",
          "        for event in stream:",
          "            print(event)",
        ),
      },
      {
        name: "set_attribute, update_data and set_attributes on the span; keyword key/value arguments",
        code: lines(
          'with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent Weather Agent") as span:',
          '    span.set_attribute(key="gen_ai.operation.name", value="invoke_agent")',
          '    span.update_data({"gen_ai.agent.name": "Weather Agent"})',
          'with sentry_sdk.start_span(op="gen_ai.execute_tool", name="execute_tool search") as tool_span:',
          '    tool_span.set_attributes({"gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "search"})',
        ),
      },
      {
        name: "attributes set anywhere in the with body, nested if and try included",
        code: lines(
          "async def run(agent):",
          '    async with sentry_sdk.start_span(op="gen_ai.invoke_agent", name=f"invoke_agent {agent.name}") as span:',
          "        if agent.name:",
          '            span.set_data("gen_ai.agent.name", agent.name)',
          "        try:",
          '            span.set_data("gen_ai.operation.name", "invoke_agent")',
          "        finally:",
          "            pass",
        ),
      },
      {
        name: "execute_tool and handoff spans in the right form",
        code: lines(
          'with sentry_sdk.start_span(op="gen_ai.execute_tool", name="execute_tool get_weather") as span:',
          '    span.set_data("gen_ai.operation.name", "execute_tool")',
          '    span.set_data("gen_ai.tool.name", "get_weather")',
          'with sentry_sdk.start_span(op="gen_ai.handoff", name=f"handoff from {a.name} to {b.name}") as span:',
          '    span.set_data("gen_ai.operation.name", "handoff")',
          'with sentry_sdk.start_span(op="gen_ai.handoff", name="handoff from Triage to Billing") as span:',
          '    span.set_data("gen_ai.operation.name", "handoff")',
        ),
      },
      {
        name: "the legacy docs op with request <model>, and with chat <model> as the Python docs wrote it",
        code: lines(
          'with sentry_sdk.start_span(op="gen_ai.request", name="request o3-mini") as span:',
          '    span.set_data("gen_ai.operation.name", "chat")',
          '    span.set_data("gen_ai.request.model", "o3-mini")',
          'with sentry_sdk.start_span(op="gen_ai.request", name="chat o3-mini") as span:',
          '    span.set_data("gen_ai.operation.name", "chat")',
          '    span.set_data("gen_ai.request.model", "o3-mini")',
        ),
      },
      {
        name: "an execute_tool name whose tool comes at run time",
        code: lines(
          'with sentry_sdk.start_span(op="gen_ai.execute_tool", name=f"execute_tool {tool.name}") as span:',
          '    span.set_data("gen_ai.operation.name", "execute_tool")',
          '    span.set_data("gen_ai.tool.name", tool.name)',
          'with sentry_sdk.start_span(op="gen_ai.execute_tool", name="execute_tool " + tool.name) as span:',
          '    span.set_data("gen_ai.operation.name", "execute_tool")',
          '    span.set_data("gen_ai.tool.name", tool.name)',
        ),
      },
      {
        name: "a bare operation name, and the legacy description= keyword",
        code: lines(
          'with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent") as span:',
          '    span.set_data("gen_ai.operation.name", "invoke_agent")',
          '    span.set_data("gen_ai.agent.name", name)',
          'with sentry_sdk.start_span(op="gen_ai.chat", description="chat gpt-4o") as span:',
          '    span.set_data("gen_ai.operation.name", "chat")',
          '    span.set_data("gen_ai.request.model", "gpt-4o")',
        ),
      },
      {
        name: "spans that are not gen_ai spans, whose op is not a literal, transactions, unimported bare calls",
        code: lines(
          'with sentry_sdk.start_span(op="http.client", name="GET /"):',
          "    pass",
          'with sentry_sdk.start_span(op=OP, name="whatever"):',
          "    pass",
          'with sentry_sdk.start_span(op=f"gen_ai.{kind}", name="whatever"):',
          "    pass",
          'with sentry_sdk.start_transaction(op="gen_ai.invoke_agent", name="agent run"):',
          "    pass",
          'start_span(op="gen_ai.nonsense")',
          'tracer.start_as_current_span("gen_ai.chat")',
        ),
      },
      {
        name: "**kwargs in the call cannot be read: nothing is reported",
        code: 'with sentry_sdk.start_span(op="gen_ai.chat", name="wrong", **options):\n    pass',
      },
      {
        name: "attributes built elsewhere, or a span handed to a helper or returned, may set anything",
        code: lines(
          'with sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o", attributes=build_attributes()):',
          "    pass",
          'with sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o", attributes={**common}):',
          "    pass",
          'with sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o") as span:',
          "    record(span)",
          'with sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o") as span:',
          "    span.set_data(key, value)",
          'with sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o") as span:',
          "    span.update_data(attributes)",
          'with sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o") as (span, other):',
          "    pass",
          "def begin():",
          '    return sentry_sdk.start_span(op="gen_ai.chat", name="chat gpt-4o")',
        ),
      },
      {
        name: "names that start with a run-time value cannot be judged",
        code: lines(
          'with sentry_sdk.start_span(op="gen_ai.chat", name=f"{operation} {model}", attributes={"gen_ai.operation.name": "chat", "gen_ai.request.model": m}):',
          "    pass",
          'with sentry_sdk.start_span(op="gen_ai.chat", name=span_name, attributes={"gen_ai.operation.name": "chat", "gen_ai.request.model": m}):',
          "    pass",
          'with sentry_sdk.start_span(op="gen_ai.chat", name=f"chat{suffix}", attributes={"gen_ai.operation.name": "chat", "gen_ai.request.model": m}):',
          "    pass",
        ),
      },
      {
        name: "names built with +, % and .format whose first word is the operation",
        code: lines(
          'with sentry_sdk.start_span(op="gen_ai.chat", name="chat " + str(pick()), attributes={"gen_ai.operation.name": "chat", "gen_ai.request.model": m}):',
          "    pass",
          'with sentry_sdk.start_span(op="gen_ai.chat", name="chat %s" % model, attributes={"gen_ai.operation.name": "chat", "gen_ai.request.model": m}):',
          "    pass",
          'with sentry_sdk.start_span(op="gen_ai.chat", name="chat {}".format(model), attributes={"gen_ai.operation.name": "chat", "gen_ai.request.model": m}):',
          "    pass",
        ),
      },
      {
        name: "a non-literal operation name is not judged",
        code: 'with sentry_sdk.start_span(op="gen_ai.chat", name="chat x", attributes={"gen_ai.operation.name": op, "gen_ai.request.model": "x"}):\n    pass',
      },
      {
        name: "a span kept in a variable, its attributes set later in the same function",
        code: lines(
          "def run_tool():",
          '    span = sentry_sdk.start_span(op="gen_ai.execute_tool", name="execute_tool search")',
          '    span.set_data("gen_ai.operation.name", "execute_tool")',
          '    span.set_data("gen_ai.tool.name", "search")',
          "    span.finish()",
        ),
      },
      {
        name: "a span renamed in its block is not judged by its first name",
        code: lines(
          'with sentry_sdk.start_span(op="gen_ai.chat", name="pending", attributes={"gen_ai.operation.name": "chat", "gen_ai.request.model": "x"}) as span:',
          '    span.name = "chat x"',
        ),
      },
      {
        name: "the streaming API: op in attributes, positional name, imported from sentry_sdk.traces",
        code: lines(
          "from sentry_sdk.traces import start_span",
          'with start_span("chat gpt-4o", attributes={"sentry.op": "gen_ai.chat", "gen_ai.operation.name": "chat"}) as span:',
          '    span.set_attribute("gen_ai.request.model", "gpt-4o")',
        ),
      },
    ],
    invalid: [
      {
        name: "unknown op: reported on the op value, nothing else",
        code: 'with sentry_sdk.start_span(op="gen_ai.llm", name="llm call"):\n    pass',
        errors: [{ message: UNKNOWN_OP, line: 1, column: 31, endLine: 1, endColumn: 43 }],
      },
      {
        name: "name not in the <operation> <subject> form, operation name and model missing",
        code: 'with sentry_sdk.start_span(op="gen_ai.chat", name="OpenAI call"):\n    pass',
        errors: [
          {
            message: 'Span name "OpenAI call" should have the form "chat <model>".',
            line: 1,
            column: 51,
            endLine: 1,
            endColumn: 64,
          },
          { message: SET_CHAT, line: 1, column: 28, endLine: 1, endColumn: 44 },
          { message: SET_MODEL, line: 1, column: 28, endLine: 1, endColumn: 44 },
        ],
      },
      {
        name: "an f-string name whose first word is not the operation is shown as written",
        code: lines(
          'with sentry_sdk.start_span(op="gen_ai.chat", name=f"llm {model}") as span:',
          '    span.set_data("gen_ai.operation.name", "chat")',
          '    span.set_data("gen_ai.request.model", model)',
        ),
        errors: [
          {
            message: 'Span name f"llm {model}" should have the form "chat <model>".',
            line: 1,
            column: 51,
            endLine: 1,
            endColumn: 65,
          },
        ],
      },
      {
        name: "the older docs' gen_ai.execute_tool <tool> name, over several lines",
        code: lines(
          "with sentry_sdk.start_span(",
          '    op="gen_ai.execute_tool",',
          '    name=f"gen_ai.execute_tool {tool.name}",',
          ") as span:",
          '    span.set_data("gen_ai.operation.name", "execute_tool")',
          '    span.set_data("gen_ai.tool.name", tool.name)',
        ),
        errors: [
          {
            message: 'Span name f"gen_ai.execute_tool {tool.name}" should have the form "execute_tool <tool name>".',
            line: 3,
            column: 10,
            endLine: 3,
            endColumn: 44,
          },
        ],
      },
      {
        name: "operation name disagreeing with the op (the Python docs bug), reported on the value",
        code: lines(
          'with sentry_sdk.start_span(op="gen_ai.request", name="chat o3-mini") as span:',
          '    span.set_data("gen_ai.operation.name", "invoke_agent")',
          '    span.set_data("gen_ai.request.model", "o3-mini")',
        ),
        errors: [
          {
            message: '"gen_ai.operation.name" is "invoke_agent" but the op is gen_ai.request: set it to "chat".',
            line: 2,
            column: 44,
            endLine: 2,
            endColumn: 58,
          },
        ],
      },
      {
        name: "a disagreeing operation name in the attributes dict",
        code: 'with sentry_sdk.start_span(op="gen_ai.chat", name="chat x", attributes={"gen_ai.operation.name": "embeddings", "gen_ai.request.model": "x"}):\n    pass',
        errors: [
          {
            message: '"gen_ai.operation.name" is "embeddings" but the op is gen_ai.chat: set it to "chat".',
            line: 1,
            column: 98,
            endColumn: 110,
          },
        ],
      },
      {
        name: "invoke_agent without the agent name",
        code: lines(
          'with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent Weather") as span:',
          '    span.set_data("gen_ai.operation.name", "invoke_agent")',
          "    result = agent.run()",
        ),
        errors: [
          {
            message: 'Set attribute "gen_ai.agent.name" (the agent\'s name) on this gen_ai.invoke_agent span.',
            line: 1,
            column: 28,
          },
        ],
      },
      {
        name: "execute_tool without the tool name; other span methods set nothing",
        code: lines(
          'with sentry_sdk.start_span(op="gen_ai.execute_tool", name="execute_tool search") as span:',
          '    span.set_data("gen_ai.operation.name", "execute_tool")',
          '    span.set_status("internal_error")',
          '    span.set_tag("tool", span.span_id)',
        ),
        errors: [
          {
            message: 'Set attribute "gen_ai.tool.name" (the tool\'s name) on this gen_ai.execute_tool span.',
            line: 1,
            column: 28,
          },
        ],
      },
      {
        name: "an execute_tool span named just execute_tool, without and with gen_ai.tool.name",
        code: lines(
          'with sentry_sdk.start_span(op="gen_ai.execute_tool", name="execute_tool") as span:',
          '    span.set_data("gen_ai.operation.name", "execute_tool")',
          "with sentry_sdk.start_span(op='gen_ai.execute_tool', name='execute_tool ') as span:",
          '    span.set_data("gen_ai.operation.name", "execute_tool")',
          '    span.set_data("gen_ai.tool.name", tool.name)',
        ),
        errors: [
          { message: NO_TOOL_NAME('"execute_tool"'), line: 1, column: 59, endColumn: 73 },
          { message: SET_TOOL_NAME, line: 1, column: 28 },
          { message: NO_TOOL_NAME('"execute_tool "'), line: 3, column: 59 },
        ],
      },
      {
        name: "a handoff name without from/to",
        code: 'with sentry_sdk.start_span(op="gen_ai.handoff", name="handoff Billing") as span:\n    span.set_data("gen_ai.operation.name", "handoff")',
        errors: [
          {
            message: 'Span name "handoff Billing" should have the form "handoff from <agent> to <agent>".',
            line: 1,
            column: 54,
          },
        ],
      },
      {
        name: "a span without a name",
        code: 'with sentry_sdk.start_span(op="gen_ai.embeddings") as span:\n    span.update_data({"gen_ai.operation.name": "embeddings", "gen_ai.request.model": "e5"})',
        errors: [
          { message: 'This gen_ai.embeddings span has no name: name it "embeddings <model>".', line: 1, column: 28 },
        ],
      },
      {
        name: "bare imported starters, through an alias, and the description= keyword",
        code: lines(
          "from sentry_sdk import start_span as span_of",
          "import sentry_sdk as sentry",
          'with span_of(op="gen_ai.chat", name="chat x") as span:',
          '    span.set_data("gen_ai.request.model", "x")',
          'with sentry.start_span(op="gen_ai.invoke_agent", description="agent run") as span:',
          '    span.set_data("gen_ai.operation.name", "invoke_agent")',
          '    span.set_data("gen_ai.agent.name", "a")',
        ),
        errors: [
          { message: SET_CHAT, line: 3, column: 14 },
          { message: 'Span name "agent run" should have the form "invoke_agent <agent name>".', line: 5, column: 62 },
        ],
      },
      {
        name: "legacy op: the operation name must still be chat",
        code: lines(
          'with sentry_sdk.start_span(op="gen_ai.request", name="request o3-mini") as span:',
          '    span.set_data("gen_ai.operation.name", "request")',
          '    span.set_data("gen_ai.request.model", "o3-mini")',
        ),
        errors: [
          {
            message: '"gen_ai.operation.name" is "request" but the op is gen_ai.request: set it to "chat".',
            line: 2,
            column: 44,
          },
        ],
      },
      {
        name: "fully static built names in the wrong form: implicit concatenation and +",
        code: lines(
          'with sentry_sdk.start_span(op="gen_ai.chat", name="gpt-4o" " chat", attributes={"gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o"}):',
          "    pass",
          'with sentry_sdk.start_span(op="gen_ai.chat", name="gpt-4o" + model, attributes={"gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o"}):',
          "    pass",
        ),
        errors: [
          {
            message: 'Span name "gpt-4o chat" should have the form "chat <model>".',
            line: 1,
            column: 51,
            endColumn: 67,
          },
          { message: 'Span name "gpt-4o" + model should have the form "chat <model>".', line: 3, column: 51 },
        ],
      },
      {
        name: "keys after a ** splat in attributes are still judged",
        code: 'with sentry_sdk.start_span(op="gen_ai.chat", name="chat x", attributes={**common, "gen_ai.operation.name": "embeddings"}):\n    pass',
        errors: [
          {
            message: '"gen_ai.operation.name" is "embeddings" but the op is gen_ai.chat: set it to "chat".',
            line: 1,
            column: 108,
          },
        ],
      },
      {
        name: "a stream block whose recorder records the response only still misses the requested model",
        code: lines(
          'with sentry_sdk.start_span(op="gen_ai.chat", name="chat") as span:',
          '    span.set_data("gen_ai.operation.name", "chat")',
          "    with _sentry_stream_block(span, client.responses.stream(response_id=rid), _sentry_record_openai_response) as stream:",
          "        pass",
        ),
        errors: [{ message: SET_MODEL, line: 1, column: 28 }],
      },
      {
        name: "attributes set in a nested function, a lambda or after the with block do not count",
        code: lines(
          'with sentry_sdk.start_span(op="gen_ai.chat", name="chat x") as span:',
          '    span.set_data("gen_ai.operation.name", "chat")',
          "    def later():",
          '        span.set_data("gen_ai.request.model", "x")',
          '    callback = lambda: span.set_data("gen_ai.request.model", "x")',
          'span.set_data("gen_ai.request.model", "x")',
        ),
        errors: [{ message: SET_MODEL, line: 1, column: 28 }],
      },
      {
        name: "an inner span of the same variable name sets its own attributes, not the outer span's",
        code: lines(
          'with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent a") as span:',
          '    span.set_data("gen_ai.operation.name", "invoke_agent")',
          '    with sentry_sdk.start_span(op="gen_ai.chat", name="chat x") as span:',
          '        span.set_data("gen_ai.operation.name", "chat")',
          '        span.set_data("gen_ai.agent.name", "a")',
          '        span.set_data("gen_ai.request.model", "x")',
        ),
        errors: [
          {
            message: 'Set attribute "gen_ai.agent.name" (the agent\'s name) on this gen_ai.invoke_agent span.',
            line: 1,
            column: 28,
          },
        ],
      },
      {
        name: "a with block without `as`: nothing else can set attributes",
        code: 'async def ask():\n    async with sentry_sdk.start_span(op="gen_ai.chat", name="chat x"):\n        return await call()',
        errors: [
          { message: SET_CHAT, line: 2, column: 38 },
          { message: SET_MODEL, line: 2, column: 38 },
        ],
      },
      {
        name: "the streaming API's op in attributes is reported at its entry",
        code: 'with sentry_sdk.traces.start_span(name="chat x", attributes={"sentry.op": "gen_ai.chat", "gen_ai.operation.name": "chat"}):\n    pass',
        errors: [{ message: SET_MODEL, line: 1, column: 62, endLine: 1, endColumn: 88 }],
      },
      {
        name: "columns count UTF-16 code units, as in JS/TS findings",
        code: 'with sentry_sdk.start_span(name="🤖 für x", op="gen_ai.chat") as span:\n    span.set_data("gen_ai.operation.name", "chat")\n    span.set_data("gen_ai.request.model", "x")',
        errors: [
          { message: 'Span name "🤖 für x" should have the form "chat <model>".', line: 1, column: 33, endColumn: 43 },
        ],
      },
    ],
  },
  "agent.py",
);
