import { streamingManual } from "../../src/rules/streaming-manual";
import { messageOf, site, statusesReportedBy } from "./sites";

describe("streaming-manual", () => {
  it("reports streaming sites only, never as fixable", () => {
    expect(statusesReportedBy(streamingManual)).toEqual(["streaming"]);
    expect(streamingManual.check(site({ status: "streaming" }), { conventions: "default" })).toMatchObject({
      ruleId: "streaming-manual",
      fixable: false,
    });
  });

  it("gives the engine's reason why the stream is left to a person", () => {
    expect(
      messageOf(streamingManual, {
        callee: "openai.chat.completions.runTools",
        status: "streaming",
        reason: "several model calls in one stream: wrap each by hand",
      }),
    ).toBe(
      "Streaming LLM call `openai.chat.completions.runTools` needs a gen_ai.chat span that stays open until the stream is consumed, " +
        "which --fix cannot add here (several model calls in one stream: wrap each by hand).",
    );
  });

  it("says how to keep the span open when the engine gives no reason", () => {
    expect(
      messageOf(streamingManual, { callee: "openai.chat.completions.stream", status: "streaming", reason: undefined }),
    ).toBe(
      "Streaming LLM call `openai.chat.completions.stream` needs a gen_ai.chat span that stays open until the stream is consumed, " +
        "which --fix cannot add here: start it with Sentry.startSpanManual and call span.end() after the last chunk.",
    );
  });

  it("names the op by the conventions in use", () => {
    expect(messageOf(streamingManual, { status: "streaming" }, "legacy")).toContain("needs a gen_ai.request span");
  });
});
