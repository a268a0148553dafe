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

/**
 * An edit that may share its offset with others: they apply in `priority` order (lower first), which is how
 * the Python rewrite nests the text of several spans at one place.
 */
export interface PrioritizedEdit extends TextEdit {
  priority: number;
  /** Indentation shifts: dropped when the text they would indent is replaced. */
  droppable?: boolean;
}

/** Applies edits to text[start, end). Edits at one offset go in priority order; overlapping ones are an error. */
export function applyPrioritizedEdits(
  text: string,
  edits: readonly PrioritizedEdit[],
  start: number,
  end: number,
): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.priority - b.priority || a.end - b.end);
  let out = "";
  let cursor = start;
  for (const edit of sorted) {
    if (edit.start < cursor) {
      if (edit.droppable) continue;
      throw new Error(`overlapping edits at offset ${edit.start}`);
    }
    out += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + text.slice(cursor, end);
}
