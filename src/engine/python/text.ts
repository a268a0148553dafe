import { LineMap } from "../../core/text/lines";
import type { SourceRange } from "../../core/types";

/** Line arithmetic over the original text. Offsets are JavaScript string indices (as tree-sitter reports them). */
export class Lines extends LineMap {
  readonly newline: string;

  constructor(readonly text: string) {
    super(text);
    const firstNewline = text.indexOf("\n");
    this.newline = firstNewline > 0 && text[firstNewline - 1] === "\r" ? "\r\n" : "\n";
  }

  lineStart(offset: number): number {
    return this.starts[this.lineOf(offset)];
  }

  /** Offset of the line break (or end of text) ending the line that holds `offset`. */
  lineEnd(offset: number): number {
    const line = this.lineOf(offset);
    let end = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
    if (end > 0 && this.text[end - 1] === "\r" && end <= this.text.length && this.text[end] === "\n") end -= 1;
    return end;
  }

  /** The whitespace that starts the line holding `offset`. */
  indentAt(offset: number): string {
    const start = this.lineStart(offset);
    let end = start;
    while (end < this.text.length && (this.text[end] === " " || this.text[end] === "\t")) end++;
    return this.text.slice(start, end);
  }

  /** Only whitespace between the start of its line and `offset`. */
  startsLine(offset: number): boolean {
    return /^[ \t]*$/.test(this.text.slice(this.lineStart(offset), offset));
  }

  /** Only whitespace or a comment between `offset` and the end of its line. */
  endsLine(offset: number): boolean {
    return /^[ \t]*(#.*)?$/.test(this.text.slice(offset, this.lineEnd(offset)));
  }

  range(start: number, end: number): SourceRange {
    return { start: this.position(start), end: this.position(end) };
  }
}

/** A Python string literal for a JavaScript string (JSON's escapes are all valid in Python). */
export function pyString(value: string): string {
  return JSON.stringify(value);
}

/**
 * The file's indentation unit: the step between a block's header line and its first statement, taken from
 * the first block that has one. Tabs, or any number of spaces; four spaces when the file has no block.
 */
export function detectIndentUnit(lines: Lines, blockSteps: Array<{ header: number; body: number }>): string {
  for (const { header, body } of blockSteps) {
    const outer = lines.indentAt(header);
    const inner = lines.indentAt(body);
    if (inner.length > outer.length && inner.startsWith(outer)) return inner.slice(outer.length);
  }
  return "    ";
}
