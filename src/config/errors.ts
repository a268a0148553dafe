/** A config file (or a config flag such as `--severity`) that cannot be used; every problem is listed. */
export class ConfigError extends Error {
  constructor(
    /** The file at fault, or the command-line flag (`--severity`). */
    readonly source: string,
    /** Each problem as `key.path: what is wrong`. */
    readonly problems: string[],
  ) {
    super(problems.map((problem) => `${source}: ${problem}`).join("\n"));
    this.name = "ConfigError";
  }
}
