/**
 * The one place that decides how a run ends. 0: clean; 1: findings (check) ; 2: usage, config or parse
 * errors. An error outranks findings: a run that could not read every file must not look merely dirty.
 */
export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

export type ExitCode = typeof EXIT_CLEAN | typeof EXIT_FINDINGS | typeof EXIT_ERROR;

export interface RunOutcome {
  /** Usage, config, parse or I/O errors met during the run. */
  errors: number;
  /** Findings at error severity (check mode); instrument counts none. */
  findings: number;
  /** Findings at warning severity, and how many `--max-warnings` allows (unset: any number). */
  warnings?: number;
  maxWarnings?: number;
}

export function exitCodeFor(outcome: RunOutcome): ExitCode {
  if (outcome.errors > 0) return EXIT_ERROR;
  if (outcome.findings > 0) return EXIT_FINDINGS;
  if (outcome.maxWarnings !== undefined && (outcome.warnings ?? 0) > outcome.maxWarnings) return EXIT_FINDINGS;
  return EXIT_CLEAN;
}
