import { chatInput, run, tempProject } from "./helpers";

/**
 * The duplicate-span hint of `instrument` says what the app's own Sentry.init does, and never suggests
 * --skip-auto-instrumented once it was given (`npm run build` first).
 */
describe("duplicate-span hint", () => {
  const project = (init: string): string =>
    tempProject({
      "src/chat.ts": chatInput,
      "instrument.ts": `import * as Sentry from "@sentry/node";\n${init}\n`,
    });

  it("an integrations array that does not list it: the defaults keep it, filter it there", () => {
    const result = run(
      ["instrument", "src", "--dry-run"],
      project('Sentry.init({ dsn: "x", integrations: [Sentry.httpIntegration()] });'),
    );
    expect(result.stderr).toContain("Already instrumented by Sentry's own integrations");
    expect(result.stderr).toContain(
      "openAIIntegration: on by default in Sentry's SDK, and your Sentry.init (instrument.ts:2) keeps the default integrations.",
    );
    expect(result.stderr).toContain('defaults.filter((integration) => integration.name !== "OpenAI")');
    expect(result.stderr).not.toMatch(/remove (it|openAIIntegration)/);
  });

  it("an init that lists it: remove it there", () => {
    const result = run(
      ["instrument", "src", "--dry-run"],
      project('Sentry.init({ dsn: "x", integrations: [Sentry.openAIIntegration()] });'),
    );
    expect(result.stderr).toContain(
      "openAIIntegration: listed in the integrations of your Sentry init (instrument.ts:2)",
    );
  });

  it("defaults off and not listed: no duplicate to warn about", () => {
    const result = run(
      ["instrument", "src", "--dry-run"],
      project('Sentry.init({ dsn: "x", defaultIntegrations: false });'),
    );
    expect(result.stderr).not.toContain("Already instrumented");
  });

  it("--skip-auto-instrumented given: the calls are left to Sentry, the flag is not suggested again", () => {
    const result = run(
      ["instrument", "src", "--dry-run", "--skip-auto-instrumented"],
      project('Sentry.init({ dsn: "x" });'),
    );
    expect(result.stderr).toContain("Left to Sentry's own integrations (--skip-auto-instrumented):");
    expect(result.stderr).not.toContain("Run with --skip-auto-instrumented");
    const checked = run(["check", "src", "--skip-auto-instrumented"], project('Sentry.init({ dsn: "x" });'));
    expect(checked.code).toBe(0);
    expect(checked.stdout).not.toContain("--skip-auto-instrumented");
  });
});
