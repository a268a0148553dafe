import { missingSpan } from "../../src/rules/missing-span";
import { messageOf, site, SITE_RANGE, statusesReportedBy } from "./sites";

describe("missing-span", () => {
  it("reports the sites the engine found outside a span: fixable when the engine can wrap them", () => {
    expect(statusesReportedBy(missingSpan)).toEqual(["instrumentable", "unsupported", "ignored"]);
    expect(missingSpan.check(site({ spanName: "chat gpt-4o" }), { conventions: "default" })).toEqual({
      ruleId: "missing-span",
      range: SITE_RANGE,
      fixable: true,
      message:
        'LLM call `openai.chat.completions.create` is not inside a gen_ai.chat span: run with --fix to wrap it in span "chat gpt-4o".',
    });
    expect(missingSpan.check(site({ status: "unsupported", reason: "x" }), { conventions: "default" })?.fixable).toBe(
      false,
    );
  });

  it("says when Sentry's own integration also records the call, and names the span's form when the subject is unknown", () => {
    expect(messageOf(missingSpan, { autoInstrumentedBy: { integration: "openAIIntegration", since: "9.36.0" } })).toBe(
      'LLM call `openai.chat.completions.create` is not inside a gen_ai.chat span: run with --fix to wrap it in span "chat <model>". ' +
        "(Sentry's openAIIntegration also records it when enabled; --skip-auto-instrumented leaves such calls to it.)",
    );
  });

  it("gives the engine's reason when --fix cannot wrap the site, and the span to write by hand", () => {
    const tool = {
      kind: "execute-tool",
      sdk: "ai",
      operation: "execute_tool",
      callee: "getWeather",
      status: "unsupported",
      reason: "the tool is defined inside a class body",
      spanName: "execute_tool get_weather",
    } as const;
    expect(messageOf(missingSpan, tool)).toBe(
      "Tool function `getWeather` is not inside a gen_ai.execute_tool span, and --fix cannot wrap it here " +
        '(the tool is defined inside a class body): wrap it by hand in span "execute_tool get_weather".',
    );
  });

  it("names each kind of site and its span form", () => {
    const agent = messageOf(missingSpan, { kind: "invoke-agent", operation: "invoke_agent", callee: "run" });
    const tool = messageOf(missingSpan, { kind: "execute-tool", operation: "execute_tool", callee: "search" });
    const handoff = messageOf(missingSpan, { kind: "handoff", operation: "handoff", callee: "handoff" });
    expect([agent, tool, handoff]).toEqual([
      'Agent run `run` is not inside a gen_ai.invoke_agent span: run with --fix to wrap it in span "invoke_agent <agent name>".',
      'Tool function `search` is not inside a gen_ai.execute_tool span: run with --fix to wrap it in span "execute_tool <tool name>".',
      'Handoff `handoff` is not inside a gen_ai.handoff span: run with --fix to wrap it in span "handoff from <agent> to <agent>".',
    ]);
  });

  it("names the span by the conventions in use", () => {
    expect(messageOf(missingSpan, { spanName: "request gpt-4o" }, "legacy")).toBe(
      'LLM call `openai.chat.completions.create` is not inside a gen_ai.request span: run with --fix to wrap it in span "request gpt-4o".',
    );
  });
});
