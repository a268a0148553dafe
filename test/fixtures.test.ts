import * as fs from "node:fs";
import { Engine } from "../src/engine/engine";
import { javascriptFixtureCases } from "./fixture-cases";

// Set UPDATE_FIXTURES=1 to (re)write .output files after a deliberate change; review the diff before committing.
const update = process.env.UPDATE_FIXTURES === "1";

const cases = javascriptFixtureCases("ai-request");

describe("ai-request fixtures", () => {
  it("has fixture pairs", () => {
    expect(cases.length).toBeGreaterThan(60);
  });

  it.each(cases.map((fixture) => [fixture.name, fixture] as const))("%s", async (_name, fixture) => {
    const engine = new Engine(fixture.options);
    const input = fs.readFileSync(fixture.inputPath, "utf8");
    const first = await engine.transform(fixture.inputPath, input);
    expect(first.diagnostics).toEqual([]);
    const actual = first.output ?? input;
    if (update) fs.writeFileSync(fixture.outputPath, actual);
    expect(fs.existsSync(fixture.outputPath)).toBe(true);
    expect(actual).toBe(fs.readFileSync(fixture.outputPath, "utf8"));

    // Idempotent: the output run again changes nothing.
    const second = await new Engine(fixture.options).transform(fixture.inputPath, actual);
    expect(second.output ?? actual).toBe(actual);
  });
});
