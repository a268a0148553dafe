import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempProject } from "./helpers";

/** Flags ESLint users look for: --quiet, --max-warnings, -f / -o, --color. */
const CALL =
  'import OpenAI from "openai";\nconst client = new OpenAI();\nexport const ask = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });\n';

describe("report flags", () => {
  const project = tempProject({ "src/app.ts": CALL });
  const asWarning = ["--severity", "missing-span=warn"];

  it("--quiet prints errors only; a run with only warnings is then clean", () => {
    expect(run(["check", "src", ...asWarning], project).stdout).toContain("missing-span");
    const quiet = run(["check", "src", ...asWarning, "--quiet"], project);
    expect(quiet.stdout).not.toContain("missing-span");
    expect(quiet.code).toBe(0);
    expect(run(["check", "src", "--quiet"], project).stdout).toContain("missing-span");
  });

  it("--max-warnings n: more warnings than n is exit 1", () => {
    expect(run(["check", "src", ...asWarning], project).code).toBe(0);
    expect(run(["check", "src", ...asWarning, "--max-warnings", "1"], project).code).toBe(0);
    expect(run(["check", "src", ...asWarning, "--max-warnings", "0"], project).code).toBe(1);
    expect(run(["check", "src", "--max-warnings", "-1"], project).code).toBe(2);
  });

  it("-f and -o are --format and --output-file", () => {
    const result = run(["check", "src", "-f", "json", "-o", "report.json"], project);
    expect(result.code).toBe(1);
    expect(JSON.parse(fs.readFileSync(path.join(project, "report.json"), "utf8"))).toMatchObject({
      findings: [{ ruleId: "missing-span" }],
    });
  });

  it("--color forces ANSI colours into a pipe; --no-color and the default there are plain", () => {
    const env = { NO_COLOR: "" };
    expect(run(["check", "src", "--color"], project, { env }).stdout).toContain("\u001b[");
    expect(run(["check", "src", "--no-color"], project, { env }).stdout).not.toContain("\u001b[");
    expect(run(["check", "src"], project, { env }).stdout).not.toContain("\u001b[");
  });
});
