import * as fs from "node:fs";
import * as path from "node:path";

export const TOOL_NAME = "sentry-ai-codemod";

let cachedVersion: string | undefined;

/** The package's version, read from its package.json (found from this file both in src/ and in dist/src/). */
export function toolVersion(): string {
  if (cachedVersion) return cachedVersion;
  let directory = __dirname;
  for (;;) {
    const candidate = path.join(directory, "package.json");
    if (fs.existsSync(candidate)) {
      const manifest = JSON.parse(fs.readFileSync(candidate, "utf8")) as { name?: string; version?: string };
      if (manifest.name === TOOL_NAME && manifest.version) return (cachedVersion = manifest.version);
    }
    const parent = path.dirname(directory);
    if (parent === directory) return (cachedVersion = "0.0.0");
    directory = parent;
  }
}
