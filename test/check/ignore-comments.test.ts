import type { Finding, RuleId } from "../../src/rules/findings";
import { applyIgnoreComments, parseIgnoreComments } from "../../src/rules/ignore-comments";

function finding(ruleId: RuleId, line: number, column = 1): Finding {
  return {
    ruleId,
    severity: "error",
    file: "src/app.ts",
    line,
    column,
    endLine: line,
    endColumn: column + 10,
    message: `${ruleId} at ${line}`,
    fixable: ruleId === "missing-span",
  };
}

/** What is left, as `rule@line: message` lines, in order. */
function apply(text: string, findings: Finding[], language: "javascript" | "python" = "javascript"): string[] {
  return applyIgnoreComments(findings, parseIgnoreComments(text, language), "src/app.ts").map(
    (result) => `${result.ruleId}@${result.line}:${result.column}-${result.endLine}:${result.endColumn} ${result.severity}: ${result.message}`,
  );
}

describe("parseIgnoreComments", () => {
  it("reads the scope, rules, reason, target line and the comment's range", () => {
    const text = [
      "const a = 1;",
      "  // sentry-ai-codemod-ignore-next-line missing-span, streaming-manual -- wrapped by our middleware",
      "call();",
    ].join("\n");
    expect(parseIgnoreComments(text, "javascript")).toEqual([
      {
        scope: "next-line",
        rules: ["missing-span", "streaming-manual"],
        unknownRules: [],
        targetLine: 3,
        reason: "wrapped by our middleware",
        range: { start: { line: 2, column: 3 }, end: { line: 2, column: 100 } },
      },
    ]);
  });

  it("reads block comments (the next line is the one after the comment ends), file comments and trailing comments", () => {
    const text = [
      "/* sentry-ai-codemod-ignore-file */",
      "foo(); // sentry-ai-codemod-ignore-next-line",
      "/* sentry-ai-codemod-ignore-next-line",
      "   unresolved-receiver */",
      "bar();",
    ].join("\r\n");
    const comments = parseIgnoreComments(text, "javascript");
    expect(comments.map(({ scope, rules, targetLine, range }) => ({ scope, rules, targetLine, range }))).toEqual([
      { scope: "file", rules: [], targetLine: 2, range: { start: { line: 1, column: 1 }, end: { line: 1, column: 36 } } },
      { scope: "next-line", rules: [], targetLine: 3, range: { start: { line: 2, column: 8 }, end: { line: 2, column: 45 } } },
      {
        scope: "next-line",
        rules: ["unresolved-receiver"],
        targetLine: 5,
        range: { start: { line: 3, column: 1 }, end: { line: 4, column: 26 } },
      },
    ]);
  });

  it("ignores markers quoted in strings, documentation and look-alike names", () => {
    const text = [
      'const help = "// sentry-ai-codemod-ignore-file";',
      "/**",
      " * Suppress with `// sentry-ai-codemod-ignore-next-line`, or:",
      " *   // sentry-ai-codemod-ignore-next-line missing-span",
      " */",
      "// sentry-ai-codemod-ignore-next-lines",
      "// see // sentry-ai-codemod-ignore-file",
    ].join("\n");
    expect(parseIgnoreComments(text, "javascript")).toEqual([]);
  });

  it("uses # comments in Python and not in JavaScript (where # is a private name)", () => {
    const python = ["# sentry-ai-codemod-ignore-next-line missing-span", "client.chat.completions.create()"].join("\n");
    expect(parseIgnoreComments(python, "python").map((comment) => [comment.scope, comment.rules, comment.targetLine])).toEqual([
      ["next-line", ["missing-span"], 2],
    ]);
    expect(parseIgnoreComments(python, "javascript")).toEqual([]);
    expect(parseIgnoreComments("// sentry-ai-codemod-ignore-file", "python")).toEqual([]);
  });
});

describe("applyIgnoreComments", () => {
  it("suppresses the named rule on the next line only", () => {
    const text = ["// sentry-ai-codemod-ignore-next-line missing-span -- reason", "call();", "call();"].join("\n");
    expect(apply(text, [finding("missing-span", 2), finding("streaming-manual", 2), finding("missing-span", 3)])).toEqual([
      "streaming-manual@2:1-2:11 error: streaming-manual at 2",
      "missing-span@3:1-3:11 error: missing-span at 3",
    ]);
  });

  it("suppresses every rule when none is named, and file-wide with ignore-file", () => {
    const text = ["// sentry-ai-codemod-ignore-file streaming-manual", "// sentry-ai-codemod-ignore-next-line", "call();"].join("\n");
    expect(
      apply(text, [finding("missing-span", 3), finding("malformed-span", 3, 20), finding("streaming-manual", 9), finding("missing-span", 9)]),
    ).toEqual(["missing-span@9:1-9:11 error: missing-span at 9"]);
  });

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
    const text = ["// sentry-ai-codemod-ignore-file", "// sentry-ai-codemod-ignore-next-line missing-span", "ok();"].join("\n");
    expect(apply(text, [])).toEqual([
      "unused-ignore@1:1-1:33 warn: Unused ignore comment: no problems were reported in this file. Remove it.",
      "unused-ignore@2:1-2:51 warn: Unused ignore comment: no missing-span problem was reported on line 3. Remove it.",
    ]);
  });

  it("returns the findings unchanged when there are no comments", () => {
    const findings = [finding("missing-span", 1)];
    expect(applyIgnoreComments(findings, [], "src/app.ts")).toEqual(findings);
  });
});
