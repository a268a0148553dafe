import type { FindingDraft } from "../../src/rules/types";

/** A valid case: code that must produce no findings. */
export type ValidCase = string | { name?: string; code: string; filename?: string };

export interface ExpectedError {
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface InvalidCase {
  name?: string;
  code: string;
  filename?: string;
  errors: ExpectedError[];
}

export type Linter = (code: string, filename: string) => FindingDraft[];

/**
 * typescript-eslint's RuleTester, reduced to what these rules need: valid cases produce nothing, invalid cases
 * produce exactly the listed findings (message and start position always; end position when given), in order.
 */
export function runRuleTests(
  title: string,
  lint: Linter,
  cases: { valid: ValidCase[]; invalid: InvalidCase[] },
  defaultFilename = "file.ts",
): void {
  describe(title, () => {
    describe("valid", () => {
      cases.valid.forEach((testCase, index) => {
        const { code, filename, name } =
          typeof testCase === "string" ? { code: testCase, filename: undefined, name: undefined } : testCase;
        it(name ?? `valid #${index + 1}: ${firstLine(code)}`, () => {
          expect(lint(code, filename ?? defaultFilename).map(describeDraft)).toEqual([]);
        });
      });
    });
    describe("invalid", () => {
      cases.invalid.forEach((testCase, index) => {
        it(testCase.name ?? `invalid #${index + 1}: ${firstLine(testCase.code)}`, () => {
          const actual = lint(testCase.code, testCase.filename ?? defaultFilename).map((draft, at) =>
            pickLike(describeDraft(draft), testCase.errors[at]),
          );
          expect(actual).toEqual(testCase.errors);
        });
      });
    });
  });
}

function describeDraft(draft: FindingDraft): Required<ExpectedError> {
  return {
    message: draft.message,
    line: draft.range.start.line,
    column: draft.range.start.column,
    endLine: draft.range.end.line,
    endColumn: draft.range.end.column,
  };
}

/** Keeps the optional end position only when the expectation states it. */
function pickLike(actual: Required<ExpectedError>, expected: ExpectedError | undefined): ExpectedError {
  const picked: ExpectedError = { message: actual.message, line: actual.line, column: actual.column };
  if (expected?.endLine !== undefined) picked.endLine = actual.endLine;
  if (expected?.endColumn !== undefined) picked.endColumn = actual.endColumn;
  return picked;
}

function firstLine(code: string): string {
  return code.trim().split("\n")[0].slice(0, 70);
}
