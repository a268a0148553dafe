import { type Command, InvalidArgumentError, Option } from "commander";
import { ConfigError } from "../../config/errors";
import { applySeverityOverrides, defaultRuleLevels } from "../../config/rule-levels";
import { addEngineOptions, collect, type EngineFlags, stdinInput, typedEngineFlags, useColor } from "../engine-flags";
import { printConfig } from "../print-config";
import { DEFAULT_CACHE_LOCATION } from "./cache";
import { runCheckCommand } from "./command";

/** `--severity rule=level`, checked as it is parsed: a bad value is a usage error (exit 2), not a lint problem. */
function collectSeverity(value: string, previous: string[]): string[] {
  try {
    applySeverityOverrides(defaultRuleLevels(), [value]);
  } catch (error) {
    if (error instanceof ConfigError) throw new InvalidArgumentError(error.problems.join("; "));
    throw error;
  }
  return collect(value, previous);
}

function parseCount(value: string): number {
  const count = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(count))
    throw new InvalidArgumentError("expected a whole number, 0 or more");
  return count;
}

interface CheckFlags extends EngineFlags {
  staged?: boolean;
  changed?: string | boolean;
  format: "text" | "json" | "sarif" | "github";
  outputFile?: string;
  severity: string[];
  config?: string;
  fix?: boolean;
  force?: boolean;
  quiet?: boolean;
  maxWarnings?: number;
  printConfig?: string;
  stdin?: boolean;
  stdinFilename?: string;
  cache?: boolean;
  cacheLocation?: string;
}

/** `sentry-ai-codemod check`: its flags, help text and the run (or `--print-config`) they start. */
export function addCheckCommand(program: Command): void {
  addEngineOptions(
    program
      .command("check")
      .showHelpAfterError("Run 'sentry-ai-codemod check --help' for usage.")
      .description(
        "report AI call sites without a gen_ai span, and hand-written gen_ai spans that break Sentry's conventions",
      )
      .argument("[paths...]", "files or folders to check (default: the config's include, else the current folder)"),
  )
    .option("--staged", "check the staged content of staged files (for pre-commit hooks)")
    .option("--changed [ref]", "check the files changed since the merge base with <ref> (default: the default branch)")
    .addOption(
      new Option("-f, --format <format>", "report format").choices(["text", "json", "sarif", "github"]).default("text"),
    )
    .option("-o, --output-file <file>", "write the report to a file instead of stdout")
    .option("--quiet", "report errors only (warnings are not printed)")
    .option("--max-warnings <n>", "exit 1 when there are more than n warnings", parseCount)
    .option(
      "--severity <rule=level>",
      "set a rule's level: off, warn or error (repeatable)",
      collectSeverity,
      [] as string[],
    )
    .option(
      "--config <file>",
      "use this config file instead of searching for sentry-ai-codemod.config.json / package.json",
    )
    .option("--fix", "instrument the fixable findings (missing spans), then check again")
    .option("--stdin", "check the text on stdin (with --stdin-filename) instead of files")
    .option("--stdin-filename <path>", "with --stdin: the path the text is checked as, and that findings name")
    .option("--cache", "skip the files that were clean in an earlier --cache run with the same content and options")
    .option("--cache-location <path>", `the cache file for --cache (default: ${DEFAULT_CACHE_LOCATION})`)
    .option(
      "--print-config <file>",
      "print, as JSON, the configuration a run would use for <file> (config file, flags, defaults), and check nothing",
    )
    .option("--force", "with --fix: write even into files git does not hold yet (unstaged changes or untracked)")
    .addHelpText(
      "after",
      `
Rules: missing-span, malformed-span, streaming-manual, unresolved-receiver, unused-ignore (docs/rules.md).
Exit codes: 0 no findings, 1 findings at error level, 2 usage, config or parse errors.

Examples:
  $ sentry-ai-codemod check                                  the whole repo, text report
  $ sentry-ai-codemod check --staged                         pre-commit: the staged content only
  $ sentry-ai-codemod check --changed origin/main --format github
  $ sentry-ai-codemod check --format sarif --output-file sentry-ai.sarif
  $ sentry-ai-codemod check src/ --severity streaming-manual=off --severity unresolved-receiver=error
  $ sentry-ai-codemod check src/ --fix
  $ sentry-ai-codemod check src/a.ts src/b.ts                 paths from lint-staged
  $ sentry-ai-codemod check --cache                          skip files clean in the last --cache run
  $ sentry-ai-codemod check --stdin --stdin-filename src/chat.ts < src/chat.ts
  $ sentry-ai-codemod check --print-config src/chat.ts       the settings that apply to a file`,
    )
    .action(async (paths: string[], flags: CheckFlags, command: Command) => {
      if (flags.printConfig !== undefined) {
        process.exitCode = printConfig({
          file: flags.printConfig,
          cwd: process.cwd(),
          configPath: flags.config,
          severity: flags.severity,
          engine: typedEngineFlags(flags, command),
          extensions: command.getOptionValueSource("extensions") === "cli" ? flags.extensions : undefined,
          ignore: flags.ignore,
          stdout: process.stdout,
          stderr: process.stderr,
        });
        return;
      }
      const stdin = stdinInput(command, flags, {
        paths: paths.length > 0,
        "--staged": !!flags.staged,
        "--changed": !!flags.changed,
        "--fix (use instrument --stdin)": !!flags.fix,
      });
      process.exitCode = await runCheckCommand({
        paths,
        staged: !!flags.staged,
        changed: flags.changed,
        format: flags.format,
        outputFile: flags.outputFile,
        severity: flags.severity,
        configPath: flags.config,
        fix: !!flags.fix,
        force: !!flags.force,
        engine: typedEngineFlags(flags, command),
        extensions: command.getOptionValueSource("extensions") === "cli" ? flags.extensions : undefined,
        ignore: flags.ignore,
        allowUnmatched: !flags.errorOnUnmatchedPattern,
        quiet: !!flags.quiet,
        maxWarnings: flags.maxWarnings,
        color: useColor(flags, process.stdout),
        stdin,
        cache: !!flags.cache,
        cacheLocation: flags.cacheLocation,
      });
    });
}
