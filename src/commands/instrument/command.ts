import * as fs from "node:fs";
import pc from "picocolors";
import { ConfigError, loadConfig, type ResolvedConfig } from "../../config/config";
import { unifiedDiff } from "../../reporters/diff";
import { createEngine, type Engine } from "../../engine/engine";
import { exitCodeFor, EXIT_ERROR, type ExitCode } from "../exit-codes";
import { listFiles } from "../files";
import { formatWithProjectPrettier } from "../format";
import { uncommittedFiles } from "../git";
import { Progress } from "../../reporters/progress";
import { configAgentFrameworks } from "../../config/frameworks";
import { RunSummary } from "../../reporters/instrument-summary";
import type { EngineOptions } from "../../core/types";
import { writeFileAtomic } from "../write";

export interface InstrumentOptions {
  paths: string[];
  /** Where the config search starts (default: the working directory). */
  cwd?: string;
  /** A config file to use instead of searching for one (`check --fix --config`). */
  configPath?: string;
  engine: EngineOptions;
  extensions: string[];
  ignore: string[];
  dryRun: boolean;
  force: boolean;
  prettier: boolean;
  json: boolean;
  color: boolean;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
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
    stderr.write(`sentry-ai-codemod: ${configured.message}\n`);
    return EXIT_ERROR;
  }
  const engine = configured;
  const files = listFiles(options.paths, { extensions: options.extensions, ignore: options.ignore });
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
    if (!engine.mightContainSites(file, before)) {
      summary.add({ path: file, language: "javascript", sites: [], diagnostics: [] }, false);
      continue;
    }
    const result = await engine.transform(file, before);
    for (const diagnostic of result.diagnostics) {
      const where = diagnostic.range ? `${file}:${diagnostic.range.start.line}:${diagnostic.range.start.column}` : file;
      progress.clear();
      stderr.write(`${where}: ${diagnostic.severity}: ${diagnostic.message} (file left unchanged)\n`);
    }
    let after = result.output;
    if (after !== undefined && options.prettier) after = await formatWithProjectPrettier(file, after);
    const changed = after !== undefined && after !== before;
    summary.add(result, changed);
    if (changed) changes.push({ file, before, after: after! });
  }
  progress.clear();

  if (!options.dryRun && !options.force && changes.length > 0) {
    const dirty = uncommittedFiles(changes.map((change) => change.file));
    if (dirty.length > 0) {
      stderr.write(
        `sentry-ai-codemod: refusing to write: ${dirty.length} file${dirty.length === 1 ? " has" : "s have"} uncommitted changes:\n` +
          dirty.map((file) => `  ${file}\n`).join("") +
          "Commit or stash them first so the codemod's changes can be reviewed on their own, run with --dry-run to see the diff, or pass --force.\n",
      );
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

/**
 * The engine with what the config file teaches it (the same file `check` reads): custom SDKs, agent classes,
 * tool factories, and whether AI SDK tool loops are agent runs (the flag turns that on too). How spans are
 * written comes from the command line, as before.
 */
function engineFromConfig(options: InstrumentOptions): Engine | ConfigError {
  let config: ResolvedConfig;
  try {
    config = loadConfig(options.cwd ?? process.cwd(), options.configPath).config;
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  // What counts as an agent run must match what `check` reports, or `check` would keep flagging the chat spans.
  const engineOptions = { ...options.engine, aiSdkLoopsAsAgents: options.engine.aiSdkLoopsAsAgents || config.aiSdkLoopsAsAgents };
  return createEngine(engineOptions, { customSdks: config.customSdks, agentFrameworks: configAgentFrameworks(config) });
}
