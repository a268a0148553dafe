import { applySeverityOverrides, defaultRuleLevels } from "../../src/config/rule-levels";

describe("applySeverityOverrides", () => {
  it("merges rule=level flags over the configured levels", () => {
    const merged = applySeverityOverrides(defaultRuleLevels(), ["streaming-manual=error", " missing-span = off "]);
    expect(merged["streaming-manual"]).toBe("error");
    expect(merged["missing-span"]).toBe("off");
    expect(merged["malformed-span"]).toBe("error");
  });

  it("rejects unknown rules, unknown levels and malformed flags, naming each", () => {
    expect(() =>
      applySeverityOverrides(defaultRuleLevels(), ["missing-span=loud", "nope=warn", "missing-span"]),
    ).toThrow(
      [
        '--severity: missing-span: expected "off" | "warn" | "error", got "loud"',
        '--severity: unknown rule "nope" (rules: missing-span, malformed-span, streaming-manual, unresolved-receiver, unused-ignore)',
        '--severity: expected rule=off|warn|error, got "missing-span"',
      ].join("\n"),
    );
  });
});
