import ts from "typescript";
import type { TextEdit } from "../../core/text/edits";
import type { CodeStyle } from "./code-style";
import { quoteString } from "./code-style";
import type { NameAllocator } from "./names";
import { skipTypeWrappers } from "./purity";

/** The file's existing namespace binding of any `@sentry/*` package: `import * as Sentry`, `const Sentry = require(...)`. */
export function existingSentryNamespace(sourceFile: ts.SourceFile): string | undefined {
  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const bindings = statement.importClause?.namedBindings;
      if (
        isSentryModule(statement.moduleSpecifier.text) &&
        bindings &&
        ts.isNamespaceImport(bindings) &&
        !statement.importClause?.isTypeOnly
      ) {
        return bindings.name.text;
      }
    }
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const initializer = declaration.initializer && skipTypeWrappers(declaration.initializer);
        if (
          ts.isIdentifier(declaration.name) &&
          initializer &&
          ts.isCallExpression(initializer) &&
          ts.isIdentifier(initializer.expression) &&
          initializer.expression.text === "require" &&
          initializer.arguments.length === 1 &&
          ts.isStringLiteral(initializer.arguments[0]) &&
          isSentryModule(initializer.arguments[0].text)
        ) {
          return declaration.name.text;
        }
      }
    }
  }
  return undefined;
}

function isSentryModule(specifier: string): boolean {
  return specifier.startsWith("@sentry/");
}

/** CommonJS when the file says so by extension, or requires modules and imports none. */
export function usesCommonJs(sourceFile: ts.SourceFile): boolean {
  const name = sourceFile.fileName.toLowerCase();
  if (name.endsWith(".cjs") || name.endsWith(".cts")) return true;
  if (name.endsWith(".mjs") || name.endsWith(".mts")) return false;
  let imports = false;
  let requires = false;
  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement) || ts.isExportAssignment(statement))
      imports = true;
    if (ts.isVariableStatement(statement) && /\brequire\s*\(/.test(statement.getText(sourceFile))) requires = true;
  }
  return requires && !imports;
}

/**
 * Adds `import * as Sentry from "<package>"` (or the require form) after the file's last top-level
 * import, or after its directives and leading comments when it has none. Returns the binding's name.
 */
export function addSentryImport(
  sourceFile: ts.SourceFile,
  sentryPackage: string,
  style: CodeStyle,
  names: NameAllocator,
): { name: string; edit: TextEdit } {
  const name = names.allocate("Sentry", ["SentryAI"]);
  const module = quoteString(sentryPackage, style);
  const semicolon = style.semicolons ? ";" : "";
  const line = usesCommonJs(sourceFile)
    ? `const ${name} = require(${module})${semicolon}`
    : `import * as ${name} from ${module}${semicolon}`;

  let anchor: ts.Statement | undefined;
  for (const statement of sourceFile.statements) {
    if (
      ts.isImportDeclaration(statement) ||
      ts.isImportEqualsDeclaration(statement) ||
      isTopLevelRequire(statement, sourceFile)
    ) {
      anchor = statement;
    } else if (!isDirective(statement)) {
      break;
    }
  }
  if (anchor) return { name, edit: { start: anchor.end, end: anchor.end, text: `${style.eol}${line}` } };

  // No imports: after directives ("use client") or at the top, below a shebang and a leading comment block.
  const directives = sourceFile.statements.filter((statement, index) =>
    sourceFile.statements.slice(0, index + 1).every(isDirective),
  );
  if (directives.length > 0) {
    const last = directives[directives.length - 1];
    return { name, edit: { start: last.end, end: last.end, text: `${style.eol}${line}` } };
  }
  const first = sourceFile.statements[0];
  const start = first ? first.getStart(sourceFile) : sourceFile.text.length;
  const lineStart = sourceFile.text.lastIndexOf("\n", start - 1) + 1;
  return { name, edit: { start: lineStart, end: lineStart, text: `${line}${style.eol}${first ? style.eol : ""}` } };
}

function isDirective(statement: ts.Statement): boolean {
  return ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression);
}

function isTopLevelRequire(statement: ts.Statement, sourceFile: ts.SourceFile): boolean {
  return (
    ts.isVariableStatement(statement) &&
    statement.declarationList.declarations.every((declaration) => {
      const initializer = declaration.initializer;
      return (
        !!initializer && /^require\s*\(|^require\s*\(.*\)\s*\.\s*\w+$/.test(initializer.getText(sourceFile).trim())
      );
    })
  );
}
