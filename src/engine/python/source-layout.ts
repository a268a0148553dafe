import { collect, named, type Node } from "./ast";
import { detectIndentUnit, Lines } from "./text";
import { applyPrioritizedEdits, type PrioritizedEdit } from "../../core/text/edits";

/** The file's lines as the rewrite moves code: indentation units, blank lines and multi-line strings. */
export class SourceLayout {
  readonly text: string;
  readonly newline: string;
  /** The file's indentation unit, which the appended helpers are indented with. */
  readonly fileUnit: string;
  private readonly strings: ReadonlyArray<readonly [number, number]>;
  /** Every string and comment, whose brackets and line breaks are not the code's. */
  private readonly opaque: ReadonlyArray<readonly [number, number]>;

  constructor(
    readonly lines: Lines,
    root: Node,
  ) {
    this.text = lines.text;
    this.newline = this.lines.newline;
    this.fileUnit = detectIndentUnit(
      this.lines,
      collect(root, new Set(["block"]))
        .slice(0, 50)
        .map((block) => ({
          header: block.parent?.startIndex ?? 0,
          body: named(block)[0]?.startIndex ?? block.startIndex,
        }))
        .filter(({ header, body }) => this.lines.lineOf(header) !== this.lines.lineOf(body)),
    );
    this.strings = collect(root, new Set(["string"]))
      .filter((node) => node.text.includes("\n"))
      .map((node) => [node.startIndex, node.endIndex] as const);
    this.opaque = collect(root, new Set(["string", "comment"])).map(
      (node) => [node.startIndex, node.endIndex] as const,
    );
  }

  /** The unit a block indented by `indent` steps in by. */
  unitFor(indent: string): string {
    return indent.includes("\t") ? "\t" : this.fileUnit.includes("\t") && indent ? " ".repeat(4) : this.fileUnit;
  }

  /** Inside a multi-line string, whose lines must not be indented. */
  inString(offset: number): boolean {
    return this.strings.some(([start, end]) => start < offset && offset < end);
  }

  blank(lineNo: number): boolean {
    const start = this.lines.starts[lineNo];
    return /^[ \t]*$/.test(this.text.slice(start, this.lines.lineEnd(start)));
  }

  /** One more `unit` at the start of each line in [first, last] that holds code. */
  shiftLines(first: number, last: number, unit: string): PrioritizedEdit[] {
    const edits: PrioritizedEdit[] = [];
    for (let lineNo = first; lineNo <= last; lineNo++) {
      const start = this.lines.starts[lineNo];
      if (this.blank(lineNo) || this.inString(start)) continue;
      edits.push({ start, end: start, text: unit, priority: 50, droppable: true });
    }
    return edits;
  }

  /** Source text of [start, end) re-indented so its first line's indentation becomes `indent`. */
  moved(
    start: number,
    end: number,
    indent: string,
    replacements: Array<{ start: number; end: number; text: string }>,
  ): string {
    const { lines, text } = this;
    const base = lines.indentAt(start);
    const local: PrioritizedEdit[] = replacements.map((replacement) => ({ ...replacement, priority: 60 }));
    for (let lineNo = lines.lineOf(start) + 1; lineNo <= lines.lineOf(end); lineNo++) {
      const lineStart = lines.starts[lineNo];
      if (lineStart >= end || this.blank(lineNo) || this.inString(lineStart)) continue;
      if (replacements.some((replacement) => replacement.start < lineStart && lineStart < replacement.end)) continue;
      const whitespace = /^[ \t]*/.exec(text.slice(lineStart, end))![0];
      if (!whitespace.startsWith(base)) continue;
      local.push({ start: lineStart, end: lineStart + base.length, text: indent, priority: 50 });
    }
    const moved = applyPrioritizedEdits(text, local, start, end);
    return this.breaksOutsideBrackets(start, end) ? `(${moved})` : moved;
  }

  /**
   * Whether [start, end) breaks a line outside any bracket of its own: `result.to_input_list()` then
   * `+ [...]` on the next line, which continues only inside the call's parentheses it is moved out of.
   */
  private breaksOutsideBrackets(start: number, end: number): boolean {
    const { text } = this;
    const skips = this.opaque.filter(([from, to]) => to > start && from < end);
    let depth = 0;
    for (let at = start; at < end; at++) {
      const skip = skips.find(([from, to]) => from <= at && at < to);
      if (skip) {
        at = skip[1] - 1;
        continue;
      }
      const char = text[at];
      if (char === "(" || char === "[" || char === "{") depth++;
      else if (char === ")" || char === "]" || char === "}") depth--;
      else if (char === "\n" && depth <= 0 && text[at - (text[at - 1] === "\r" ? 2 : 1)] !== "\\") return true;
    }
    return false;
  }
}
