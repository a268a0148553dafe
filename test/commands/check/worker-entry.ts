import * as path from "node:path";
import type { WorkerEntry } from "../../../src/commands/check/worker-pool";

/**
 * Starts a check worker from the TypeScript sources, compiling them on require with @swc/core (what @swc/jest
 * uses), so the worker-thread path is tested without a build.
 */
export function sourceWorkerEntry(): WorkerEntry {
  const paths = {
    pirates: require.resolve("pirates"),
    swc: require.resolve("@swc/core"),
    worker: path.resolve(__dirname, "../../../src/commands/check/check-worker.ts"),
  };
  return {
    code: `
      const { addHook } = require(${JSON.stringify(paths.pirates)});
      const { transformSync } = require(${JSON.stringify(paths.swc)});
      addHook(
        (code, filename) =>
          transformSync(code, {
            filename,
            jsc: { target: "es2022", parser: { syntax: "typescript" } },
            module: { type: "commonjs" },
          }).code,
        { exts: [".ts"] },
      );
      require(${JSON.stringify(paths.worker)});
    `,
  };
}
