import ts from "typescript";
import { CONTENT_GATE_NAME, contentGateEdit } from "../../../src/engine/javascript/content-gate";
import type { CodeStyle } from "../../../src/engine/javascript/code-style";

/** The run-time decision `--record-inputs auto` writes into a file, run against stand-ins for the Sentry namespace. */
const style: CodeStyle = { quote: '"', semicolons: true, indentUnit: "  ", eol: "\n" };
const helper = contentGateEdit(
  ts.createSourceFile("app.js", "", ts.ScriptTarget.Latest, true),
  "Sentry",
  style,
  false,
).text;
const decide = new Function("Sentry", `${helper}\nreturn ${CONTENT_GATE_NAME};`) as (
  sentry: unknown,
) => (kind: string) => boolean;

function recorded(version: string, options: Record<string, unknown> | undefined): [boolean, boolean] {
  const gate = decide({ SDK_VERSION: version, getClient: () => options && { getOptions: () => options } });
  return [gate("inputs"), gate("outputs")];
}

describe("whether the generated code records AI content, as Sentry's own integrations decide", () => {
  it("SDK 11: dataCollection.genAI, on by default", () => {
    expect(recorded("11.11.0", {})).toEqual([true, true]);
    expect(recorded("11.11.0", { dataCollection: { genAI: { inputs: false } } })).toEqual([false, true]);
    expect(recorded("11.11.0", { dataCollection: { genAI: { inputs: false, outputs: false } } })).toEqual([
      false,
      false,
    ]);
  });

  it("SDK 10 and older: sendDefaultPii, off by default; a dataCollection object turns both on", () => {
    expect(recorded("10.20.0", {})).toEqual([false, false]);
    expect(recorded("10.20.0", { sendDefaultPii: true })).toEqual([true, true]);
    expect(recorded("9.46.0", { sendDefaultPii: false })).toEqual([false, false]);
    expect(recorded("10.30.0", { dataCollection: {} })).toEqual([true, true]);
  });

  it("records nothing without a Sentry client (Sentry.init not called)", () => {
    expect(recorded("11.11.0", undefined)).toEqual([false, false]);
  });
});
