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

/**
 * The last file parsed: `check` analyses a file and then lints its hand-written spans, and both parse the same
 * text. The tree is never modified, so sharing it is safe; one entry keeps memory flat on large runs.
 */
let lastParsed: { filePath: string; text: string; parsed: ParsedFile } | undefined;

/** Parses one file with parent pointers (the analysis walks up from calls). No program, no type checker. */
export function parseJavaScript(filePath: string, text: string): ParsedFile {
  if (lastParsed && lastParsed.filePath === filePath && lastParsed.text === text) return lastParsed.parsed;
  const sourceFile = ts.createSourceFile(filePath, text, ts.ScriptTarget.Latest, true, scriptKind(filePath));
  const internal = sourceFile as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] };
  const parsed = { sourceFile, syntaxErrors: internal.parseDiagnostics ?? [] };
  lastParsed = { filePath, text, parsed };
  return parsed;
}

export function isTypeScriptFile(filePath: string): boolean {
  return [".ts", ".tsx", ".mts", ".cts"].includes(path.extname(filePath).toLowerCase());
}
