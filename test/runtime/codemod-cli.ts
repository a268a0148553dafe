// Runs the real `sentry-ai-codemod` CLI (bin/ -> dist/) on copies of the runtime programs.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const REPO_ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(REPO_ROOT, "bin", "sentry-ai-codemod.js");
const BUILT_CLI = path.join(REPO_ROOT, "dist", "src", "cli.js");
export const PROGRAMS_DIR = path.join(__dirname, "programs");

/** Program names (file names without `.ts`) under programs/, sorted. */
export const PROGRAM_NAMES: string[] = fs
  .readdirSync(PROGRAMS_DIR)
  .filter((file) => file.endsWith(".ts"))
  .map((file) => path.basename(file, ".ts"))
  .sort();

/**
 * Builds dist/ when it is missing (`npm test` builds before jest; a bare `npx jest` may not have).
 * tsc may report errors from unrelated in-progress files and still emit, so only the output counts.
 */
export function ensureCliBuilt(): void {
  if (fs.existsSync(BUILT_CLI)) return;
  const tsc = path.join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
  const build = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: REPO_ROOT, encoding: "utf8" });
  if (!fs.existsSync(BUILT_CLI)) {
    throw new Error(`Building dist/ failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
  }
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/sentry-ai-codemod.js <args>` without colors; never rejects on a non-zero exit. */
export function runCli(args: string[], cwd: string = REPO_ROOT): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: "1", CI: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh folder under the OS temp dir (outside any git work tree, so .gitignore does not hide it). */
export function makeWorkspace(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "sentry-ai-codemod-runtime-"));
}

/**
 * Copies programs into `target` next to a package.json that declares `@sentry/node` (the codemod picks
 * the Sentry package and its version, which decides the auto-instrumentation warning, from it).
 * Returns `target`.
 */
export function copyPrograms(
  target: string,
  names: readonly string[] = PROGRAM_NAMES,
  sentryNodeVersion = "^11.11.0",
): string {
  fs.mkdirSync(target, { recursive: true });
  const packageJson = { name: "runtime-programs", private: true, dependencies: { "@sentry/node": sentryNodeVersion } };
  fs.writeFileSync(path.join(target, "package.json"), `${JSON.stringify(packageJson, null, 2)}\n`);
  for (const name of names) fs.copyFileSync(path.join(PROGRAMS_DIR, `${name}.ts`), path.join(target, `${name}.ts`));
  return target;
}

/** 1-based line:column of every occurrence of `needle` in `source` (how the CLI reports sites). */
export function positionsOf(source: string, needle: string): Array<{ line: number; column: number }> {
  const positions: Array<{ line: number; column: number }> = [];
  for (let index = source.indexOf(needle); index !== -1; index = source.indexOf(needle, index + 1)) {
    const before = source.slice(0, index);
    const lineStart = before.lastIndexOf("\n") + 1;
    positions.push({ line: before.split("\n").length, column: index - lineStart + 1 });
  }
  return positions;
}
