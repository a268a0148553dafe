// What the CLI writes for the streaming programs: exactly the targets in expected/ (which the runtime test,
// ../streaming.test.ts, runs against the real SDKs), no call left for manual work, and a second run that
// changes nothing. `UPDATE_FIXTURES=1` rewrites expected/ from the CLI's output.
import fs from "node:fs";
import { runCli } from "../codemod-cli";
import { cliOutput } from "./cli-source";
import { handWrittenTarget, STREAMING_SHAPES } from "./shapes";

test("the CLI writes each streaming program's target, wraps every call, and a second run changes nothing", async () => {
  const { source, workspace, result } = await cliOutput(STREAMING_SHAPES);
  try {
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as { filesChanged: number; needsManualWork: unknown[] };
    expect(report.filesChanged).toBe(STREAMING_SHAPES.length);
    expect(report.needsManualWork).toEqual([]);
    for (const shape of STREAMING_SHAPES) {
      // UPDATE_FIXTURES=1 rewrites the targets from the CLI's output (review the diff).
      if (process.env.UPDATE_FIXTURES) fs.copyFileSync(source(shape), handWrittenTarget(shape));
      expect({ shape: shape.name, text: fs.readFileSync(source(shape), "utf8") }).toEqual({
        shape: shape.name,
        text: fs.readFileSync(handWrittenTarget(shape), "utf8"),
      });
    }
    const second = await runCli(["instrument", workspace, "--force", "--json"]);
    expect((JSON.parse(second.stdout) as { filesChanged: number }).filesChanged).toBe(0);
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}, 120_000);
