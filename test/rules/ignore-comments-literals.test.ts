import { apply, finding } from "./ignore-fixture";
import { parseIgnoreComments } from "../../src/rules/ignore-comments";

/**
 * In JS/TS a directive is read only from a real comment (the parsed file's comments): directive text in a string,
 * a template literal, a regex literal or JSX text is not one, and a real comment after such a literal counts.
 */
const LOOK_ALIKES = [
  'const help = "see // sentry-ai-codemod-ignore-file";',
  "const doc = `",
  "// sentry-ai-codemod-disable",
  "/* sentry-ai-codemod-ignore-next-line */",
  "`;",
  "const tagged = html`${name} // sentry-ai-codemod-ignore-file`;",
  "const pattern = /[ //]+sentry-ai-codemod-ignore-next-line/;",
  "export const Help = () => (",
  "  <p>",
  "    // sentry-ai-codemod-ignore-next-line missing-span",
  "    Put /* sentry-ai-codemod-ignore-file */ above the call",
  "  </p>",
  ");",
].join("\n");

const scopes = (text: string, filePath = "src/app.tsx") =>
  parseIgnoreComments(text, "javascript", filePath).map((comment) => [
    comment.scope,
    comment.rules,
    comment.targetLine,
  ]);

describe("ignore comments are read from real JS/TS comments only", () => {
  it("ignores directive text in strings, template literals (multi-line too), regex literals and JSX text", () => {
    expect(scopes(LOOK_ALIKES)).toEqual([]);
  });

  it("reads a real comment after a literal holding comment text on the same line, and one with no space before it", () => {
    const text = [
      'const a = "//"; // sentry-ai-codemod-ignore-line missing-span',
      "const b = `/* x */`; /* sentry-ai-codemod-ignore-line streaming-manual */",
      "const c = value// sentry-ai-codemod-ignore-line unresolved-receiver",
      "const Box = () => <p>{/* sentry-ai-codemod-ignore-next-line */}</p>;",
    ].join("\n");
    expect(scopes(text)).toEqual([
      ["line", ["missing-span"], 1],
      ["line", ["streaming-manual"], 2],
      ["line", ["unresolved-receiver"], 3],
      ["next-line", [], 5],
    ]);
  });

  it("reads comments inside JSX attributes and template expressions, after a shebang or BOM, and at the end of the file", () => {
    const text = [
      "#!/usr/bin/env node",
      "const el = <a // sentry-ai-codemod-ignore-next-line missing-span",
      "  href={`${ /* sentry-ai-codemod-ignore-line */ url}`} />;",
      "// sentry-ai-codemod-ignore-file",
    ].join("\r\n");
    const expected = [
      ["next-line", ["missing-span"], 3],
      ["line", [], 3],
      ["file", [], 5],
    ];
    expect(scopes(text)).toEqual(expected);
    expect(scopes(`\uFEFF${text.replace("#!/usr/bin/env node", "")}`)).toEqual(expected);
  });

  it("parses a .ts file as TypeScript, where `<T>value` is a type assertion and not JSX", () => {
    const text = ["const n = <number>value; // sentry-ai-codemod-ignore-line missing-span"].join("\n");
    expect(scopes(text, "src/app.ts")).toEqual([["line", ["missing-span"], 1]]);
  });

  it("keeps a disable range open past an enable written in a string", () => {
    const text = [
      "// sentry-ai-codemod-disable missing-span",
      'const note = "see // sentry-ai-codemod-enable missing-span";',
      "call();",
    ].join("\n");
    expect(apply(text, [finding("missing-span", 3)])).toEqual([]);
  });

  it("reports no unused-ignore for directive text that is not a comment, and suppresses nothing with it", () => {
    const findings = [finding("missing-span", 4), finding("missing-span", 11)];
    expect(apply(LOOK_ALIKES, findings, "javascript", "src/app.tsx")).toEqual([
      "missing-span@4:1-4:11 error: missing-span at 4",
      "missing-span@11:1-11:11 error: missing-span at 11",
    ]);
  });
});
