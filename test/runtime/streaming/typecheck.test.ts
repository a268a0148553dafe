// The streaming programs and their hand-written instrumented targets type-check against the installed
// SDKs and @sentry/node, with the options test/typecheck-outputs.test.ts uses for the fixture outputs.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { STREAMING_DIR } from "./shapes";

function filesIn(directory: string): string[] {
  return fs
    .readdirSync(directory)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => path.join(directory, name))
    .sort();
}

test("programs and instrumented targets report no TypeScript errors", () => {
  const files = [...filesIn(path.join(STREAMING_DIR, "programs")), ...filesIn(path.join(STREAMING_DIR, "expected"))];
  expect(files.length).toBeGreaterThanOrEqual(20);
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    esModuleInterop: true,
    skipLibCheck: true,
    types: ["node"],
    noUnusedLocals: true,
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file
      ? `${path.relative(STREAMING_DIR, diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}`
      : "";
    return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
  });
  expect(diagnostics).toEqual([]);
}, 300_000);
