import ts from "typescript";
import { parseJavaScript } from "./parse";

/** A comment's offsets in the file's text: `//` or `/*` at `start`, `end` just past its last character. */
export interface CommentRange {
  start: number;
  end: number;
}

/**
 * Every comment of a JS/TS file, in text order, read from the parsed file: the trivia before and after each token.
 * Text that only looks like a comment (in a string, a template literal, a regex literal or JSX text) is a token
 * or JSX text, not trivia, so it is not here. Trivia scanned from a token that JSX text follows is that text, and
 * the tree's JSDoc nodes sit inside their comment: neither is scanned for comments.
 */
export function javascriptCommentRanges(filePath: string, text: string): CommentRange[] {
  const { sourceFile } = parseJavaScript(filePath, text);
  const ends = new Map<number, number>();
  const jsxTexts: ts.Node[] = [];
  const add = (ranges: readonly ts.CommentRange[] | undefined): void => {
    for (const range of ranges ?? []) ends.set(range.pos, range.end);
  };
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.JsxText) {
      jsxTexts.push(node);
      return;
    }
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const children = node.getChildren(sourceFile);
    if (children.length === 0) {
      add(ts.getLeadingCommentRanges(text, node.pos));
      add(ts.getTrailingCommentRanges(text, node.end));
    }
    children.forEach(visit);
  };
  visit(sourceFile);
  const inJsxText = (start: number) => jsxTexts.some((node) => start >= node.pos && start < node.end);
  return [...ends]
    .filter(([start]) => !inJsxText(start))
    .sort(([a], [b]) => a - b)
    .map(([start, end]) => ({ start, end }));
}
