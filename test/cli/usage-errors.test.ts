import { run, tempProject } from "./helpers";

/** A usage error is its one-line message and a pointer to --help (not the whole help), exit 2. */
describe("usage errors", () => {
  const project = tempProject({ "src/plain.ts": "export const one = 1;\n" });
  it.each([
    [["check", "--bogus"], "error: unknown option '--bogus'", "check"],
    [["check", "--format", "xml"], "argument 'xml' is invalid", "check"],
    [["instrument", "--nope"], "error: unknown option '--nope'", "instrument"],
  ])("%j", (args, message, command) => {
    const result = run(args, project);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain(`Run 'sentry-ai-codemod ${command} --help' for usage.`);
    expect(result.stderr).not.toContain("Usage:");
    expect(result.stderr.trim().split("\n").length).toBeLessThanOrEqual(3);
  });

  it("a bad --severity value is a usage error, not a lint problem", () => {
    const result = run(["check", "src", "--severity", "missing-span=loud"], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing-span: expected "off" | "warn" | "error", got "loud"');
    expect(result.stdout).toBe("");
    expect(run(["check", "src", "--severity", "nosuchrule=off"], project).stderr).toContain(
      'unknown rule "nosuchrule"',
    );
  });
});
