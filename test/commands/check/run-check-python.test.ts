import { runCheck } from "../../../src/commands/check/run-check";
import { EXIT_CLEAN, EXIT_FINDINGS } from "../../../src/commands/exit-codes";
import { TempProject } from "./project-fixture";

const MALFORMED = [
  "import sentry_sdk",
  "",
  "",
  "def plan(goal):",
  '    with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="agent run") as span:',
  '        span.set_data("gen_ai.agent.name", "Planner")',
  "        return [goal]",
  "",
].join("\n");

const WELL_FORMED = [
  "import sentry_sdk",
  "",
  "",
  "def plan(goal):",
  '    with sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent Planner") as span:',
  '        span.set_data("gen_ai.operation.name", "invoke_agent")',
  '        span.set_data("gen_ai.agent.name", "Planner")',
  "        return [goal]",
  "",
].join("\n");

describe("runCheck on Python files: malformed-span", () => {
  let project: TempProject;
  beforeEach(() => {
    project = new TempProject({ "agent/plan.py": MALFORMED, "agent/ok.py": WELL_FORMED });
  });
  afterEach(() => project.remove());

  it("reports a malformed hand-written span in the JSON report (sorted by position) and exits 1", async () => {
    const result = await runCheck({ cwd: project.root, workers: 0, format: "json" });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(EXIT_FINDINGS);
    const report = JSON.parse(result.output) as { findings: Array<Record<string, unknown>> };
    expect(report.findings).toEqual([
      expect.objectContaining({
        ruleId: "malformed-span",
        severity: "error",
        file: "agent/plan.py",
        line: 5,
        column: 32,
        message: 'Set attribute "gen_ai.operation.name" to "invoke_agent": Sentry classifies gen_ai spans by it.',
      }),
      expect.objectContaining({
        ruleId: "malformed-span",
        file: "agent/plan.py",
        line: 5,
        column: 63,
        message: 'Span name "agent run" should have the form "invoke_agent <agent name>".',
      }),
    ]);
  });

  it("honours a Python ignore comment for the rule and exits 0", async () => {
    project.write(
      "agent/plan.py",
      MALFORMED.replace(
        "    with sentry_sdk",
        "    # sentry-ai-codemod-ignore-next-line malformed-span -- legacy\n    with sentry_sdk",
      ),
    );
    const result = await runCheck({ cwd: project.root, workers: 0 });
    expect(result.findings).toEqual([]);
    expect(result.exitCode).toBe(EXIT_CLEAN);
  });
});
