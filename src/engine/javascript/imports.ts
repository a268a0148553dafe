import ts from "typescript";
import { skipTypeWrappers } from "./purity";

/** What a file imports and exports, in ESM and CommonJS. */

export interface ImportBinding {
  module: string;
  /** "default", "*" for a namespace import, or the named export. */
  exportName: string;
}

/** The names this file imports (ESM, `import x = require()`, top-level `require`), each with its module and export. */
export function collectImports(sourceFile: ts.SourceFile): Map<string, ImportBinding> {
  const imports = new Map<string, ImportBinding>();
  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const module = statement.moduleSpecifier.text;
      const clause = statement.importClause;
      if (!clause) continue;
      if (clause.name) imports.set(clause.name.text, { module, exportName: "default" });
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) imports.set(bindings.name.text, { module, exportName: "*" });
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          imports.set(element.name.text, { module, exportName: (element.propertyName ?? element.name).text });
        }
      }
    } else if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)) {
      const expression = statement.moduleReference.expression;
      if (ts.isStringLiteral(expression))
        imports.set(statement.name.text, { module: expression.text, exportName: "*" });
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) collectRequire(declaration, imports);
    }
  }
  return imports;
}

/** `const OpenAI = require("openai")`, `const { OpenAI } = require("openai")`, `require("openai").default`. */
function collectRequire(declaration: ts.VariableDeclaration, imports: Map<string, ImportBinding>): void {
  const required = declaration.initializer && requiredModule(declaration.initializer);
  if (!required) return;
  if (ts.isIdentifier(declaration.name)) {
    // A CommonJS require of an ES module's default export class works like the default import.
    imports.set(declaration.name.text, { module: required.module, exportName: required.member ?? "default" });
  } else if (ts.isObjectBindingPattern(declaration.name)) {
    for (const element of declaration.name.elements) {
      if (!ts.isIdentifier(element.name)) continue;
      const exported =
        element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : element.name.text;
      imports.set(element.name.text, { module: required.module, exportName: exported });
    }
  }
}

export function requiredModule(initializer: ts.Expression): { module: string; member?: string } | undefined {
  let expression = skipTypeWrappers(initializer);
  let member: string | undefined;
  if (ts.isPropertyAccessExpression(expression)) {
    member = expression.name.text;
    expression = skipTypeWrappers(expression.expression);
  }
  if (
    ts.isCallExpression(expression) &&
    ts.isIdentifier(expression.expression) &&
    expression.expression.text === "require" &&
    expression.arguments.length === 1 &&
    ts.isStringLiteral(expression.arguments[0])
  ) {
    return { module: expression.arguments[0].text, member };
  }
  return undefined;
}

/** A Sentry SDK package (`@sentry/node`, `@sentry/nextjs`, ...): its exports are Sentry's, never an AI SDK's. */
export function isSentryModule(specifier: string): boolean {
  return specifier.startsWith("@sentry/");
}

export function isRelative(specifier: string): boolean {
  return specifier.startsWith("./") || specifier.startsWith("../");
}

export function isImportDeclarationNode(node: ts.Node): boolean {
  return (
    ts.isImportClause(node) ||
    ts.isImportSpecifier(node) ||
    ts.isNamespaceImport(node) ||
    ts.isImportEqualsDeclaration(node)
  );
}

export function isRequireDeclaration(node: ts.Node): boolean {
  let declaration: ts.Node = node;
  if (ts.isBindingElement(declaration)) {
    declaration = declaration.parent.parent;
  }
  return (
    ts.isVariableDeclaration(declaration) &&
    !!declaration.initializer &&
    !!requiredModule(declaration.initializer) &&
    ts.isSourceFile(declaration.parent.parent.parent)
  );
}

export function hasExportModifier(node: ts.Node): boolean {
  return (
    !!ts.canHaveModifiers(node) &&
    !!ts.getModifiers(node)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
  );
}

export function isModuleExports(node: ts.PropertyAccessExpression): boolean {
  return ts.isIdentifier(node.expression) && node.expression.text === "module" && node.name.text === "exports";
}

export function isExportsObject(node: ts.Expression): boolean {
  return (
    (ts.isIdentifier(node) && node.text === "exports") || (ts.isPropertyAccessExpression(node) && isModuleExports(node))
  );
}
