import ts from "typescript";
import { type Evaluation, isClientValue, OTHER, UNKNOWN } from "./evaluation";
import { hasExportModifier, isExportsObject, isModuleExports, isRelative } from "./imports";
import { skipTypeWrappers } from "./purity";

/** What reading a file's exports needs of the resolver of that file. */
export interface ExportingFile {
  readonly sourceFile: ts.SourceFile;
  evaluate(node: ts.Expression): Evaluation;
  evaluateIdentifier(identifier: ts.Identifier): Evaluation;
  evaluateObjectProperty(literal: ts.ObjectLiteralExpression, name: string): Evaluation;
  exportOf(specifier: string, exportName: string): Evaluation | undefined;
}

/** The value a file exports as `exportName`: ESM exports and re-exports, CommonJS `module.exports` and `exports.x`. */
export function evaluateExport(file: ExportingFile, exportName: string): Evaluation {
  for (const statement of file.sourceFile.statements) {
    if (ts.isVariableStatement(statement) && hasExportModifier(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === exportName) {
          return file.evaluateIdentifier(declaration.name);
        }
      }
    }
    if (ts.isFunctionDeclaration(statement) && hasExportModifier(statement) && statement.name?.text === exportName) {
      return OTHER;
    }
    if (ts.isExportAssignment(statement) && exportName === "default") return file.evaluate(statement.expression);
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const specifier of statement.exportClause.elements) {
        if (specifier.name.text !== exportName) continue;
        const localName = (specifier.propertyName ?? specifier.name).text;
        if (statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
          return file.exportOf(statement.moduleSpecifier.text, localName) ?? UNKNOWN;
        }
        return evaluateTopLevelName(file, localName);
      }
    }
    if (ts.isExportDeclaration(statement) && !statement.exportClause && statement.moduleSpecifier) {
      const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      const reexported = isRelative(specifier) ? file.exportOf(specifier, exportName) : undefined;
      if (reexported && isClientValue(reexported)) return reexported;
    }
    // CommonJS: module.exports = { client }, module.exports.client = ..., exports.client = ...
    if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression)) {
      const { left, right } = statement.expression;
      const target = ts.isPropertyAccessExpression(left) ? left : undefined;
      if (target && isModuleExports(target) && ts.isObjectLiteralExpression(skipTypeWrappers(right))) {
        return file.evaluateObjectProperty(skipTypeWrappers(right) as ts.ObjectLiteralExpression, exportName);
      }
      if (target && target.name.text === exportName && isExportsObject(target.expression)) {
        return file.evaluate(right);
      }
    }
  }
  return UNKNOWN;
}

function evaluateTopLevelName(file: ExportingFile, name: string): Evaluation {
  for (const statement of file.sourceFile.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === name) {
          return file.evaluateIdentifier(declaration.name);
        }
      }
    }
  }
  return UNKNOWN;
}

/** Where a file's export is written: the expression (or declared name) holding its value, or the module it re-exports it from. */
export type ExportedNode = { expression: ts.Expression } | { reexport: { specifier: string; exportName: string } };

/**
 * The node that holds the value a file exports as `exportName`, for finders that trace values of their own
 * (agents) across files: `export const x = ...`, `export { x }`, `export default x`, re-exports, and CommonJS.
 */
export function exportedNode(sourceFile: ts.SourceFile, exportName: string): ExportedNode | undefined {
  for (const statement of sourceFile.statements) {
    if (ts.isVariableStatement(statement) && hasExportModifier(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === exportName)
          return { expression: declaration.name };
      }
    }
    if (ts.isExportAssignment(statement) && exportName === "default") return { expression: statement.expression };
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const specifier of statement.exportClause.elements) {
        if (specifier.name.text !== exportName) continue;
        const localName = specifier.propertyName ?? specifier.name;
        if (statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
          return { reexport: { specifier: statement.moduleSpecifier.text, exportName: localName.text } };
        }
        return ts.isIdentifier(localName) ? { expression: localName } : undefined;
      }
    }
    if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression)) {
      const { left, right } = statement.expression;
      const target = ts.isPropertyAccessExpression(left) ? left : undefined;
      const object = skipTypeWrappers(right);
      if (target && isModuleExports(target) && ts.isObjectLiteralExpression(object)) {
        for (const property of object.properties) {
          if (ts.isShorthandPropertyAssignment(property) && property.name.text === exportName)
            return { expression: property.name };
          if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && property.name.text === exportName)
            return { expression: property.initializer };
        }
      }
      if (target && isModuleExports(target) && exportName === "default") return { expression: right };
      if (target && target.name.text === exportName && isExportsObject(target.expression)) return { expression: right };
    }
  }
  // `export * from "./agents"`: the first relative module that has it.
  for (const statement of sourceFile.statements) {
    if (
      ts.isExportDeclaration(statement) &&
      !statement.exportClause &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      if (isRelative(statement.moduleSpecifier.text))
        return { reexport: { specifier: statement.moduleSpecifier.text, exportName } };
    }
  }
  return undefined;
}
