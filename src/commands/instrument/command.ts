import * as fs from "node:fs";
import pc from "picocolors";
import * as path from "node:path";
import { ConfigError } from "../../config/errors";
import { loadConfig } from "../../config/load";
import { engineFromSettings, engineSettings } from "../../config/engine-settings";
import { configFileFilter } from "../../config/file-filter";
import { unifiedDiff } from "../../reporters/diff";
import { type Engine, languageOf } from "../../engine/engine";
import { findSentryInit, SENTRY_INIT_FILES } from "../../engine/sentry-setup";
import { exitCodeFor, EXIT_CLEAN, EXIT_ERROR, type ExitCode } from "../exit-codes";
import { listFiles, unmatchedPaths, unmatchedPathsError } from "../files";
import { leftAloneByIgnoreComments } from "../ignored-sites";
import { formatWithProjectPrettier } from "../format";
import { filesGitCannotRestore, refusalToWrite } from "../git";
import { Progress } from "../../reporters/progress";
import { RunSummary } from "../../reporters/instrument-summary";
import type { FileSource } from "../../core/file-source";
import type { EngineOptions } from "../../core/types";
import { writeFileAtomic } from "../write";

export interface InstrumentOptions {
  paths: string[];
  /** Where the config search starts (default: the working directory). */
  cwd?: string;
  /** A config file to use instead of searching for one (`check --fix --config`). */
  configPath?: string;
  /** Engine flags given on the command line; they override the config file's values. */
  engine: Partial<EngineOptions>;
  extensions: string[];
  ignore: string[];
  /** A named path that yields no file is not an error (`--no-error-on-unmatched-pattern`). */
  allowUnmatched?: boolean;
  dryRun: boolean;
  /** Write even into files git does not hold (unstaged changes, untracked): `filesGitCannotRestore`. */
  force: boolean;
  prettier: boolean;
  json: boolean;
  color: boolean;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /**
   * Where the config and the files the analysis consults are read (default: the working tree). `check --staged
   * --fix` passes the git index, so the fix is judged by the same facts as the check (the fixed files themselves
   * are read from disk: their working-tree content is their staged content, or the fix is refused).
   */
  files?: FileSource;
}

interface PlannedChange {
  file: string;
  before: string;
  after: string;
}

/** `sentry-ai-codemod instrument`: analyse every file, then show or write the changes, then summarise. */
export async function runInstrument(options: InstrumentOptions): Promise<ExitCode> {
  const { stdout, stderr } = options;
  const configured = engineFromConfig(options);
  if (configured instanceof ConfigError) {
    stderr.write(
      configured
        .lines()
        .map((line) => `sentry-ai-codemod: ${line}\n`)
        .join(""),
    );
    return EXIT_ERROR;
  }
  const { engine, keep } = configured;
  // Paths are read and shown relative to the process's working directory; `cwd` is where the config search starts.
  const files = listFiles(options.paths, { extensions: options.extensions, ignore: options.ignore }).filter((file) =>
    keep(path.resolve(file)),
  );
  const unmatched = options.allowUnmatched ? [] : unmatchedPaths(options.paths, files);
  if (unmatched.length > 0) {
    stderr.write(`sentry-ai-codemod: ${unmatchedPathsError(unmatched).message}\n`);
    return EXIT_ERROR;
  }
  const summary = new RunSummary(options.dryRun);
  const progress = new Progress(stderr, files.length, options.json ? false : undefined);
  const changes: PlannedChange[] = [];

  for (const file of files) {
    progress.tick(file);
    let before: string;
    try {
      before = fs.readFileSync(file, "utf8");
    } catch (error) {
      summary.addError(file, `cannot read: ${(error as Error).message}`);
      continue;
    }
    const sentryInit = findSentryInit(file, before);
    if (sentryInit) summary.noteSentryInit(sentryInit);
    if (!engine.mightContainSites(file, before)) {
      summary.add({ path: file, language: "javascript", sites: [], diagnostics: [] }, false);
      continue;
    }
    // Its diagnostics are listed once, in the summary.
    const result = await engine.transform(file, before, leftAloneByIgnoreComments(file));
    let after = result.output;
    if (after !== undefined && options.prettier) after = await formatWithProjectPrettier(file, after);
    const changed = after !== undefined && after !== before;
    summary.add(result, changed);
    if (changed) changes.push({ file, before, after: after! });
  }
  progress.clear();
  noteConfiguredSentryInits(summary, engine);

  if (!options.dryRun && !options.force && changes.length > 0) {
    const unsafe = filesGitCannotRestore(changes.map((change) => change.file));
    if (unsafe.length > 0) {
      stderr.write(refusalToWrite(unsafe));
      return EXIT_ERROR;
    }
  }

  for (const change of changes) {
    if (options.dryRun) {
      if (!options.json) stdout.write(`${unifiedDiff(change.file, change.before, change.after, options.color)}\n`);
      continue;
    }
    try {
      writeFileAtomic(change.file, change.after);
    } catch (error) {
      summary.addError(change.file, `cannot write: ${(error as Error).message}`);
    }
  }

  if (options.json) stdout.write(`${JSON.stringify(summary.toJson(), null, 2)}\n`);
  else {
    const dim = options.color ? pc.dim : (text: string): string => text;
    const dryRunNote = options.dryRun && changes.length > 0 ? dim("Dry run: nothing was written.\n") : "";
    stderr.write(`${options.dryRun && changes.length > 0 ? "\n" : ""}${summary.render(options.color)}\n${dryRunNote}`);
  }
  return exitCodeFor({ errors: summary.errors.length, findings: 0 });
}

export interface InstrumentStdinOptions {
  /** The text read from stdin, and the path it is instrumented as (language, config, project, prettier). */
  text: string;
  filename: string;
  cwd?: string;
  configPath?: string;
  engine: Partial<EngineOptions>;
  ignore: string[];
  allowUnmatched?: boolean;
  prettier: boolean;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * `instrument --stdin --stdin-filename <path>`: the text on stdin is rewritten as if it were that file and printed
 * on stdout; nothing is written. The text always comes back, unchanged when there is nothing to do or the file
 * cannot be rewritten (a parse error, a file the config leaves out), so `instrument --stdin < a > b` never empties
 * `b`; the exit code and stderr say what happened.
 */
export async function runInstrumentStdin(options: InstrumentStdinOptions): Promise<ExitCode> {
  const { stdout, stderr, text } = options;
  const absolutePath = path.resolve(options.cwd ?? process.cwd(), options.filename);
  const configured = engineFromConfig(options, options.ignore);
  if (configured instanceof ConfigError) {
    stdout.write(text);
    stderr.write(`sentry-ai-codemod: ${configured.message}\n`);
    return EXIT_ERROR;
  }
  const { engine, keep } = configured;
  if (!languageOf(absolutePath) || !keep(absolutePath)) {
    stdout.write(text);
    if (options.allowUnmatched) return EXIT_CLEAN;
    stderr.write(`sentry-ai-codemod: ${unmatchedPathsError([options.filename]).message}\n`);
    return EXIT_ERROR;
  }
  if (!engine.mightContainSites(absolutePath, text)) {
    stdout.write(text);
    return EXIT_CLEAN;
  }
  const result = await engine.transform(absolutePath, text, leftAloneByIgnoreComments(absolutePath));
  let errors = 0;
  for (const diagnostic of result.diagnostics) {
    const where = diagnostic.range
      ? `${options.filename}:${diagnostic.range.start.line}:${diagnostic.range.start.column}`
      : options.filename;
    stderr.write(`${where}: ${diagnostic.severity}: ${diagnostic.message} (text left unchanged)\n`);
    if (diagnostic.severity === "error") errors++;
  }
  let after = result.output ?? text;
  if (after !== text && options.prettier) after = await formatWithProjectPrettier(absolutePath, after);
  stdout.write(after);
  return exitCodeFor({ errors, findings: 0 });
}

/** The app's Sentry init in the usual places next to the projects the sites are in, when the scanned files had none. */
function noteConfiguredSentryInits(summary: RunSummary, engine: Engine): void {
  const files = new Set(summary.sites.filter((site) => site.autoInstrumentedBy).map((site) => site.file));
  const roots = new Set([
    process.cwd(),
    ...[...files].map((file) => engine.projects.forFile(file).root).filter((root) => path.dirname(root) !== root),
  ]);
  for (const root of roots) {
    for (const name of SENTRY_INIT_FILES) {
      const candidate = path.relative(process.cwd(), path.join(root, name)) || name;
      let text: string;
      try {
        text = fs.readFileSync(candidate, "utf8");
      } catch {
        continue;
      }
      const init = findSentryInit(candidate, text);
      if (init) summary.noteSentryInit(init);
    }
  }
}

/** The engine and the file selection from the config file (the same one `check` reads), with the flags on top. */
function engineFromConfig(
  options: Pick<InstrumentOptions, "cwd" | "configPath" | "engine" | "files">,
  ignore: readonly string[] = [],
): { engine: Engine; keep: (absolutePath: string) => boolean } | ConfigError {
  const cwd = options.cwd ?? process.cwd();
  try {
    const { config } = loadConfig(cwd, options.configPath, options.files);
    return {
      engine: engineFromSettings(engineSettings(config, options.engine), options.files),
      keep: configFileFilter(config, cwd, ignore),
    };
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
}
