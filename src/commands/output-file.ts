import * as fs from "node:fs";
import * as path from "node:path";

export class OutputFileError extends Error {
  override name = "OutputFileError";
}

/**
 * Makes sure a report can be written to `target` before the run starts, so a typo fails at once (exit 2) rather
 * than after a long check. Missing folders are created one level at a time: Node's recursive mkdir loops forever
 * under some read-only trees (`/proc`), and a level-by-level walk fails with the real reason instead.
 */
export function prepareOutputFile(target: string): void {
  const absolute = path.resolve(target);
  const missing: string[] = [];
  let existing = path.dirname(absolute);
  while (!fs.existsSync(existing)) {
    missing.unshift(existing);
    const parent = path.dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  const fail = (why: string): never => {
    throw new OutputFileError(`cannot write the report to ${target}: ${why}`);
  };
  if (!fs.statSync(existing).isDirectory()) fail(`${existing} is not a folder`);
  for (const directory of missing) {
    try {
      fs.mkdirSync(directory);
    } catch (error) {
      fail(`cannot create the folder ${directory} (${codeOf(error)})`);
    }
  }
  const isFolder = fs.existsSync(absolute) && fs.statSync(absolute).isDirectory();
  if (isFolder) fail("it is a folder");
  // Opening the file is the only true test (a permission check passes for root where the file system still
  // refuses, as in /proc); a file created by the probe is removed again.
  const existed = fs.existsSync(absolute);
  try {
    fs.closeSync(fs.openSync(absolute, "a"));
  } catch (error) {
    fail(`not writable (${codeOf(error)})`);
  }
  if (!existed) fs.rmSync(absolute, { force: true });
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
