import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { FIXTURE_ROOT } from "./fixture-cases";

/**
 * Every TypeScript output of the request transform (and the helper files they import) in one program,
 * against the real SDK types. The agent, tool and handoff outputs are type-checked by test/agents.
 */
function typeScriptOutputs(): string[] {
  const files: string[] = [];
  const visit = (directory: string): void => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (
        /\.output\.(ts|tsx|mts|cts)$/.test(entry.name) ||
        (/\.(ts|d\.ts)$/.test(entry.name) && !entry.name.includes(".input.") && !entry.name.includes(".output."))
      )
        files.push(full);
    }
  };
  visit(path.join(FIXTURE_ROOT, "ai-request"));
  return files.sort();
}

describe("fixture outputs type-check against the installed SDK and @sentry/node types", () => {
  it("reports no TypeScript errors", () => {
    const files = typeScriptOutputs();
    expect(files.length).toBeGreaterThan(50);
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      esModuleInterop: true,
      skipLibCheck: true,
      types: ["node"],
      noUnusedLocals: false,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file
        ? `${path.relative(FIXTURE_ROOT, diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}`
        : "";
      return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
    });
    expect(diagnostics).toEqual([]);
  }, 300_000);
});
