import { apply, finding } from "./ignore-fixture";
import { applyIgnoreComments, parseIgnoreComments } from "../../src/rules/ignore-comments";

describe("parseIgnoreComments", () => {
  it("reads the scope, rules, reason, target line and the comment's range", () => {
    const text = [
      "const a = 1;",
      "  // sentry-ai-codemod-ignore-next-line missing-span, streaming-manual -- wrapped by our middleware",
      "call();",
    ].join("\n");
    expect(parseIgnoreComments(text, "javascript", "src/app.ts")).toEqual([
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
    const comments = parseIgnoreComments(text, "javascript", "src/app.ts");
    expect(comments.map(({ scope, rules, targetLine, range }) => ({ scope, rules, targetLine, range }))).toEqual([
      {
        scope: "file",
        rules: [],
        targetLine: 2,
        range: { start: { line: 1, column: 1 }, end: { line: 1, column: 36 } },
      },
      {
        scope: "next-line",
        rules: [],
        targetLine: 3,
        range: { start: { line: 2, column: 8 }, end: { line: 2, column: 45 } },
      },
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
    expect(parseIgnoreComments(text, "javascript", "src/app.ts")).toEqual([]);
  });

  it("uses # comments in Python and not in JavaScript (where # is a private name)", () => {
    const python = ["# sentry-ai-codemod-ignore-next-line missing-span", "client.chat.completions.create()"].join("\n");
    expect(
      parseIgnoreComments(python, "python", "src/app.py").map((comment) => [
        comment.scope,
        comment.rules,
        comment.targetLine,
      ]),
    ).toEqual([["next-line", ["missing-span"], 2]]);
    expect(parseIgnoreComments(python, "javascript", "src/app.ts")).toEqual([]);
    expect(parseIgnoreComments("// sentry-ai-codemod-ignore-file", "python", "src/app.py")).toEqual([]);
  });
});

describe("applyIgnoreComments", () => {
  it("suppresses the named rule on the next line only", () => {
    const text = ["// sentry-ai-codemod-ignore-next-line missing-span -- reason", "call();", "call();"].join("\n");
    expect(
      apply(text, [finding("missing-span", 2), finding("streaming-manual", 2), finding("missing-span", 3)]),
    ).toEqual([
      "streaming-manual@2:1-2:11 error: streaming-manual at 2",
      "missing-span@3:1-3:11 error: missing-span at 3",
    ]);
  });

  it("suppresses every rule when none is named, and file-wide with ignore-file", () => {
    const text = [
      "// sentry-ai-codemod-ignore-file streaming-manual",
      "// sentry-ai-codemod-ignore-next-line",
      "call();",
    ].join("\n");
    expect(
      apply(text, [
        finding("missing-span", 3),
        finding("malformed-span", 3, 20),
        finding("streaming-manual", 9),
        finding("missing-span", 9),
      ]),
    ).toEqual(["missing-span@9:1-9:11 error: missing-span at 9"]);
  });

  it("returns the findings unchanged when there are no comments", () => {
    const findings = [finding("missing-span", 1)];
    expect(applyIgnoreComments(findings, [], "src/app.ts")).toEqual(findings);
  });
});

describe("ignore comments in Python, as in JavaScript", () => {
  it("ignores markers quoted in strings, docstrings and look-alike names", () => {
    const text = [
      'HELP = "# sentry-ai-codemod-ignore-file"',
      "def ask():",
      '    """Suppress with `# sentry-ai-codemod-ignore-next-line`, or:',
      "    # sentry-ai-codemod-ignore-next-line missing-span",
      '    """',
      "# sentry-ai-codemod-ignore-next-lines",
      "# see # sentry-ai-codemod-ignore-file",
    ].join("\n");
    expect(parseIgnoreComments(text, "python", "src/app.py")).toEqual([]);
  });

  it("reads the scope, rules, reason and target line of # comments, trailing ones too", () => {
    const text = [
      "# sentry-ai-codemod-ignore-next-line missing-span, streaming-manual -- via the gateway",
      "reply = client.chat.completions.create()",
      'other = call("# not a comment")  # sentry-ai-codemod-ignore-line unresolved-receiver',
      "# sentry-ai-codemod-ignore-file",
    ].join("\n");
    expect(
      parseIgnoreComments(text, "python", "src/app.py").map((comment) => [
        comment.scope,
        comment.rules,
        comment.reason,
        comment.targetLine,
      ]),
    ).toEqual([
      ["next-line", ["missing-span", "streaming-manual"], "via the gateway", 2],
      ["line", ["unresolved-receiver"], undefined, 3],
      ["file", [], undefined, 5],
    ]);
  });

  it("suppresses the named rule on the next line only, every rule when none is named, file-wide with ignore-file", () => {
    const nextLine = ["# sentry-ai-codemod-ignore-next-line missing-span -- reason", "call()", "call()"].join("\n");
    expect(
      apply(
        nextLine,
        [finding("missing-span", 2), finding("streaming-manual", 2), finding("missing-span", 3)],
        "python",
      ),
    ).toEqual([
      "streaming-manual@2:1-2:11 error: streaming-manual at 2",
      "missing-span@3:1-3:11 error: missing-span at 3",
    ]);
    const file = [
      "# sentry-ai-codemod-ignore-file streaming-manual",
      "# sentry-ai-codemod-ignore-next-line",
      "call()",
    ].join("\n");
    expect(
      apply(
        file,
        [
          finding("missing-span", 3),
          finding("malformed-span", 3, 20),
          finding("streaming-manual", 9),
          finding("missing-span", 9),
        ],
        "python",
      ),
    ).toEqual(["missing-span@9:1-9:11 error: missing-span at 9"]);
  });
});
