// The instrumented programs as the real CLI writes them: every program (and scenarios.ts, which they
// import) copied into a fresh workspace next to a package.json declaring @sentry/node, then
// `sentry-ai-codemod instrument <workspace> --force --json`. ../streaming.test.ts runs these files.
import fs from "node:fs";
import path from "node:path";
import { CliResult, ensureCliBuilt, makeWorkspace, runCli } from "../codemod-cli";
import { InstrumentedSource, programFile, STREAMING_DIR, StreamingShape } from "./shapes";

export interface CliInstrumented {
  /** Where the CLI's version of each shape's program is. */
  source: InstrumentedSource;
  workspace: string;
  result: CliResult;
}

/** `extraArgs` are added to the `instrument` command (`--no-record-outputs`). */
export async function cliOutput(shapes: StreamingShape[], extraArgs: string[] = []): Promise<CliInstrumented> {
  ensureCliBuilt();
  const workspace = makeWorkspace();
  fs.mkdirSync(path.join(workspace, "programs"));
  fs.copyFileSync(path.join(STREAMING_DIR, "scenarios.ts"), path.join(workspace, "scenarios.ts"));
  const packageJson = { name: "streaming-programs", private: true, dependencies: { "@sentry/node": "^11.11.0" } };
  fs.writeFileSync(path.join(workspace, "package.json"), `${JSON.stringify(packageJson, null, 2)}\n`);
  for (const shape of shapes) fs.copyFileSync(programFile(shape), path.join(workspace, "programs", `${shape.name}.ts`));
  const result = await runCli(["instrument", workspace, "--force", "--json", ...extraArgs]);
  return { source: (shape) => path.join(workspace, "programs", `${shape.name}.ts`), workspace, result };
}
