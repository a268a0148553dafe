import { type FileSource, workingTree } from "../../core/file-source";
import { RELATIVE_IMPORT } from "./prefilter";
import { MAX_IMPORT_DEPTH, resolveRelative } from "./relative-modules";

/**
 * The project files a JavaScript/TypeScript file's analysis can read through relative imports (a client made in
 * `./lib/ai`, an agent imported from `./agents`), up to `maxDepth` imports away. The file itself is not listed.
 * Used to tell whether a result kept from an earlier run still holds.
 */
export function relativeImportClosure(
  filePath: string,
  text: string,
  /** The relative imports of each file read so far: pass the same map for a whole run so each file is read once. */
  known: Map<string, string[]> = new Map(),
  maxDepth = MAX_IMPORT_DEPTH,
  files: FileSource = workingTree,
): string[] {
  const seen = new Set<string>([filePath]);
  const reached: string[] = [];
  let frontier = targetsOf(filePath, text, files);
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const target of frontier) {
      if (seen.has(target)) continue;
      seen.add(target);
      reached.push(target);
      let targets = known.get(target);
      if (!targets) {
        // An unreadable import is still listed: its absence is part of what the result depended on.
        targets = targetsOf(target, files.readText(target) ?? "", files);
        known.set(target, targets);
      }
      next.push(...targets);
    }
    frontier = next;
  }
  return reached.sort();
}

function targetsOf(filePath: string, text: string, files: FileSource): string[] {
  const targets: string[] = [];
  for (const match of text.matchAll(RELATIVE_IMPORT)) {
    const target = resolveRelative(filePath, match[1]!, (file) => files.isFile(file));
    if (target) targets.push(target);
  }
  return targets;
}
