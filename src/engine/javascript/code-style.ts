import ts from "typescript";
import { detectEol } from "../../core/text/eol";

/** How the file writes code, so the inserted code looks like its neighbours. */
export interface CodeStyle {
  quote: '"' | "'";
  semicolons: boolean;
  /** One level of indentation: two spaces, four, a tab... */
  indentUnit: string;
  eol: "\n" | "\r\n";
}

export function detectCodeStyle(sourceFile: ts.SourceFile): CodeStyle {
  const text = sourceFile.text;
  let single = 0;
  let double = 0;
  let withSemicolon = 0;
  let withoutSemicolon = 0;
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node)) {
      if (text[node.getStart(sourceFile)] === "'") single++;
      else double++;
    } else if (
      ts.isExpressionStatement(node) ||
      ts.isVariableStatement(node) ||
      ts.isReturnStatement(node) ||
      ts.isImportDeclaration(node)
    ) {
      if (text[node.end - 1] === ";") withSemicolon++;
      else withoutSemicolon++;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return {
    quote: single > double ? "'" : '"',
    semicolons: withSemicolon >= withoutSemicolon,
    indentUnit: detectIndentUnit(text),
    eol: detectEol(text),
  };
}

/** The smallest step between the indentation of consecutive lines; two spaces when nothing tells. */
function detectIndentUnit(text: string): string {
  let tabs = 0;
  let smallestSpaces = Number.POSITIVE_INFINITY;
  const counts = new Map<number, number>();
  let previous = 0;
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const leading = /^[ \t]*/.exec(line)![0];
    if (leading.startsWith("\t")) {
      tabs++;
      continue;
    }
    const width = leading.length;
    const step = width - previous;
    if (step > 0 && step <= 8) {
      counts.set(step, (counts.get(step) ?? 0) + 1);
      smallestSpaces = Math.min(smallestSpaces, step);
    }
    previous = width;
  }
  const spaceLines = [...counts.values()].reduce((sum, count) => sum + count, 0);
  if (tabs > spaceLines) return "\t";
  if (counts.size === 0) return "  ";
  const [mostCommon] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return " ".repeat(mostCommon);
}

export function quoteString(value: string, style: CodeStyle): string {
  const json = JSON.stringify(value);
  if (style.quote === '"') return json;
  return `'${json.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}
