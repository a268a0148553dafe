/** A config file (or a config flag such as `--severity`) that cannot be used; every problem is listed. */
export class ConfigError extends Error {
  constructor(
    /** The file at fault, or the command-line flag (`--severity`). */
    readonly source: string,
    /** Each problem as `key.path: what is wrong`. */
    readonly problems: string[],
    /** Where in the file, when the file itself does not parse (JSON syntax). */
    readonly position?: { line: number; column: number },
  ) {
    super(problems.map((problem) => `${ConfigError.where(source, position)}: ${problem}`).join("\n"));
    this.name = "ConfigError";
  }

  /** Each problem as one line: `file[:line:col]: problem`. */
  lines(): string[] {
    return this.problems.map((problem) => `${ConfigError.where(this.source, this.position)}: ${problem}`);
  }

  private static where(source: string, position?: { line: number; column: number }): string {
    return position ? `${source}:${position.line}:${position.column}` : source;
  }
}
