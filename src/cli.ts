import * as fs from "node:fs";
import { Command, InvalidArgumentError, Option } from "commander";
import { runCheckCommand } from "./commands/check/command";
import { runInstrument, runInstrumentStdin } from "./commands/instrument/command";
import { printConfig } from "./commands/print-config";
import { runInit } from "./commands/init";
import { DEFAULT_CACHE_LOCATION } from "./commands/check/cache";
import { DEFAULT_EXTENSIONS } from "./engine/engine";
import { EXIT_ERROR } from "./commands/exit-codes";
import { FileListError } from "./commands/files";
import { shouldUseColor } from "./reporters";
import type { EngineOptions } from "./core/types";
import { ConfigError } from "./config/errors";
import { applySeverityOverrides, defaultRuleLevels } from "./config/rule-levels";

// The version is read at run time so that the built file and package.json never disagree.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION: string = (require("../../package.json") as { version: string }).version;

function parseExtensions(value: string): string[] {
  const extensions = value
    .split(",")
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean)
    .map((item) => (item.startsWith(".") ? item : `.${item}`));
  const unknown = extensions.filter((extension) => !DEFAULT_EXTENSIONS.includes(extension));
  if (unknown.length > 0) {
    throw new InvalidArgumentError(
      `unsupported extension ${unknown.join(", ")} (supported: ${DEFAULT_EXTENSIONS.join(", ")})`,
    );
  }
  return extensions;
}

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

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Flags shared by `instrument` and `check`: how spans are written and which files are read. */
export function addEngineOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        "--conventions <name>",
        'span conventions: default (gen_ai.chat, "chat <model>") or legacy (gen_ai.request, "request <model>")',
      )
        .choices(["default", "legacy"])
        .default("default"),
    )
    .option(
      "--sentry-package <name>",
      "Sentry package the added import uses (default: found in the nearest package.json, else @sentry/node)",
    )
    .addOption(
      new Option(
        "--record-inputs <when>",
        "record prompts, messages and tool input: always, never, or auto (LLM-call spans: when Sentry.init has sendDefaultPii: true, decided at run time)",
      )
        .choices(RECORDING_CHOICES)
        .default("auto"),
    )
    .option("--no-record-inputs", "the same as --record-inputs never")
    .addOption(
      new Option(
        "--record-outputs <when>",
        "record response text, tool calls and tool output: always, never, or auto (as for --record-inputs)",
      )
        .choices(RECORDING_CHOICES)
        .default("auto"),
    )
    .option("--no-record-outputs", "the same as --record-outputs never")
    .option("--skip-auto-instrumented", "leave alone the calls Sentry's own integrations already instrument")
    .option(
      "--ai-sdk-loops-as-agents",
      "treat an AI SDK generateText with tools and a step limit (stopWhen, maxSteps) as an agent run (gen_ai.invoke_agent), not an LLM call",
    )
    .option(
      "--extensions <list>",
      `comma-separated file extensions to read (default: ${DEFAULT_EXTENSIONS.join(",")})`,
      parseExtensions,
      DEFAULT_EXTENSIONS,
    )
    .option(
      "--ignore <glob>",
      "leave out files matching the glob (repeatable; .gitignore is always honoured)",
      collect,
      [] as string[],
    )
    .option("--no-error-on-unmatched-pattern", "do not fail (exit 2) when a named path yields no file to read")
    .option("--color", "colored output even when not writing to a terminal")
    .option("--no-color", "plain output without colors");
}

const RECORDING_CHOICES = ["always", "never", "auto"];
/** `--record-inputs <when>`, or false for `--no-record-inputs`. */
type Recording = "always" | "never" | "auto" | false;

/** Engine options for one kind of content: recorded at all, and decided at run time. */
function recordingOptions(kind: "Inputs" | "Outputs", recording: Recording): Partial<EngineOptions> {
  const record = recording !== false && recording !== "never";
  return { [`record${kind}`]: record, [`record${kind}Auto`]: record && recording === "auto" };
}

export interface EngineFlags {
  conventions: "default" | "legacy";
  sentryPackage?: string;
  recordInputs: Recording;
  recordOutputs: Recording;
  skipAutoInstrumented?: boolean;
  aiSdkLoopsAsAgents?: boolean;
  extensions: string[];
  ignore: string[];
  /** False with --no-error-on-unmatched-pattern. */
  errorOnUnmatchedPattern: boolean;
  color?: boolean;
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

/**
 * `--stdin` needs `--stdin-filename` (the language, the config and the paths in the report come from it) and
 * reads nothing else: paths, `--staged`, `--changed` and `--fix` with it are usage errors.
 */
function stdinInput(
  command: Command,
  flags: { stdin?: boolean; stdinFilename?: string },
  conflicts: Record<string, boolean>,
): { text: string; filename: string } | undefined {
  if (!flags.stdin) {
    if (flags.stdinFilename !== undefined) command.error("error: --stdin-filename needs --stdin", { exitCode: 2 });
    return undefined;
  }
  if (flags.stdinFilename === undefined)
    command.error("error: --stdin needs --stdin-filename <path>: the path the text is read as", { exitCode: 2 });
  for (const [what, given] of Object.entries(conflicts)) {
    if (given) command.error(`error: --stdin reads only stdin: it cannot be combined with ${what}`, { exitCode: 2 });
  }
  let text: string;
  try {
    text = fs.readFileSync(0, "utf8");
  } catch (error) {
    command.error(`error: --stdin: cannot read stdin (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
      exitCode: 2,
    });
  }
  return { text, filename: flags.stdinFilename! };
}

/** The engine flags typed on the command line: only those override the config file (defaults do not). */
export function typedEngineFlags(flags: EngineFlags, command: Command): Partial<EngineOptions> {
  const typed = (name: string): boolean => command.getOptionValueSource(name) === "cli";
  return {
    ...(typed("conventions") ? { conventions: flags.conventions } : {}),
    ...(typed("sentryPackage") ? { sentryPackage: flags.sentryPackage } : {}),
    ...(typed("recordInputs") ? recordingOptions("Inputs", flags.recordInputs) : {}),
    ...(typed("recordOutputs") ? recordingOptions("Outputs", flags.recordOutputs) : {}),
    ...(typed("skipAutoInstrumented") ? { skipAutoInstrumented: true } : {}),
    ...(typed("aiSdkLoopsAsAgents") ? { aiSdkLoopsAsAgents: true } : {}),
  };
}

/** `--color` forces colour, `--no-color` turns it off; with neither, a terminal (and NO_COLOR / FORCE_COLOR) decides. */
export function useColor(flags: { color?: boolean }, stream: { isTTY?: boolean }): boolean {
  return flags.color ?? shouldUseColor(stream);
}

export function buildProgram(): Command {
  const program = new Command()
    .name("sentry-ai-codemod")
    .description(
      "Wrap LLM calls, agent runs, tool functions and handoffs in Sentry gen_ai spans, or check that they are.",
    )
    .version(VERSION)
    // A usage error prints its message and a pointer to the help, not the whole help.
    .showHelpAfterError("Run 'sentry-ai-codemod --help' for usage.")
    .exitOverride();

  const instrument = addEngineOptions(
    program
      .command("instrument")
      .showHelpAfterError("Run 'sentry-ai-codemod instrument --help' for usage.")
      .description("rewrite AI call sites so each one runs inside a Sentry span with gen_ai attributes")
      .argument(
        "[paths...]",
        "files or folders to instrument (default: the config's include, else the current folder)",
      ),
  )
    .option("--dry-run", "print a unified diff of the changes and write nothing")
    .option(
      "--force",
      "write even into files git does not hold yet (unstaged changes or untracked; committed or staged files are always written)",
    )
    .option("--no-prettier", "do not format changed files with the project's prettier config")
    .option("--json", "print the summary as JSON on stdout (no diff)")
    .option("--stdin", "instrument the text on stdin and print the result on stdout (nothing is written)")
    .option("--stdin-filename <path>", "with --stdin: the path the text is instrumented as (language, config)")
    .addHelpText(
      "after",
      `
Examples:
  $ sentry-ai-codemod instrument src/ --dry-run          review the diff first
  $ sentry-ai-codemod instrument src/                     rewrite the files
  $ sentry-ai-codemod instrument . --ignore "**/*.test.ts" --skip-auto-instrumented
  $ sentry-ai-codemod instrument src/ --conventions legacy --sentry-package @sentry/nextjs
  $ sentry-ai-codemod instrument src/ --no-record-inputs --no-record-outputs
  $ sentry-ai-codemod instrument src/ --ai-sdk-loops-as-agents
  $ sentry-ai-codemod instrument src/ --extensions ts,tsx --json > summary.json
  $ sentry-ai-codemod instrument --stdin --stdin-filename src/chat.ts < src/chat.ts`,
    )
    .option(
      "--config <file>",
      "use this config file instead of searching for sentry-ai-codemod.config.json / package.json",
    )
    .action(
      async (
        paths: string[],
        flags: EngineFlags & {
          dryRun?: boolean;
          force?: boolean;
          prettier: boolean;
          json?: boolean;
          config?: string;
          stdin?: boolean;
          stdinFilename?: string;
        },
        command: Command,
      ) => {
        const stdin = stdinInput(command, flags, {
          paths: paths.length > 0,
          "--dry-run": !!flags.dryRun,
          "--json": !!flags.json,
        });
        if (stdin) {
          process.exitCode = await runInstrumentStdin({
            ...stdin,
            configPath: flags.config,
            engine: typedEngineFlags(flags, command),
            ignore: flags.ignore,
            allowUnmatched: !flags.errorOnUnmatchedPattern,
            prettier: flags.prettier,
            stdout: process.stdout,
            stderr: process.stderr,
          });
          return;
        }
        process.exitCode = await runInstrument({
          paths,
          configPath: flags.config,
          engine: typedEngineFlags(flags, command),
          extensions: flags.extensions,
          ignore: flags.ignore,
          allowUnmatched: !flags.errorOnUnmatchedPattern,
          dryRun: !!flags.dryRun,
          force: !!flags.force,
          prettier: flags.prettier,
          json: !!flags.json,
          color: useColor(flags, process.stdout),
          stdout: process.stdout,
          stderr: process.stderr,
        });
      },
    );
  void instrument;

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
  program
    .command("init")
    .showHelpAfterError("Run 'sentry-ai-codemod init --help' for usage.")
    .description(
      "write a starting sentry-ai-codemod.config.json and print the commit hook for this folder's setup (pre-commit, lint-staged, husky)",
    )
    .option("--force", "replace an existing sentry-ai-codemod.config.json (or write one next to package.json's config)")
    .option(
      "--write-hook",
      "add the hook to the detected setup's file (.pre-commit-config.yaml, package.json, .husky/pre-commit)",
    )
    .addHelpText(
      "after",
      `
Exit codes: 0 written, 2 a config already exists (without --force) or the hook cannot be added safely.

Examples:
  $ sentry-ai-codemod init                      write the config, print the hook snippet
  $ sentry-ai-codemod init --write-hook         also add the hook to lint-staged, husky or pre-commit`,
    )
    .action((flags: { force?: boolean; writeHook?: boolean }) => {
      process.exitCode = runInit({
        cwd: process.cwd(),
        force: !!flags.force,
        writeHook: !!flags.writeHook,
        stdout: process.stdout,
        stderr: process.stderr,
      });
    });
  return program;
}

/**
 * A reader that stops early (`check | head -1`) closes the pipe: further output is dropped, quietly, as `git`
 * or `grep` do, and the run ends with its own exit code instead of an unhandled EPIPE.
 */
export function ignoreClosedPipes(...streams: NodeJS.WriteStream[]): void {
  for (const stream of streams) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") return;
      throw error;
    });
  }
}

export async function main(argv: string[] = process.argv): Promise<void> {
  ignoreClosedPipes(process.stdout, process.stderr);
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "commander.helpDisplayed" || code === "commander.version" || code === "commander.help") {
      process.exitCode = 0;
      return;
    }
    if (code?.startsWith("commander.")) {
      process.exitCode = EXIT_ERROR;
      return;
    }
    if (error instanceof FileListError) {
      process.stderr.write(`sentry-ai-codemod: ${error.message}\n`);
      process.exitCode = EXIT_ERROR;
      return;
    }
    throw error;
  }
}
