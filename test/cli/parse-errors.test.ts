import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempProject } from "./helpers";

/** One missing `)` is one parse error per file, said once, in JS/TS and in Python (`npm run build` first). */
describe("parse errors", () => {
  const brokenTs = `import OpenAI from "openai";
const client = new OpenAI();
export async function f() {
  const r = await client.chat.completions.create({ model: "gpt-4o", messages: [] ;
  if (r) { console.log(r; }
  return r;
}
`;
  const brokenPy = `from openai import OpenAI
client = OpenAI()
def f():
    r = client.chat.completions.create(model="gpt-4o", messages=[]
    if r:
        print(r
    return r
`;
  const project = tempProject({ "a.ts": brokenTs, "b.py": brokenPy });

  it("check reports the first error of each file, at the unclosed bracket for Python", () => {
    const result = run(["check", ".", "--format", "json"], project);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as {
      errors: Array<{ kind: string; file: string; line: number; column: number; message: string }>;
    };
    const errors = report.errors.map(({ file, line, column, message }) => ({ file, line, column, message }));
    expect(errors).toEqual([
      { file: "a.ts", line: 4, column: 82, message: "',' expected." },
      { file: "b.py", line: 4, column: 39, message: 'Python syntax error: "(" was never closed' },
    ]);
  });

  it("instrument prints each error once, with its position once and 'unchanged' once", () => {
    const result = run(["instrument", "."], project);
    expect(result.code).toBe(2);
    const lines = result.stderr.split("\n");
    expect(lines.filter((line) => line.includes("a.ts:"))).toEqual(["  a.ts:4:82: ',' expected."]);
    expect(lines.filter((line) => line.includes("b.py:"))).toEqual([
      '  b.py:4:39: Python syntax error: "(" was never closed',
    ]);
    expect(result.stderr.match(/unchanged/g)).toHaveLength(1);
    expect(result.stderr).toContain("2 errors (these files were left unchanged):");
    expect(fs.readFileSync(path.join(project, "a.ts"), "utf8")).toBe(brokenTs);
    expect(fs.readFileSync(path.join(project, "b.py"), "utf8")).toBe(brokenPy);
  });
});
