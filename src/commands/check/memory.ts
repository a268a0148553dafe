import * as v8 from "node:v8";
import * as vm from "node:vm";

/**
 * Bounds peak memory on large runs. V8 grows the heap lazily, and every parsed file leaves an AST and analysis
 * garbage behind: checking a 19,000-file tree peaked near 400 MB on one thread with V8's defaults, and under
 * 200 MB when a full collection runs after every megabyte or so of parsed source (a few dozen collections,
 * a fraction of a second in all).
 */
export const COLLECT_AFTER_PARSED_CHARACTERS = 1_000_000;

type Collect = () => void;

let collect: Collect | null | undefined;

/** V8's `gc()` without `--expose-gc` on the command line, or null where V8 refuses. */
function garbageCollector(): Collect | null {
  if (collect !== undefined) return collect;
  try {
    v8.setFlagsFromString("--expose-gc");
    collect = vm.runInNewContext("gc") as Collect;
  } catch {
    collect = null;
  }
  return collect;
}

/** Call `parsed(text.length)` after each parsed file; it collects once enough source has been parsed. */
export function parsedSourceBudget(
  threshold = COLLECT_AFTER_PARSED_CHARACTERS,
  collector: () => Collect | null = garbageCollector,
): (characters: number) => void {
  let since = 0;
  return (characters) => {
    since += characters;
    if (since < threshold) return;
    since = 0;
    collector()?.();
  };
}

/** Whether this Node lets the check collect garbage on demand (for tests and diagnostics). */
export function canCollectGarbage(): boolean {
  return garbageCollector() !== null;
}
