import { runCheck, type RunCheckOptions } from "./run-check";
import { filesGitCannotRestore, stageFiles } from "../git";
import { DEFAULT_EXTENSIONS } from "../../engine/engine";
import * as path from "node:path";
import { EXIT_ERROR, type ExitCode } from "../exit-codes";
import { OutputFileError, prepareOutputFile } from "../output-file";
import type { EngineOptions } from "../../core/types";
import { runInstrument } from "../instrument/command";
import { IndexFileSource } from "./index-source";

export interface CheckCommandOptions {
  paths: string[];
  staged: boolean;
  changed?: string | boolean;
  format: NonNullable<RunCheckOptions["format"]>;
  outputFile?: string;
  severity: string[];
  configPath?: string;
  fix: boolean;
  /** --fix --force: write even into files git does not hold (the rule `instrument` follows too). */
  force?: boolean;
  engine: Partial<EngineOptions>;
  extensions?: string[];
  ignore: string[];
  allowUnmatched?: boolean;
  quiet?: boolean;
  maxWarnings?: number;
  color: boolean;
  /** `--stdin --stdin-filename`: the text to check and the path it is checked as. */
  stdin?: { text: string; filename: string };
  /** `--cache`, `--cache-location`. */
  cache?: boolean;
  cacheLocation?: string;
}

/**
 * `sentry-ai-codemod check`: the same analysis as `instrument`, reported instead of written. With --fix, the
 * files with fixable findings are instrumented first, by `instrument` and under its rule (a file is written only
 * when git holds its content, committed or staged, unless --force: staged files in a pre-commit hook qualify), and
 * the check runs again on the result.
 */
export async function runCheckCommand(options: CheckCommandOptions): Promise<ExitCode> {
  if (options.outputFile) {
    try {
      prepareOutputFile(path.resolve(options.outputFile));
    } catch (error) {
      if (!(error instanceof OutputFileError)) throw error;
      process.stderr.write(`sentry-ai-codemod: ${error.message}\n`);
      return EXIT_ERROR;
    }
  }
  const checkOptions: RunCheckOptions = {
    cwd: process.cwd(),
    paths: options.paths.length > 0 ? options.paths : undefined,
    staged: options.staged,
    changed: options.changed,
    format: options.format,
    outputFile: options.outputFile,
    severity: options.severity,
    configPath: options.configPath,
    engine: options.engine,
    extensions: options.extensions,
    ignore: options.ignore,
    allowUnmatched: options.allowUnmatched,
    quiet: options.quiet,
    maxWarnings: options.maxWarnings,
    color: options.color,
    progressStream: process.stderr,
    stdin: options.stdin,
    cache: options.cache,
    cacheLocation: options.cacheLocation,
  };
  let result = await runCheck(checkOptions);
  if (options.fix && result.fixableFiles.length > 0) {
    // --staged --fix: the fix is written to the working tree and restaged, which is only the staged content
    // when the working tree has no other changes to those files.
    const mixed = options.staged ? filesGitCannotRestore(result.fixableFiles) : [];
    if (mixed.length > 0) {
      const names = mixed.map((file) => path.relative(process.cwd(), file)).join(", ");
      process.stderr.write(
        `sentry-ai-codemod: --staged --fix would commit unstaged changes too (${names}: the working tree differs from the staged content). ` +
          "Stage or stash those changes first, or run check --fix without --staged.\n",
      );
      return EXIT_ERROR;
    }
    const code = await runInstrument({
      paths: result.fixableFiles,
      // The same settings the check judged by (config file, then flags), and the same config for custom SDKs.
      engine: result.engineOptions,
      configPath: options.configPath,
      extensions: options.extensions ?? DEFAULT_EXTENSIONS,
      ignore: [],
      dryRun: false,
      force: !!options.force,
      prettier: true,
      json: false,
      color: options.color,
      stdout: process.stderr,
      stderr: process.stderr,
      // The same files the check read: with --staged, the index (package.json, requirements, imported files).
      ...(options.staged && { files: IndexFileSource.read(result.root) }),
    });
    if (code !== 0) return code;
    if (options.staged) stageFiles(result.fixableFiles);
    result = await runCheck(checkOptions);
  }
  if (!result.outputWritten && result.output)
    process.stdout.write(result.output.endsWith("\n") ? result.output : `${result.output}\n`);
  return result.exitCode;
}
