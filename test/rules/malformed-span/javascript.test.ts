import ts from "typescript";
import { lintExistingSpans } from "../../../src/rules/malformed-span/javascript";
import { runRuleTests } from "../rule-tester";

function lint(code: string, filename: string) {
  const kind = filename.endsWith(".js") ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  return lintExistingSpans(ts.createSourceFile(filename, code, ts.ScriptTarget.Latest, true, kind));
}

const UNKNOWN_OP =
  'Unknown gen_ai op "gen_ai.llm": use one of gen_ai.chat, gen_ai.embeddings, gen_ai.text_completion, ' +
  "gen_ai.generate_content, gen_ai.invoke_agent, gen_ai.create_agent, gen_ai.execute_tool, gen_ai.handoff, " +
  "gen_ai.rerank, gen_ai.responses.";

const NO_TOOL_NAME = (shown: string) =>
  `Span name ${shown} names no tool: name it "execute_tool <tool name>", with the tool's name as in "gen_ai.tool.name".`;
const SET_TOOL_NAME = 'Set attribute "gen_ai.tool.name" (the tool\'s name) on this gen_ai.execute_tool span.';

runRuleTests("malformed-span (JS/TS)", lint, {
  valid: [
    {
      name: "a complete chat span with attributes in the options",
      code: `Sentry.startSpan({ op: "gen_ai.chat", name: "chat gpt-4o", attributes: { "gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o" } }, () => call());`,
    },
    {
      name: "a template name whose first word is the operation",
      code: "Sentry.startSpan({ op: 'gen_ai.chat', name: `chat ${model}`, attributes: { 'gen_ai.operation.name': 'chat', 'gen_ai.request.model': model } }, () => call());",
    },
    {
      name: "attributes set on the callback's span with setAttribute and setAttributes",
      code: [
        `Sentry.startSpan({ op: "gen_ai.invoke_agent", name: "invoke_agent Weather Agent" }, async (span) => {`,
        `  span.setAttribute("gen_ai.operation.name", "invoke_agent");`,
        `  span.setAttributes({ "gen_ai.agent.name": "Weather Agent" });`,
        `  span.end();`,
        `});`,
      ].join("\n"),
    },
    {
      name: "execute_tool and handoff spans in the right form",
      code: [
        `Sentry.startSpan({ op: "gen_ai.execute_tool", name: "execute_tool get_weather", attributes: { "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "get_weather" } }, run);`,
        "Sentry.startSpan({ op: 'gen_ai.handoff', name: `handoff from ${a.name} to ${b.name}`, attributes: { 'gen_ai.operation.name': 'handoff' } }, () => {});",
        `Sentry.startSpan({ op: "gen_ai.handoff", name: "handoff from Triage to Billing", attributes: { "gen_ai.operation.name": "handoff" } }, () => {});`,
      ].join("\n"),
    },
    {
      name: "the legacy docs op with request <model>, and with chat <model> as the Python docs wrote it",
      code: [
        `Sentry.startSpan({ op: "gen_ai.request", name: "request o3-mini", attributes: { "gen_ai.operation.name": "chat", "gen_ai.request.model": "o3-mini" } }, () => {});`,
        `Sentry.startSpan({ op: "gen_ai.request", name: "chat o3-mini", attributes: { "gen_ai.operation.name": "chat", "gen_ai.request.model": "o3-mini" } }, () => {});`,
      ].join("\n"),
    },
    {
      name: "an execute_tool name whose tool comes at run time",
      code: [
        "Sentry.startSpan({ op: 'gen_ai.execute_tool', name: `execute_tool ${tool.name}`, attributes: { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': tool.name } }, run);",
        `Sentry.startSpan({ op: "gen_ai.execute_tool", name: "execute_tool" + suffix, attributes: { "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": tool.name } }, run);`,
      ].join("\n"),
    },
    {
      name: "a bare operation name (the SDKs' fallback when the subject is unknown)",
      code: `Sentry.startSpan({ op: "gen_ai.invoke_agent", name: "invoke_agent", attributes: { "gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": name } }, () => {});`,
    },
    {
      name: "spans that are not gen_ai spans, or whose op is not a literal",
      code: [
        `Sentry.startSpan({ op: "http.client", name: "GET /" }, () => {});`,
        `Sentry.startSpan({ op: OP, name: "whatever" }, () => {});`,
        `tracer.startSpan("gen_ai.chat");`,
        `startSpan({ op: "gen_ai.nonsense" });`,
      ].join("\n"),
    },
    {
      name: "spread options cannot be read: nothing is reported",
      code: `Sentry.startSpan({ ...base, op: "gen_ai.chat", name: "wrong" }, () => {});`,
    },
    {
      name: "attributes built elsewhere, or a span handed to a helper, may set anything",
      code: [
        `Sentry.startSpan({ op: "gen_ai.chat", name: "chat gpt-4o", attributes: buildAttributes() }, () => {});`,
        `Sentry.startSpan({ op: "gen_ai.chat", name: "chat gpt-4o", attributes: { ...common } }, () => {});`,
        `Sentry.startSpan({ op: "gen_ai.chat", name: "chat gpt-4o" }, (span) => record(span));`,
        `Sentry.startSpan({ op: "gen_ai.chat", name: "chat gpt-4o" }, handler);`,
        `Sentry.startSpan({ op: "gen_ai.chat", name: "chat gpt-4o" }, ({ setAttribute }) => {});`,
        `Sentry.startSpan({ op: "gen_ai.chat", name: "chat gpt-4o" }, (span) => { span.setAttribute(key, value); });`,
      ].join("\n"),
    },
    {
      name: "names that start with an expression cannot be judged",
      code: [
        "Sentry.startSpan({ op: 'gen_ai.chat', name: `${operation} ${model}`, attributes: { 'gen_ai.operation.name': 'chat', 'gen_ai.request.model': m } }, () => {});",
        "Sentry.startSpan({ op: 'gen_ai.chat', name: spanName, attributes: { 'gen_ai.operation.name': 'chat', 'gen_ai.request.model': m } }, () => {});",
        "Sentry.startSpan({ op: 'gen_ai.chat', name: `chat${suffix}`, attributes: { 'gen_ai.operation.name': 'chat', 'gen_ai.request.model': m } }, () => {});",
      ].join("\n"),
    },
    {
      name: "a concatenated name with the right first word",
      code: `Sentry.startSpan({ op: "gen_ai.chat", name: "chat " + model, attributes: { "gen_ai.operation.name": "chat", "gen_ai.request.model": model } }, () => {});`,
    },
    {
      name: "a non-literal operation name is not judged",
      code: `Sentry.startSpan({ op: "gen_ai.chat", name: "chat x", attributes: { "gen_ai.operation.name": op, "gen_ai.request.model": "x" } }, () => {});`,
    },
    {
      name: "startInactiveSpan whose attributes are set on the returned span",
      code: [
        `const span = Sentry.startInactiveSpan({ op: "gen_ai.execute_tool", name: "execute_tool search" });`,
        `span.setAttributes({ "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "search" });`,
        `span.end();`,
      ].join("\n"),
    },
    {
      name: "startInactiveSpan returned to a caller may get its attributes there",
      code: `function begin() { return Sentry.startInactiveSpan({ op: "gen_ai.chat", name: "chat x" }); }`,
    },
    {
      name: "the codemod's sentryRecordInput(span, key, value) in the call sets that attribute only",
      code: [
        `Sentry.startSpan({ op: "gen_ai.chat", name: "chat gpt-4o", attributes: { "gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o" } }, (span) =>`,
        `  client.chat.completions.create({ model: "gpt-4o", messages: sentryRecordInput(span, "gen_ai.request.messages", [{ role: "user", content: q }]) }),`,
        `);`,
      ].join("\n"),
    },
    {
      name: "a span renamed later is not judged by its first name",
      code: `Sentry.startSpan({ op: "gen_ai.chat", name: "pending", attributes: { "gen_ai.operation.name": "chat", "gen_ai.request.model": "x" } }, (span) => { span.updateName("chat x"); });`,
    },
  ],
  invalid: [
    {
      name: "a span whose input is recorded by sentryRecordInput is still read: its missing attributes are reported",
      code: [
        `Sentry.startSpan({ op: "gen_ai.chat", name: "chat gpt-4o", attributes: { "gen_ai.request.model": "gpt-4o" } }, (span) =>`,
        `  generateText({ model, prompt: sentryRecordInput(span, "gen_ai.request.messages", prompt) }),`,
        `);`,
      ].join("\n"),
      errors: [
        {
          message: 'Set attribute "gen_ai.operation.name" to "chat": Sentry classifies gen_ai spans by it.',
          line: 1,
          column: 20,
        },
      ],
    },
    {
      name: "unknown op: reported on the op value, nothing else",
      code: `Sentry.startSpan({ op: "gen_ai.llm", name: "llm call" }, () => {});`,
      errors: [{ message: UNKNOWN_OP, line: 1, column: 24, endLine: 1, endColumn: 36 }],
    },
    {
      name: "name not in the <operation> <subject> form, operation name and model missing",
      code: `Sentry.startSpan({ op: "gen_ai.chat", name: "OpenAI call" }, () => {});`,
      errors: [
        {
          message: 'Span name "OpenAI call" should have the form "chat <model>".',
          line: 1,
          column: 45,
          endLine: 1,
          endColumn: 58,
        },
        {
          message: 'Set attribute "gen_ai.operation.name" to "chat": Sentry classifies gen_ai spans by it.',
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 37,
        },
        {
          message: 'Set attribute "gen_ai.request.model" (the requested model) on this gen_ai.chat span.',
          line: 1,
          column: 20,
        },
      ],
    },
    {
      name: "a template name whose first word is not the operation",
      code: "Sentry.startSpan({ op: 'gen_ai.chat', name: `llm ${model}`, attributes: { 'gen_ai.operation.name': 'chat', 'gen_ai.request.model': model } }, () => {});",
      errors: [
        {
          message: 'Span name `llm ${model}` should have the form "chat <model>".',
          line: 1,
          column: 45,
          endColumn: 59,
        },
      ],
    },
    {
      name: "the older docs' gen_ai.execute_tool <tool> name",
      code: [
        "Sentry.startSpan(",
        "  {",
        "    op: 'gen_ai.execute_tool',",
        "    name: `gen_ai.execute_tool ${tool.name}`,",
        "    attributes: { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': tool.name },",
        "  },",
        "  () => {},",
        ");",
      ].join("\n"),
      errors: [
        {
          message: 'Span name `gen_ai.execute_tool ${tool.name}` should have the form "execute_tool <tool name>".',
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 45,
        },
      ],
    },
    {
      name: "operation name disagreeing with the op (the Python docs bug), reported on the value",
      code: `Sentry.startSpan({ op: "gen_ai.chat", name: "chat o3-mini", attributes: { "gen_ai.operation.name": "invoke_agent", "gen_ai.request.model": "o3-mini" } }, () => {});`,
      errors: [
        {
          message: '"gen_ai.operation.name" is "invoke_agent" but the op is gen_ai.chat: set it to "chat".',
          line: 1,
          column: 100,
          endLine: 1,
          endColumn: 114,
        },
      ],
    },
    {
      name: "a disagreeing operation name set through span.setAttribute",
      code: [
        `Sentry.startSpan({ op: "gen_ai.execute_tool", name: "execute_tool search" }, (span) => {`,
        `  span.setAttribute("gen_ai.operation.name", "tool");`,
        `  span.setAttribute("gen_ai.tool.name", "search");`,
        `});`,
      ].join("\n"),
      errors: [
        {
          message: '"gen_ai.operation.name" is "tool" but the op is gen_ai.execute_tool: set it to "execute_tool".',
          line: 2,
          column: 46,
        },
      ],
    },
    {
      name: "invoke_agent without the agent name",
      code: `Sentry.startSpan({ op: "gen_ai.invoke_agent", name: "invoke_agent Weather", attributes: { "gen_ai.operation.name": "invoke_agent" } }, async () => run());`,
      errors: [
        {
          message: 'Set attribute "gen_ai.agent.name" (the agent\'s name) on this gen_ai.invoke_agent span.',
          line: 1,
          column: 20,
        },
      ],
    },
    {
      name: "execute_tool without the tool name, set neither in options nor on the span",
      code: [
        `Sentry.startSpan({ op: "gen_ai.execute_tool", name: "execute_tool search" }, (span) => {`,
        `  span.setAttribute("gen_ai.operation.name", "execute_tool");`,
        `  span.setStatus({ code: 1 });`,
        `});`,
      ].join("\n"),
      errors: [
        {
          message: 'Set attribute "gen_ai.tool.name" (the tool\'s name) on this gen_ai.execute_tool span.',
          line: 1,
          column: 20,
        },
      ],
    },
    {
      name: "an execute_tool span named just execute_tool, without and with gen_ai.tool.name",
      code: [
        `Sentry.startSpan({ op: "gen_ai.execute_tool", name: "execute_tool", attributes: { "gen_ai.operation.name": "execute_tool" } }, () => run());`,
        `Sentry.startSpan({ op: "gen_ai.execute_tool", name: \`execute_tool \`, attributes: { "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": tool.name } }, run);`,
      ].join("\n"),
      errors: [
        { message: NO_TOOL_NAME('"execute_tool"'), line: 1, column: 53, endColumn: 67 },
        { message: SET_TOOL_NAME, line: 1, column: 20 },
        { message: NO_TOOL_NAME('"execute_tool "'), line: 2, column: 53 },
      ],
    },
    {
      name: "a handoff name without from/to",
      code: `Sentry.startSpan({ op: "gen_ai.handoff", name: "handoff Billing", attributes: { "gen_ai.operation.name": "handoff" } }, () => {});`,
      errors: [
        {
          message: 'Span name "handoff Billing" should have the form "handoff from <agent> to <agent>".',
          line: 1,
          column: 48,
        },
      ],
    },
    {
      name: "a span without a name",
      code: `Sentry.startSpan({ op: "gen_ai.embeddings", attributes: { "gen_ai.operation.name": "embeddings", "gen_ai.request.model": "e5" } }, () => {});`,
      errors: [
        { message: 'This gen_ai.embeddings span has no name: name it "embeddings <model>".', line: 1, column: 20 },
      ],
    },
    {
      name: "bare imported starters, through an alias and through require",
      code: [
        `import { startSpanManual as manual } from "@sentry/node";`,
        `const { startInactiveSpan } = require("@sentry/node");`,
        `manual({ op: "gen_ai.chat", name: "chat x", attributes: { "gen_ai.request.model": "x" } }, (span, finish) => finish());`,
        `startInactiveSpan({ op: "gen_ai.invoke_agent", name: "agent run", attributes: { "gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": "a" } });`,
      ].join("\n"),
      errors: [
        {
          message: 'Set attribute "gen_ai.operation.name" to "chat": Sentry classifies gen_ai spans by it.',
          line: 3,
          column: 10,
        },
        { message: 'Span name "agent run" should have the form "invoke_agent <agent name>".', line: 4, column: 54 },
      ],
    },
    {
      name: "legacy op: operation name must still be chat",
      code: `Sentry.startSpan({ op: "gen_ai.request", name: "request o3-mini", attributes: { "gen_ai.operation.name": "request", "gen_ai.request.model": "o3-mini" } }, () => {});`,
      errors: [
        {
          message: '"gen_ai.operation.name" is "request" but the op is gen_ai.request: set it to "chat".',
          line: 1,
          column: 106,
        },
      ],
    },
    {
      name: "a fully static concatenated name in the wrong form",
      code: `Sentry.startSpan({ op: "gen_ai.chat", name: "gpt-4o" + " chat", attributes: { "gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o" } }, () => {});`,
      errors: [{ message: 'Span name "gpt-4o" + " chat" should have the form "chat <model>".', line: 1, column: 45 }],
    },
    {
      name: "keys after a spread in attributes are still judged",
      code: `Sentry.startSpan({ op: "gen_ai.chat", name: "chat x", attributes: { ...common, "gen_ai.operation.name": "embeddings" } }, () => {});`,
      errors: [
        {
          message: '"gen_ai.operation.name" is "embeddings" but the op is gen_ai.chat: set it to "chat".',
          line: 1,
          column: 105,
        },
      ],
    },
    {
      name: "optional chaining and a JavaScript file",
      filename: "agent.js",
      code: `Sentry?.startSpan({ op: "gen_ai.chat", name: "chat x", attributes: { "gen_ai.operation.name": "chat" } }, () => {});`,
      errors: [
        {
          message: 'Set attribute "gen_ai.request.model" (the requested model) on this gen_ai.chat span.',
          line: 1,
          column: 21,
        },
      ],
    },
  ],
});
