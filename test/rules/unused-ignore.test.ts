import { apply, finding } from "./ignore-fixture";

describe("unused-ignore", () => {
  it("reports unused comments, unused rules in a comment and unknown rule names, at the comment", () => {
    const text = [
      "// sentry-ai-codemod-ignore-next-line",
      "quiet();",
      "// sentry-ai-codemod-ignore-next-line missing-span, streaming-manual",
      "call();",
      "// sentry-ai-codemod-ignore-next-line missing-spans",
      "call();",
      "// sentry-ai-codemod-ignore-file malformed-span",
    ].join("\n");
    expect(apply(text, [finding("missing-span", 4), finding("missing-span", 6)])).toEqual([
      "missing-span@6:1-6:11 error: missing-span at 6",
      "unused-ignore@1:1-1:38 warn: Unused ignore comment: no problems were reported on line 2. Remove it.",
      'unused-ignore@3:1-3:69 warn: Unused ignore comment: no streaming-manual problem was reported on line 4. Remove "streaming-manual" from it.',
      'unused-ignore@5:1-5:52 warn: Unknown rule "missing-spans" in ignore comment: the rules are missing-span, malformed-span, streaming-manual, unresolved-receiver, unused-ignore.',
      "unused-ignore@7:1-7:48 warn: Unused ignore comment: no malformed-span problem was reported in this file. Remove it.",
    ]);
  });

  it("never suppresses unused-ignore findings", () => {
    const text = [
      "// sentry-ai-codemod-ignore-file",
      "// sentry-ai-codemod-ignore-next-line missing-span",
      "ok();",
    ].join("\n");
    expect(apply(text, [])).toEqual([
      "unused-ignore@1:1-1:33 warn: Unused ignore comment: no problems were reported in this file. Remove it.",
      "unused-ignore@2:1-2:51 warn: Unused ignore comment: no missing-span problem was reported on line 3. Remove it.",
    ]);
  });
});

describe("unused-ignore in Python, as in JavaScript", () => {
  it("reports unused comments, unused rules in a comment and unknown rule names, at the comment", () => {
    const text = [
      "# sentry-ai-codemod-ignore-next-line",
      "quiet()",
      "# sentry-ai-codemod-ignore-next-line missing-span, streaming-manual",
      "call()",
      "# sentry-ai-codemod-ignore-next-line missing-spans",
      "call()",
      "# sentry-ai-codemod-ignore-file malformed-span",
    ].join("\n");
    expect(apply(text, [finding("missing-span", 4), finding("missing-span", 6)], "python")).toEqual([
      "missing-span@6:1-6:11 error: missing-span at 6",
      "unused-ignore@1:1-1:37 warn: Unused ignore comment: no problems were reported on line 2. Remove it.",
      'unused-ignore@3:1-3:68 warn: Unused ignore comment: no streaming-manual problem was reported on line 4. Remove "streaming-manual" from it.',
      'unused-ignore@5:1-5:51 warn: Unknown rule "missing-spans" in ignore comment: the rules are missing-span, malformed-span, streaming-manual, unresolved-receiver, unused-ignore.',
      "unused-ignore@7:1-7:47 warn: Unused ignore comment: no malformed-span problem was reported in this file. Remove it.",
    ]);
  });

  it("never suppresses unused-ignore findings", () => {
    const text = ["# sentry-ai-codemod-ignore-file", "# sentry-ai-codemod-ignore-next-line missing-span", "ok()"].join(
      "\n",
    );
    expect(apply(text, [], "python")).toEqual([
      "unused-ignore@1:1-1:32 warn: Unused ignore comment: no problems were reported in this file. Remove it.",
      "unused-ignore@2:1-2:50 warn: Unused ignore comment: no missing-span problem was reported on line 3. Remove it.",
    ]);
  });
});
