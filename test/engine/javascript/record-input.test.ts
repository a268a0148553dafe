import ts from "typescript";
import { RECORD_INPUT_HELPER } from "../../../src/core/conventions";
import type { CodeStyle } from "../../../src/engine/javascript/code-style";
import { jsonHelperEdit } from "../../../src/engine/javascript/json-helper";
import { moveNode } from "../../../src/engine/javascript/move-code";
import { recordInputAt, recordInputHelperEdit } from "../../../src/engine/javascript/record-input";

const style: CodeStyle = { quote: '"', semicolons: true, indentUnit: "  ", eol: "\n" };
const empty = ts.createSourceFile("app.js", "", ts.ScriptTarget.Latest, true);

/** The generated helper (JavaScript), run with `allowed` as the content gate's answer and a recording span. */
function helper(gated: boolean, allowed = true) {
  const code = [
    recordInputHelperEdit(empty, "Sentry", style, false, gated).text,
    jsonHelperEdit(empty, style, false).text,
    `function sentryRecordsAiContent() { return ${allowed}; }`,
    `return ${RECORD_INPUT_HELPER};`,
  ].join("\n");
  const record = new Function(code)() as (span: unknown, key: string, value: unknown) => unknown;
  const attributes: Record<string, unknown> = {};
  const span = { setAttribute: (key: string, value: unknown) => (attributes[key] = value) };
  return { record: (key: string, value: unknown) => record(span, key, value), attributes };
}

describe("sentryRecordInput, the generated pass-through helper", () => {
  it("returns its argument itself and records it: text as one user message, other text as is, the rest as JSON", () => {
    const { record, attributes } = helper(true);
    const messages = [{ role: "user", content: "hi" }];
    expect(record("gen_ai.request.messages", messages)).toBe(messages);
    expect(attributes["gen_ai.request.messages"]).toBe(JSON.stringify(messages));
    expect(record("gen_ai.request.messages", "a prompt")).toBe("a prompt");
    expect(attributes["gen_ai.request.messages"]).toBe('[{"role":"user","content":"a prompt"}]');
    record("gen_ai.system_instructions", "Be brief.");
    expect(attributes["gen_ai.system_instructions"]).toBe("Be brief.");
    record("gen_ai.embeddings.input", ["a", "b"]);
    expect(attributes["gen_ai.embeddings.input"]).toBe('["a","b"]');
  });

  it("records nothing when the app's Sentry settings do not allow inputs, and still returns the value", () => {
    const { record, attributes } = helper(true, false);
    expect(record("gen_ai.request.messages", "secret")).toBe("secret");
    expect(attributes).toEqual({});
  });

  it("never throws into the app (a value JSON cannot write, a span that throws)", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const { record, attributes } = helper(false);
    expect(record("gen_ai.request.messages", cyclic)).toBe(cyclic);
    expect(attributes).toEqual({});
    const code = `${recordInputHelperEdit(empty, "Sentry", style, false, false).text}\nreturn ${RECORD_INPUT_HELPER};`;
    const bare = new Function("toSpanJson", code)(() => "x") as (span: unknown, key: string, value: unknown) => unknown;
    const throwing = {
      setAttribute: () => {
        throw new Error("ended");
      },
    };
    expect(bare(throwing, "gen_ai.request.messages", 1)).toBe(1);
  });
});

describe("recordInputAt: the edits that record an argument where it is written", () => {
  const wrapped = (code: string, pick: (literal: ts.ObjectLiteralExpression) => ts.Expression): string => {
    const sourceFile = ts.createSourceFile("app.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const statement = sourceFile.statements[0] as ts.ExpressionStatement;
    const call = statement.expression as ts.CallExpression;
    const literal = call.arguments[0] as ts.ObjectLiteralExpression;
    const context = { style, usesJsonHelper: false };
    const edits = recordInputAt(pick(literal), "gen_ai.request.messages", "span", context, true);
    return moveNode(call, sourceFile, edits, "");
  };
  const initializer = (index: number) => (literal: ts.ObjectLiteralExpression) =>
    (literal.properties[index] as ts.PropertyAssignment).initializer;

  it("wraps the value, its type assertion included, and keeps the rest of the call as written", () => {
    expect(wrapped(`create({ messages: [m] as const, model });`, initializer(0))).toBe(
      `create({ messages: sentryRecordInput(span, "gen_ai.request.messages", [m] as const), model })`,
    );
  });

  it("writes a shorthand property out", () => {
    const shorthand = (literal: ts.ObjectLiteralExpression) =>
      (literal.properties[0] as ts.ShorthandPropertyAssignment).name;
    expect(wrapped(`create({ prompt });`, shorthand)).toBe(
      `create({ prompt: sentryRecordInput(span, "gen_ai.request.messages", prompt) })`,
    );
  });

  it("closes a value that ends where the moved text ends", () => {
    const sourceFile = ts.createSourceFile("app.ts", `run(agent, input);`, ts.ScriptTarget.Latest, true);
    const call = (sourceFile.statements[0] as ts.ExpressionStatement).expression as ts.CallExpression;
    const edits = recordInputAt(
      call.arguments[1]!,
      "gen_ai.request.messages",
      "span",
      { style, usesJsonHelper: false },
      false,
    );
    expect(moveNode(call.arguments[1]!, sourceFile, edits, "")).toBe(
      `sentryRecordInput(span, "gen_ai.request.messages", input)`,
    );
  });
});
