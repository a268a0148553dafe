import * as path from "node:path";
import ts from "typescript";

function scriptKind(filePath: string): ts.ScriptKind {
  switch (path.extname(filePath).toLowerCase()) {
    case ".tsx":
      return ts.ScriptKind.TSX;
    case ".jsx":
      return ts.ScriptKind.JSX;
    case ".js":
    case ".mjs":
    case ".cjs":
      // JSX is common in .js files of React projects; the TSX-flavoured JS parser accepts both.
      return ts.ScriptKind.JSX;
    default:
      return ts.ScriptKind.TS;
  }
}

export interface ParsedFile {
  sourceFile: ts.SourceFile;
  /** Syntax errors: a file with any is reported and left untouched. */
  syntaxErrors: ts.DiagnosticWithLocation[];
}

/** Parses one file with parent pointers (the analysis walks up from calls). No program, no type checker. */
export function parseJavaScript(filePath: string, text: string): ParsedFile {
  const sourceFile = ts.createSourceFile(filePath, text, ts.ScriptTarget.Latest, true, scriptKind(filePath));
  const internal = sourceFile as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] };
  return { sourceFile, syntaxErrors: internal.parseDiagnostics ?? [] };
}

export function isTypeScriptFile(filePath: string): boolean {
  return [".ts", ".tsx", ".mts", ".cts"].includes(path.extname(filePath).toLowerCase());
}
