import type { Command } from "commander";
import { addEngineOptions, type EngineFlags, stdinInput, typedEngineFlags, useColor } from "../engine-flags";
import { runInstrument, runInstrumentStdin } from "./command";

/** `sentry-ai-codemod instrument`: its flags, help text and the run they start. */
export function addInstrumentCommand(program: Command): void {
  addEngineOptions(
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
}
