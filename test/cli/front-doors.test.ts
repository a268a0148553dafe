import * as fs from "node:fs";
import * as path from "node:path";
import * as aiRequest from "../../transforms/ai-request";
import { ACME_CONFIG, acmeInput, run, tempProject } from "./helpers";
import { engineOptionsFromJscodeshift } from "../../src/commands/jscodeshift-adapter";

/** The jscodeshift transforms, `instrument` and `check --fix` read the same config file and write the same spans. */
describe("every front door reads the project's config file", () => {
  const config = { ...ACME_CONFIG, conventions: "legacy", recordInputs: false };

  function inProject(project: string, body: () => void): void {
    const previous = process.cwd();
    process.chdir(project);
    try {
      body();
    } finally {
      process.chdir(previous);
    }
  }

  it("instrument, check --fix and the jscodeshift transform write the same output for a custom SDK", () => {
    const viaInstrument = tempProject({ "ask.ts": acmeInput, "sentry-ai-codemod.config.json": JSON.stringify(config) });
    expect(run(["instrument", ".", "--no-prettier"], viaInstrument).code).toBe(0);
    const instrumented = fs.readFileSync(path.join(viaInstrument, "ask.ts"), "utf8");
    // The config's conventions and recordInputs, not the flags' defaults.
    expect(instrumented).toContain('op: "gen_ai.request"');
    expect(instrumented).toContain('"gen_ai.system": "acme"');
    expect(instrumented).not.toContain("gen_ai.request.messages");

    const viaFix = tempProject({ "ask.ts": acmeInput, "sentry-ai-codemod.config.json": JSON.stringify(config) });
    expect(run(["check", "--fix"], viaFix).code).toBe(0);
    expect(fs.readFileSync(path.join(viaFix, "ask.ts"), "utf8")).toBe(instrumented);

    const viaJscodeshift = tempProject({ "sentry-ai-codemod.config.json": JSON.stringify(config) });
    inProject(viaJscodeshift, () => {
      const output = aiRequest.default({ path: path.join(viaJscodeshift, "ask.ts"), source: acmeInput }, {}, {});
      expect(output).toBe(instrumented);
    });
  });

  it("jscodeshift options override the config file, and --config names another one", () => {
    const project = tempProject({
      "other.json": JSON.stringify(ACME_CONFIG),
      "sentry-ai-codemod.config.json": JSON.stringify(config),
    });
    inProject(project, () => {
      const file = { path: path.join(project, "ask.ts"), source: acmeInput };
      expect(aiRequest.default(file, {}, { conventions: "default", recordInputs: "true" })).toContain(
        '"gen_ai.request.messages"',
      );
      const viaOther = aiRequest.default(file, {}, { config: "other.json" });
      expect(viaOther).toContain('op: "gen_ai.chat"');
      expect(() => aiRequest.default(file, {}, { config: "missing.json" })).toThrow(/missing\.json: file not found/);
    });
  });

  it("jscodeshift's --recordInputs takes always, auto and never; unset leaves the config's setting", () => {
    const project = tempProject({ "sentry-ai-codemod.config.json": JSON.stringify({ recordOutputs: false }) });
    const always = engineOptionsFromJscodeshift({ recordInputs: "always" }, project);
    expect([always.recordInputs, always.recordInputsAuto]).toEqual([true, false]);
    const auto = engineOptionsFromJscodeshift({ recordInputs: "auto" }, project);
    expect([auto.recordInputs, auto.recordInputsAuto]).toEqual([true, true]);
    const never = engineOptionsFromJscodeshift({ "record-inputs": "never" }, project);
    expect(never.recordInputs).toBe(false);
    const unset = engineOptionsFromJscodeshift({}, project);
    expect([unset.recordOutputs, unset.recordInputs, unset.recordInputsAuto]).toEqual([false, true, true]);
  });
});
