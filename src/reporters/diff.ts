import { createTwoFilesPatch } from "diff";
import pc from "picocolors";

/** A unified diff of one file, colored for a terminal when `color` is set. */
export function unifiedDiff(file: string, before: string, after: string, color: boolean): string {
  const patch = createTwoFilesPatch(
    `a/${file.replace(/^\/+/, "")}`,
    `b/${file.replace(/^\/+/, "")}`,
    before,
    after,
    undefined,
    undefined,
    { context: 3 },
  );
  // The first line is the "Index"/separator header that `diff` adds; git-style diffs start at ---.
  const lines = patch.split("\n").filter((line, index) => !(index === 0 && line.startsWith("=")));
  if (!color) return lines.join("\n");
  return lines
    .map((line) => {
      if (line.startsWith("+++") || line.startsWith("---")) return pc.bold(line);
      if (line.startsWith("@@")) return pc.cyan(line);
      if (line.startsWith("+")) return pc.green(line);
      if (line.startsWith("-")) return pc.red(line);
      return line;
    })
    .join("\n");
}
