import * as path from "node:path";
import picomatch from "picomatch";
import type { ResolvedConfig } from "./types";

/**
 * Which listed files a run keeps: the config's include/exclude globs (relative to the config's folder) and
 * --ignore globs (relative to the working directory). `instrument` and `check` select files with this same test.
 */
export function configFileFilter(
  config: ResolvedConfig,
  cwd: string,
  ignore: readonly string[],
): (absolutePath: string) => boolean {
  const included = config.include.length > 0 ? picomatch(config.include, { dot: true }) : undefined;
  const excluded = config.exclude.length > 0 ? picomatch(config.exclude, { dot: true }) : undefined;
  const ignored = ignore.length > 0 ? picomatch([...ignore], { dot: true }) : undefined;
  if (!included && !excluded && !ignored) return () => true;
  return (absolutePath) => {
    const fromBase = toPosix(path.relative(config.baseDir, absolutePath));
    if (included && !included(fromBase)) return false;
    if (excluded?.(fromBase)) return false;
    return !ignored?.(toPosix(path.relative(cwd, absolutePath)));
  };
}

function toPosix(file: string): string {
  return file.split(path.sep).join("/");
}
