// The Python streaming target's helpers run against stand-ins for the SDKs' stream classes
// (python/check_helpers.py: plain python3, no SDK or sentry-sdk needed).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { transform } from "../../engine/python/helpers";

test("python streaming helpers: whole stream, next(), break then dropped, failure, async, stream managers", () => {
  const run = spawnSync("python3", [path.join(__dirname, "python", "check_helpers.py")], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout.split("\n").filter((line) => line.startsWith("ok "))).toHaveLength(8);
});

test("the engine's output for the target's input passes the same checks (its helpers, not the hand-written ones)", async () => {
  const result = await transform(fs.readFileSync(path.join(__dirname, "python", "streaming.input.py"), "utf8"));
  expect(result.output).toContain("_sentry_stream_block(span, claude.messages.stream(");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "py-stream-")), "streaming.output.py");
  fs.writeFileSync(file, result.output!);
  const run = spawnSync("python3", [path.join(__dirname, "python", "check_helpers.py"), file], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout.split("\n").filter((line) => line.startsWith("ok "))).toHaveLength(8);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});
