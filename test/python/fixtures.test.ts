import * as fs from "node:fs";
import { compileErrors, pythonFixtures, transform, transformWithConfig } from "../engine/python/helpers";

/**
 * Every Python fixture pair: the input becomes exactly the output (a fixture without changes has an output
 * identical to its input), a second run over the output changes nothing, and every input and output
 * compiles with python3. A case with a `<case>.config.json` runs through the engine built from that config file.
 */
const cases = pythonFixtures();
const UPDATE = process.env.UPDATE_FIXTURES === "1";

describe("python fixtures", () => {
  test("there are fixture pairs for every transform", () => {
    const transforms = new Set(cases.map((fixture) => fixture.name.split("/")[0]));
    expect([...transforms].sort()).toEqual(["ai-request", "execute-tool", "handoff", "invoke-agent"]);
  });

  describe.each(cases)("$name", ({ input, output, options, config }) => {
    const run = (text: string, file: string) =>
      config ? transformWithConfig(text, file, config) : transform(text, options, file);
    test("rewrites to the expected output", async () => {
      const source = fs.readFileSync(input, "utf8");
      const result = await run(source, input);
      expect(result.diagnostics).toEqual([]);
      const actual = result.output ?? source;
      if (UPDATE) fs.writeFileSync(output, actual);
      expect(actual).toBe(fs.readFileSync(output, "utf8"));
    });

    test("a second run changes nothing", async () => {
      const once = fs.readFileSync(output, "utf8");
      const again = await run(once, output);
      expect(again.diagnostics).toEqual([]);
      expect(again.output).toBeUndefined();
      for (const site of again.sites) expect(site.status).not.toBe("instrumentable");
    });
  });

  test("every input and output compiles (python3 -m py_compile)", () => {
    const files = cases.flatMap((fixture) => [fixture.input, fixture.output]);
    expect(compileErrors(files)).toEqual([]);
  });
});
