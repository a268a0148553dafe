// What the CLI does with the streaming programs today: nothing, and it says so. When this fails because
// the engine has started to write streaming spans, switch `instrumentedSource` in ../streaming.test.ts to
// `cliOutput(...).source`, so the runtime checks run on the CLI's own output, and delete this test.
import fs from "node:fs";
import { cliOutput } from "./cli-source";
import { programFile, STREAMING_SHAPES } from "./shapes";

test("the CLI leaves every streaming program as written and reports each call as needing manual work", async () => {
  const { source, workspace, result } = await cliOutput(STREAMING_SHAPES);
  try {
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as { filesChanged: number; needsManualWork: Array<{ file: string; status: string }> };
    expect(report.filesChanged).toBe(0);
    for (const shape of STREAMING_SHAPES) {
      expect({ shape: shape.name, unchanged: fs.readFileSync(source(shape), "utf8") === fs.readFileSync(programFile(shape), "utf8") }).toEqual({
        shape: shape.name,
        unchanged: true,
      });
      expect(report.needsManualWork.filter((site) => site.file === source(shape)).map((site) => site.status)).toEqual(["streaming"]);
    }
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}, 120_000);
