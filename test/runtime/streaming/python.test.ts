// The Python streaming target's helpers run against stand-ins for the SDKs' stream classes
// (python/check_helpers.py: plain python3, no SDK or sentry-sdk needed).
import { spawnSync } from "node:child_process";
import path from "node:path";

test("python streaming helpers: whole stream, next(), break then dropped, failure, async, stream managers", () => {
  const run = spawnSync("python3", [path.join(__dirname, "python", "check_helpers.py")], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout.split("\n").filter((line) => line.startsWith("ok "))).toHaveLength(8);
});
