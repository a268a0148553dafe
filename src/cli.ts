import { Command } from "commander";
import { addCheckCommand } from "./commands/check/options";
import { EXIT_ERROR } from "./commands/exit-codes";
import { FileListError } from "./commands/files";
import { addInitCommand } from "./commands/init-options";
import { addInstrumentCommand } from "./commands/instrument/options";

// The version is read at run time so that the built file and package.json never disagree.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION: string = (require("../../package.json") as { version: string }).version;

/** The commander program; each command's flags and help live beside the command (src/commands/). */
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

  addInstrumentCommand(program);
  addCheckCommand(program);
  addInitCommand(program);
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
