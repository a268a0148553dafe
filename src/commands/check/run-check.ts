import * as fs from "node:fs";
import * as path from "node:path";
import { ConfigError } from "../../config/errors";
import { loadConfig } from "../../config/load";
import { applySeverityOverrides } from "../../config/rule-levels";
import { defaultConfig, type ResolvedConfig } from "../../config/types";
import { engineSettings } from "../../config/engine-settings";
import { configFileFilter } from "../../config/file-filter";
import { DEFAULT_EXTENSIONS } from "../../engine/engine";
import { exitCodeFor, type ExitCode } from "../exit-codes";
import { FileListError, listFiles, unmatchedPaths, unmatchedPathsError } from "../files";
import { prepareOutputFile } from "../output-file";
import { Progress } from "../../reporters/progress";
import { formatReport, type ReportFormat } from "../../reporters";
import { toolVersion } from "../../reporters/tool-info";
import { type FileSource, workingTree } from "../../core/file-source";
import type { EngineOptions } from "../../core/types";
import { FileChecker, type CheckContext, type CheckFileInput, type FileOutcome } from "../../rules/check-file";
import { compareErrors, compareFindings, type CheckError, type Finding } from "../../rules/findings";
import { CheckCache, DEFAULT_CACHE_LOCATION, lockfileHash } from "./cache";
import { changedFiles, GitScopeError, repositoryRoot, stagedFiles, type ScopedFile } from "./git-scope";
import { IndexFileSource } from "./index-source";
import { parsedSourceBudget } from "./memory";
import { defaultWorkerCount, defaultWorkerEntry, WORKER_THRESHOLD, WorkerPool, type WorkerEntry } from "./worker-pool";

/** What `sentry-ai-codemod check` passes in; every field but `cwd` is optional. */
export interface RunCheckOptions {
  /** Working directory: where the config search starts and relative paths resolve. */
  cwd: string;
  /** Files or folders (default: the current folder; with --staged/--changed: the whole scope). */
  paths?: string[];
  /** --staged: check the staged content of staged files. */
  staged?: boolean;
  /** `--no-error-on-unmatched-pattern`: a named path that yields no file is not an error. */
  allowUnmatched?: boolean;
  /** `--quiet`: report errors only. */
  quiet?: boolean;
  /** `--max-warnings <n>`: more warnings than this is exit 1. */
  maxWarnings?: number;
  /** --changed [ref]: files changed since the merge base with `ref` (true: with the default branch). */
  changed?: string | boolean;
  format?: ReportFormat;
  /** --output-file: the report is written there instead of returned for stdout. */
  outputFile?: string;
  /** --severity rule=off|warn|error flags, applied over the config file's `rules`. */
  severity?: string[];
  /** --config: a config file to use instead of searching for one. */
  configPath?: string;
  /** Engine flags given on the command line; they override the config file's values. */
  engine?: Partial<EngineOptions>;
  /** --extensions (default: every extension the engine reads). */
  extensions?: string[];
  /** --ignore globs, on top of .gitignore and the config's `exclude`. */
  ignore?: string[];
  /** ANSI colours in the text report. */
  color?: boolean;
  /** Where the progress line goes (stderr); shown only on a TTY, after a second. */
  progressStream?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Worker threads: undefined = one per core (started only when enough files need parsing), 0 = this thread only. */
  workers?: number;
  /** How workers start (tests run them from the TypeScript sources). */
  workerEntry?: WorkerEntry;
  /** `--cache`: skip the files that were clean in an earlier run with the same text and options. */
  cache?: boolean;
  /** `--cache-location`: the cache file (default DEFAULT_CACHE_LOCATION, relative to `cwd`). */
  cacheLocation?: string;
  /** `--stdin --stdin-filename`: check this text as if it were that file (nothing else is read). */
  stdin?: { text: string; filename: string };
}

export interface CheckRunResult {
  /** After ignore comments and severities, sorted by file and position. */
  findings: Finding[];
  errors: CheckError[];
  /** The formatted report. Print it to stdout unless `outputWritten`. */
  output: string;
  /** The report went to `outputFile` (false when none was given, or writing failed: then print `output`). */
  outputWritten: boolean;
  exitCode: ExitCode;
  filesChecked: number;
  /** Files that were parsed (passed the text prefilter). */
  filesParsed: number;
  /** Files `--cache` skipped: clean in an earlier run with the same text and options. */
  filesCached: number;
  /** Worker threads the run started (0: all on the calling thread). */
  workerThreads: number;
  /** Absolute paths of files with fixable findings: what `check --fix` hands to `instrument`. */
  fixableFiles: string[];
  /** The directory finding paths are relative to. */
  root: string;
  /** How spans are written, from the config file and the flags: what `check --fix` must instrument with. */
  engineOptions: EngineOptions;
}

/** `sentry-ai-codemod check`: the whole run, from options to report and exit code. Never throws for user errors. */
export async function runCheck(options: RunCheckOptions): Promise<CheckRunResult> {
  const cwd = path.resolve(options.cwd);
  const format = options.format ?? "text";
  let root = findRepositoryRoot(cwd) ?? cwd;
  let outcomes: FileOutcome[] = [];
  let workerThreads = 0;
  let filesCached = 0;
  let inputs: CheckFileInput[] = [];
  let resolvedEngineOptions = engineSettings(defaultConfig(cwd), options.engine).engineOptions;
  const runErrors: CheckError[] = [];
  try {
    // --staged checks what is being committed: every file the run reads (the config, package.json, the
    // requirements, the files a checked file imports) is read from the index too, not only the checked files.
    const index = options.staged ? IndexFileSource.read(await repositoryRoot(cwd)) : undefined;
    const files: FileSource = index ?? workingTree;
    const { config, path: configFile } = loadConfig(cwd, options.configPath, files);
    const rules = applySeverityOverrides(config.rules, options.severity ?? []);
    const context: CheckContext = { ...engineSettings(config, options.engine), rules };
    resolvedEngineOptions = context.engineOptions;
    const scope = await collectFiles(options, cwd, config);
    root = scope.root ?? root;
    for (const file of scope.files) if (file.text !== undefined) index?.remember(file.absolutePath, file.text);
    inputs = scope.files.map((file) => ({
      absolutePath: file.absolutePath,
      file: toPosix(path.relative(root, file.absolutePath)),
      ...(file.text !== undefined ? { text: file.text } : {}),
    }));
    const cache =
      options.cache && !options.stdin
        ? CheckCache.open(
            path.resolve(cwd, options.cacheLocation ?? DEFAULT_CACHE_LOCATION),
            {
              tool: toolVersion(),
              config: configFile ? (files.readText(configFile) ?? null) : null,
              lockfile: lockfileHash(cwd, files),
              context,
            },
            files,
          )
        : undefined;
    ({ outcomes, workerThreads, filesCached } = await checkAll(inputs, context, options, cache, index));
  } catch (error) {
    runErrors.push(...toRunErrors(error));
  }

  const all = outcomes.flatMap((outcome) => outcome.findings).sort(compareFindings);
  const warnings = all.filter((finding) => finding.severity !== "error").length;
  // --quiet: errors only, as in ESLint (the warnings still count for --max-warnings).
  const findings = options.quiet ? all.filter((finding) => finding.severity === "error") : all;
  const errors = [...runErrors, ...outcomes.flatMap((outcome) => outcome.errors)].sort(compareErrors);
  const print = (): string =>
    formatReport(
      format,
      {
        findings,
        errors,
        filesChecked: inputs.length,
        ...(options.cache ? { filesCached } : {}),
        root,
        toolVersion: toolVersion(),
      },
      { color: !!options.color && !options.outputFile },
    );
  let output = print();
  let outputWritten = false;
  if (options.outputFile) {
    try {
      const target = path.resolve(cwd, options.outputFile);
      prepareOutputFile(target);
      fs.writeFileSync(target, output);
      outputWritten = true;
    } catch (error) {
      errors.push({
        kind: "internal-error",
        message: `cannot write ${options.outputFile}: ${(error as Error).message}`,
      });
      output = print();
    }
  }
  const fixable = new Set(findings.filter((finding) => finding.fixable).map((finding) => finding.file));
  return {
    findings,
    errors,
    output,
    outputWritten,
    exitCode: exitCodeFor({
      errors: errors.length,
      findings: findings.filter((finding) => finding.severity === "error").length,
      warnings,
      maxWarnings: options.maxWarnings,
    }),
    filesChecked: inputs.length,
    filesParsed: outcomes.filter((outcome) => outcome.parsed).length,
    filesCached,
    workerThreads,
    fixableFiles: inputs.filter((input) => fixable.has(input.file)).map((input) => input.absolutePath),
    root,
    engineOptions: resolvedEngineOptions,
  };
}

async function collectFiles(
  options: RunCheckOptions,
  cwd: string,
  config: ResolvedConfig,
): Promise<{ root?: string; files: ScopedFile[] }> {
  const extensions = options.extensions ?? DEFAULT_EXTENSIONS;
  const keep = configFileFilter(config, cwd, options.ignore ?? []);
  const hasExtension = (file: string): boolean => extensions.includes(path.extname(file).toLowerCase());
  if (options.stdin) {
    const absolutePath = path.resolve(cwd, options.stdin.filename);
    if (hasExtension(absolutePath) && keep(absolutePath))
      return { files: [{ path: absolutePath, absolutePath, text: options.stdin.text }] };
    if (options.allowUnmatched) return { files: [] };
    throw unmatchedPathsError([options.stdin.filename]);
  }
  if (options.staged || options.changed) {
    const scope = options.staged
      ? await stagedFiles(cwd)
      : await changedFiles(cwd, typeof options.changed === "string" ? options.changed : undefined);
    const within = (options.paths ?? []).map((given) => path.resolve(cwd, given));
    const files = scope.files.filter(
      (file) =>
        hasExtension(file.path) &&
        keep(file.absolutePath) &&
        (within.length === 0 ||
          within.some((given) => file.absolutePath === given || file.absolutePath.startsWith(`${given}${path.sep}`))),
    );
    return { root: scope.root, files };
  }
  const listed = listFiles(options.paths ?? [], { extensions, ignore: options.ignore ?? [], cwd });
  const files = listed.map((file) => path.resolve(cwd, file)).filter(keep);
  const unmatched = options.allowUnmatched ? [] : unmatchedPaths(options.paths ?? [], files, cwd);
  if (unmatched.length > 0) throw unmatchedPathsError(unmatched);
  return { files: files.map((absolutePath) => ({ path: absolutePath, absolutePath })) };
}

/**
 * Reads and prefilters every file on this thread (cheap), checks the files that need no parsing here, and hands
 * the ones that do to worker threads, started once enough of them have queued up to be worth it.
 */
async function checkAll(
  inputs: CheckFileInput[],
  context: CheckContext,
  options: RunCheckOptions,
  cache?: CheckCache,
  staged?: IndexFileSource,
): Promise<{ outcomes: FileOutcome[]; workerThreads: number; filesCached: number }> {
  const progress = options.progressStream ? new Progress(options.progressStream, inputs.length) : undefined;
  const checked =
    (input: CheckFileInput) =>
    (outcome: FileOutcome): FileOutcome => {
      progress?.tick(input.file);
      return outcome;
    };
  const checker = new FileChecker(context, staged);
  const entry = options.workerEntry ?? defaultWorkerEntry();
  const workerCount = entry ? (options.workers ?? defaultWorkerCount()) : 0;
  const outcomes: Array<FileOutcome | Promise<FileOutcome>> = new Array(inputs.length);
  const waiting: Array<{ index: number; input: CheckFileInput }> = [];
  let pool: WorkerPool | undefined;
  const parsed = parsedSourceBudget();
  const cacheKeys: Array<string | undefined> = new Array(inputs.length);
  let filesCached = 0;
  try {
    for (const [index, input] of inputs.entries()) {
      const text = input.text ?? readText(input.absolutePath);
      if (cache && text !== undefined) {
        const key = cache.keyFor({ text, ...checker.resultDependsOn(input.absolutePath, text) });
        if (cache.isClean(input.absolutePath, key)) {
          outcomes[index] = checked(input)({ findings: [], errors: [], parsed: false });
          filesCached++;
          continue;
        }
        cacheKeys[index] = key;
      }
      if (text === undefined || workerCount === 0 || !checker.needsParsing(input.absolutePath, text)) {
        // Unreadable files come back from check() as read errors.
        const outcome = await checker.check(text === undefined ? input : { ...input, text });
        if (outcome.parsed && text !== undefined) parsed(text.length);
        outcomes[index] = checked(input)(outcome);
        continue;
      }
      waiting.push({ index, input: { ...input, text } });
      if (!pool && waiting.length >= WORKER_THRESHOLD)
        pool = new WorkerPool(context, workerCount, entry!, staged?.toData());
      if (pool) {
        for (const queued of waiting.splice(0))
          outcomes[queued.index] = pool.check(queued.input).then(checked(queued.input));
      }
    }
    for (const queued of waiting) {
      outcomes[queued.index] = checked(queued.input)(await checker.check(queued.input));
      parsed(queued.input.text?.length ?? 0);
    }
    const done = await Promise.all(outcomes);
    if (cache) {
      for (const [index, key] of cacheKeys.entries()) {
        const outcome = done[index]!;
        if (key) cache.record(inputs[index]!.absolutePath, key, outcome.findings.length + outcome.errors.length === 0);
      }
      cache.save();
    }
    return { outcomes: done, workerThreads: pool ? workerCount : 0, filesCached };
  } finally {
    progress?.clear();
    await pool?.close();
  }
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** A config file with three problems is three errors (the report's count is the real one). */
function toRunErrors(error: unknown): CheckError[] {
  if (error instanceof ConfigError) return error.lines().map((message) => ({ kind: "config-error", message }));
  return [toRunError(error)];
}

function toRunError(error: unknown): CheckError {
  if (error instanceof GitScopeError) return { kind: "git-error", message: error.message };
  if (error instanceof FileListError) return { kind: "read-error", message: error.message };
  return { kind: "internal-error", message: (error as Error).stack ?? String(error) };
}

/** The nearest folder with a `.git` entry (a folder, or a file in worktrees and submodules). */
export function findRepositoryRoot(start: string): string | undefined {
  for (let directory = start; ; directory = path.dirname(directory)) {
    if (fs.existsSync(path.join(directory, ".git"))) return directory;
    if (path.dirname(directory) === directory) return undefined;
  }
}

function toPosix(file: string): string {
  return file.split(path.sep).join("/");
}
