import type { Command } from "commander";
import { runInit } from "./init";

/** `sentry-ai-codemod init`: its flags, help text and the run they start. */
export function addInitCommand(program: Command): void {
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
}
