/** A replacement of [start, end) in the original text. Insertions have start === end. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies edits computed against the original text in one pass, from the bottom up, so earlier offsets stay
 * valid. Overlapping edits are a bug in the caller: they throw rather than corrupt the file.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let lowestStart = Number.POSITIVE_INFINITY;
  for (const edit of ordered) {
    if (edit.end > lowestStart) {
      throw new Error(`overlapping edits at offsets ${edit.start}-${edit.end}`);
    }
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    lowestStart = edit.start;
  }
  return result;
}
