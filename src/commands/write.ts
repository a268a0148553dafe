import * as fs from "node:fs";
import * as path from "node:path";

/**
 * Replaces a file's content atomically: the new text goes to a temporary file beside it (same
 * filesystem), keeps the original's mode, and is renamed over it. An interrupted run leaves either the
 * old file or the new one, never half of one.
 */
export function writeFileAtomic(file: string, content: string): void {
  const directory = path.dirname(file);
  const temporary = path.join(directory, `.${path.basename(file)}.${process.pid}.${Date.now()}.sentry-ai-codemod.tmp`);
  const mode = fs.statSync(file).mode;
  const handle = fs.openSync(temporary, "w", mode);
  try {
    fs.writeFileSync(handle, content, "utf8");
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
  try {
    fs.chmodSync(temporary, mode);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
