import type { SourcePosition } from "../types";

/** Offset -> line/column, with the line starts computed once per text. */
export class LineMap {
  /** Offset of the first character of each line. */
  readonly starts: number[] = [0];

  constructor(text: string) {
    for (let index = 0; index < text.length; index++) {
      if (text.charCodeAt(index) === 10) this.starts.push(index + 1);
    }
  }

  /** 0-based line number of an offset. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** 1-based line and column of an offset. */
  position(offset: number): SourcePosition {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.starts[line] + 1 };
  }
}
