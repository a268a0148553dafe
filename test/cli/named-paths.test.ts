import * as fs from "node:fs";
import * as path from "node:path";
import { commitAll, run, tempProject } from "./helpers";

/**
 * A path named on the command line that yields no file is an error (exit 2), as in ESLint, so that a CI lint can
 * never pass by reading nothing; --no-error-on-unmatched-pattern allows it. Ignore files apply within their own
 * repository only.
 */
const CALL =
  'import OpenAI from "openai";\nconst client = new OpenAI();\nexport const ask = () => client.chat.completions.create({ model: "gpt-4o", messages: [] });\n';

describe("named paths that yield no file", () => {
  it("a folder with no file to read: exit 2 for check and instrument, with the path and the way out", () => {
    const project = tempProject({ "src/app.ts": CALL, "empty/README.md": "no code here\n" });
    for (const command of [
      ["check", "empty"],
      ["instrument", "empty", "--dry-run"],
    ]) {
      const result = run(command, project);
      expect(result.code).toBe(2);
      // check reports it like its other run errors (text, JSON, SARIF); instrument on stderr.
      expect(result.stdout + result.stderr).toContain('no file to read in "empty"');
      expect(result.stdout + result.stderr).toContain("--no-error-on-unmatched-pattern");
    }
    expect(run(["check", "empty", "--no-error-on-unmatched-pattern"], project).code).toBe(0);
  });

  it("a path the config's exclude leaves out is an error too; the other named paths alone are not", () => {
    const project = tempProject({
      "src/app.ts": CALL,
      "scripts/tool.ts": CALL,
      "sentry-ai-codemod.config.json": JSON.stringify({ exclude: ["scripts/**"] }),
    });
    const excluded = run(["check", "src", "scripts"], project);
    expect(excluded.code).toBe(2);
    expect(excluded.stdout).toContain('no file to read in "scripts"');
    expect(excluded.stdout).not.toContain('"src"');
    // src alone has a finding: exit 1, not 2.
    expect(run(["check", "src"], project).code).toBe(1);
  });

  it("a .gitignore above a nested repository's root does not hide its files", () => {
    const outer = tempProject({ ".gitignore": "app/\n" });
    const app = path.join(outer, "app");
    fs.mkdirSync(path.join(app, "src"), { recursive: true });
    fs.writeFileSync(
      path.join(app, "package.json"),
      JSON.stringify({ name: "app", dependencies: { "@sentry/node": "^11.11.0" } }),
    );
    fs.writeFileSync(path.join(app, "src", "app.ts"), CALL);
    commitAll(app);
    const inside = run(["check", "."], app);
    expect(inside.code).toBe(1);
    expect(inside.stdout).toContain("missing-span");
    // From the outer folder, the nested repository is a folder of its own repository: the outer .gitignore stops at it.
    const fromOuter = run(["check", "app"], outer);
    expect(fromOuter.stdout).toContain("missing-span");
  });
});
