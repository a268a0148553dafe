import * as fs from "node:fs";
import { type Command, InvalidArgumentError, Option } from "commander";
import type { EngineOptions } from "../core/types";
import { DEFAULT_EXTENSIONS } from "../engine/engine";
import { shouldUseColor } from "../reporters";

/** The command-line flags `instrument` and `check` share, and what they turn into for the commands. */

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

/** A repeatable flag's values, in the order typed. */
export function collect(value: string, previous: string[]): string[] {
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

export /**
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
