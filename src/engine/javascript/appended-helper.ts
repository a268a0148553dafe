import ts from "typescript";
import type { TextEdit } from "../../core/text/edits";

/**
 * The edit that appends a helper's lines (`toSpanJson`, the content gate, the stream and tool helpers) at the end
 * of the file; a first line `""` leaves a blank line before it. The file keeps its own choice of a final newline.
 */
export function appendedHelper(sourceFile: ts.SourceFile, lines: readonly string[], eol: string): TextEdit {
  const text = sourceFile.text;
  const body = lines.join(eol);
  return { start: text.length, end: text.length, text: text.endsWith("\n") ? `${body}${eol}` : `${eol}${body}` };
}

/** True when the file already declares the helper `name` (a second run must not add it again). */
export function hasTopLevelFunction(sourceFile: ts.SourceFile, name: string): boolean {
  return sourceFile.statements.some(
    (statement) => ts.isFunctionDeclaration(statement) && statement.name?.text === name,
  );
}
