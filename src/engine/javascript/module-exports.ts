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
