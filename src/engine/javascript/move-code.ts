import ts from "typescript";

export interface Replacement {
  start: number;
  end: number;
  text: string;
}

/**
 * The source text of `node` as it will read at a new indentation: each line after the first that starts
 * with the node's original line indentation starts with `toIndent` instead, except lines that begin inside
 * a string or template literal (their whitespace is part of a value). `replacements` (absolute offsets,
 * inside the node) are spliced in on the way; an insertion (`start === end`) goes before a replacement that
 * starts where it does, and one at the node's end is written too.
 */
export function moveNode(
  node: ts.Node,
  sourceFile: ts.SourceFile,
  replacements: readonly Replacement[],
  toIndent: string,
): string {
  const text = sourceFile.text;
  const start = node.getStart(sourceFile);
  const end = node.end;
  const fromIndent = indentationOfLine(text, start);
  const protectedStarts = literalLineStarts(node, sourceFile);
  const ordered = [...replacements].sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start));
  let result = "";
  let position = start;
  let next = 0;
  while (position < end) {
    const replacement = ordered[next];
    if (replacement && replacement.start === position) {
      result += replacement.text;
      position = replacement.end;
      next++;
      continue;
    }
    const character = text[position];
    result += character;
    position++;
    if (character === "\n" && position < end && !protectedStarts.has(position) && fromIndent !== toIndent) {
      if (text.startsWith(fromIndent, position) && !/^[ \t]*\r?$/.test(lineAt(text, position))) {
        result += toIndent;
        position += fromIndent.length;
      }
    }
  }
  for (const insertion of ordered.slice(next)) if (insertion.start === end) result += insertion.text;
  return result;
}

function lineAt(text: string, offset: number): string {
  const newline = text.indexOf("\n", offset);
  return text.slice(offset, newline === -1 ? text.length : newline);
}

export function indentationOfLine(text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** Absolute offsets of the lines that begin inside a string, template or JSX text within `node`. */
function literalLineStarts(node: ts.Node, sourceFile: ts.SourceFile): Set<number> {
  const text = sourceFile.text;
  const starts = new Set<number>();
  const visit = (child: ts.Node): void => {
    if (
      ts.isStringLiteral(child) ||
      ts.isNoSubstitutionTemplateLiteral(child) ||
      ts.isTemplateHead(child) ||
      ts.isTemplateMiddle(child) ||
      ts.isTemplateTail(child) ||
      ts.isJsxText(child)
    ) {
      for (let index = child.getStart(sourceFile); index < child.end - 1; index++) {
        if (text[index] === "\n") starts.add(index + 1);
      }
      return;
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return starts;
}
