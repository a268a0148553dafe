import { isSuppressed, parseIgnoreComments } from "../../src/rules/ignore-comments";
import { apply, finding } from "./ignore-fixture";

describe("ignore-line", () => {
  it("covers its own line, in JS and in Python", () => {
    const js = ["call(); // sentry-ai-codemod-ignore-line missing-span -- traced by the gateway", "call();"].join("\n");
    expect(apply(js, [finding("missing-span", 1), finding("streaming-manual", 1), finding("missing-span", 2)])).toEqual(
      ["streaming-manual@1:1-1:11 error: streaming-manual at 1", "missing-span@2:1-2:11 error: missing-span at 2"],
    );
    const python = ["reply = client.chat.completions.create()  # sentry-ai-codemod-ignore-line", "other()"].join("\n");
    expect(apply(python, [finding("missing-span", 1), finding("missing-span", 2)], "python")).toEqual([
      "missing-span@2:1-2:11 error: missing-span at 2",
    ]);
  });

  it("is reported when nothing on its line was suppressed", () => {
    expect(apply("quiet(); // sentry-ai-codemod-ignore-line missing-span", [])).toEqual([
      "unused-ignore@1:10-1:55 warn: Unused ignore comment: no missing-span problem was reported on line 1. Remove it.",
    ]);
  });
});

describe("disable / enable ranges", () => {
  const js = [
    "// sentry-ai-codemod-disable missing-span, streaming-manual -- legacy module",
    "call();",
    "// sentry-ai-codemod-enable streaming-manual",
    "call();",
    "// sentry-ai-codemod-enable",
    "call();",
  ].join("\n");

  it("suppresses the named rules between a disable and the enable that names them (or names none)", () => {
    const findings = [2, 4, 6].flatMap((line) => [finding("missing-span", line), finding("streaming-manual", line)]);
    expect(apply(js, findings)).toEqual([
      "streaming-manual@4:1-4:11 error: streaming-manual at 4",
      "missing-span@6:1-6:11 error: missing-span at 6",
      "streaming-manual@6:1-6:11 error: streaming-manual at 6",
    ]);
  });

  it("disables to the end of the file without an enable, in Python too", () => {
    const python = ["x = 1", "# sentry-ai-codemod-disable", "a()", "b()"].join("\n");
    expect(
      apply(
        python,
        [finding("missing-span", 1), finding("unresolved-receiver", 3), finding("missing-span", 4)],
        "python",
      ),
    ).toEqual(["missing-span@1:1-1:11 error: missing-span at 1"]);
  });

  it("reports a disable that suppressed nothing, and an enable that closes no disable", () => {
    const text = [
      "// sentry-ai-codemod-disable malformed-span",
      "ok();",
      "// sentry-ai-codemod-enable",
      "// sentry-ai-codemod-enable missing-span",
    ].join("\n");
    expect(apply(text, [])).toEqual([
      "unused-ignore@1:1-1:44 warn: Unused ignore comment: no malformed-span problem was reported from line 1 to line 3. Remove it.",
      "unused-ignore@4:1-4:41 warn: Unused enable comment: no sentry-ai-codemod-disable comment for missing-span is open here. Remove it.",
    ]);
    const partly = [
      "// sentry-ai-codemod-disable missing-span",
      "call();",
      "// sentry-ai-codemod-enable missing-span, streaming-manual",
    ].join("\n");
    expect(apply(partly, [finding("missing-span", 2)])).toEqual([
      'unused-ignore@3:1-3:59 warn: Unused enable comment: no sentry-ai-codemod-disable comment for streaming-manual is open here. Remove "streaming-manual" from it.',
    ]);
    expect(apply("# sentry-ai-codemod-enable\n", [], "python")).toEqual([
      "unused-ignore@1:1-1:27 warn: Unused enable comment: no sentry-ai-codemod-disable comment for all rules is open here. Remove it.",
    ]);
  });

  it("covers only what follows the disable comment on its line", () => {
    const text = "before(); /* sentry-ai-codemod-disable */ after();";
    expect(apply(text, [finding("missing-span", 1, 1), finding("missing-span", 1, 43)])).toEqual([
      "missing-span@1:1-1:11 error: missing-span at 1",
    ]);
  });
});

describe("isSuppressed (what instrument asks before wrapping a site)", () => {
  it("answers for a rule at a position, from the parsed comments of a file", () => {
    const text = [
      "// sentry-ai-codemod-ignore-next-line missing-span",
      "a();",
      "b(); // sentry-ai-codemod-ignore-line streaming-manual",
      "/* sentry-ai-codemod-disable */",
      "c();",
      "/* sentry-ai-codemod-enable */",
      "d();",
    ].join("\n");
    const comments = parseIgnoreComments(text, "javascript", "src/app.ts");
    const at = (line: number) => isSuppressed(comments, "missing-span", { line, column: 1 });
    expect([2, 3, 5, 7].map(at)).toEqual([true, false, true, false]);
    expect(isSuppressed(comments, "streaming-manual", { line: 3, column: 1 })).toBe(true);
    expect(
      isSuppressed(
        parseIgnoreComments("# sentry-ai-codemod-ignore-file missing-span\n", "python", "src/app.py"),
        "missing-span",
        {
          line: 9,
          column: 5,
        },
      ),
    ).toBe(true);
  });
});

describe("disable / enable ranges and isSuppressed in Python, as in JavaScript", () => {
  it("suppresses the named rules between a disable and the enable that names them (or names none)", () => {
    const python = [
      "# sentry-ai-codemod-disable missing-span, streaming-manual -- legacy module",
      "call()",
      "# sentry-ai-codemod-enable streaming-manual",
      "call()",
      "# sentry-ai-codemod-enable",
      "call()",
    ].join("\n");
    const findings = [2, 4, 6].flatMap((line) => [finding("missing-span", line), finding("streaming-manual", line)]);
    expect(apply(python, findings, "python")).toEqual([
      "streaming-manual@4:1-4:11 error: streaming-manual at 4",
      "missing-span@6:1-6:11 error: missing-span at 6",
      "streaming-manual@6:1-6:11 error: streaming-manual at 6",
    ]);
  });

  it("reports a disable that suppressed nothing, and an enable that closes no disable", () => {
    const text = [
      "# sentry-ai-codemod-disable malformed-span",
      "ok()",
      "# sentry-ai-codemod-enable",
      "# sentry-ai-codemod-enable missing-span",
    ].join("\n");
    expect(apply(text, [], "python")).toEqual([
      "unused-ignore@1:1-1:43 warn: Unused ignore comment: no malformed-span problem was reported from line 1 to line 3. Remove it.",
      "unused-ignore@4:1-4:40 warn: Unused enable comment: no sentry-ai-codemod-disable comment for missing-span is open here. Remove it.",
    ]);
  });

  it("covers only what follows a trailing disable comment on its line (nothing, in Python)", () => {
    const text = ["before()  # sentry-ai-codemod-disable", "after()"].join("\n");
    expect(apply(text, [finding("missing-span", 1, 1), finding("missing-span", 2, 1)], "python")).toEqual([
      "missing-span@1:1-1:11 error: missing-span at 1",
    ]);
  });

  it("answers isSuppressed for a rule at a position", () => {
    const text = [
      "# sentry-ai-codemod-ignore-next-line missing-span",
      "a()",
      "b()  # sentry-ai-codemod-ignore-line streaming-manual",
      "# sentry-ai-codemod-disable",
      "c()",
      "# sentry-ai-codemod-enable",
      "d()",
    ].join("\n");
    const comments = parseIgnoreComments(text, "python", "src/app.py");
    const at = (line: number) => isSuppressed(comments, "missing-span", { line, column: 1 });
    expect([2, 3, 5, 7].map(at)).toEqual([true, false, true, false]);
    expect(isSuppressed(comments, "streaming-manual", { line: 3, column: 1 })).toBe(true);
  });
});
