import * as path from "node:path";
import ts from "typescript";
import { hasExportModifier } from "./imports";
import { exportedNode } from "./module-exports";
import { lineOf, type PromiseHelperCall, type PromiseHelperCallIndex, promiseHelperOn } from "./promise-helper-calls";

/**
 * An SDK call returned as is from a function whose caller reads `.withResponse()` / `.asResponse()` on the result
 * (Stainless clients' `APIPromise`). A span returns a plain Promise without them, so wrapping the call would break
 * that caller (TS2339, and a TypeError at run time): such a call is left alone, with the caller in its reason.
 */

/** The function that returns `node` as is (`return client.x.create(...)`, `() => client.x.create(...)`). */
export interface ReturningFunction {
  fn: ts.SignatureDeclaration;
  /** Its name: the declaration's, or the variable's it is assigned to. */
  name?: ts.Identifier;
}

export function returningFunction(node: ts.Expression): ReturningFunction | undefined {
  let returned: ts.Node = node;
  while (ts.isParenthesizedExpression(returned.parent) || ts.isAsExpression(returned.parent))
    returned = returned.parent;
  const parent = returned.parent;
  let fn: ts.SignatureDeclaration | undefined;
  if (ts.isReturnStatement(parent)) fn = ts.findAncestor(parent, ts.isFunctionLike);
  else if (ts.isArrowFunction(parent) && parent.body === returned) fn = parent;
  if (!fn) return undefined;
  if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) && fn.name && ts.isIdentifier(fn.name))
    return { fn, name: fn.name };
  if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent))
    return { fn, name: ts.isIdentifier(fn.parent.name) ? fn.parent.name : undefined };
  return { fn };
}

/** The helper call on the result of the named function `name` in this file (`ask(q).withResponse()`), if any. */
export function sameFileHelperCaller(
  sourceFile: ts.SourceFile,
  name: string,
): { helper: string; line: number } | undefined {
  let found: { helper: string; line: number } | undefined;
  const visit = (candidate: ts.Node): void => {
    if (found) return;
    const helper = promiseHelperOn(candidate);
    if (helper) {
      const callee = helper.call.expression;
      const calledName = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : undefined;
      if (calledName === name) {
        found = { helper: helper.name, line: lineOf(sourceFile, helper.nameNode) };
        return;
      }
    }
    ts.forEachChild(candidate, visit);
  };
  visit(sourceFile);
  return found;
}

/**
 * The first call, in another file of the project, that imports the function `returning` from this file and reads a
 * promise helper on its result. Only exported functions are looked up, and the project's files are read only then.
 */
export function helperCallerElsewhere(
  sourceFile: ts.SourceFile,
  returning: ReturningFunction,
  calls: PromiseHelperCallIndex,
  projectRoot: string,
): PromiseHelperCall | undefined {
  if (!isTopLevel(returning.fn)) return undefined;
  const exportNames = exportNamesOf(sourceFile, returning);
  if (exportNames.length === 0) return undefined;
  const file = path.resolve(sourceFile.fileName);
  return exportNames.flatMap((exportName) => calls.callsOf(projectRoot, file, exportName))[0];
}

/** A function made at the file's top level (`function ask`, `const ask = () =>`, `exports.ask = ...`): the ones other files import. */
function isTopLevel(fn: ts.SignatureDeclaration): boolean {
  if (ts.isFunctionDeclaration(fn)) return ts.isSourceFile(fn.parent);
  const parent = fn.parent;
  if (ts.isExportAssignment(parent)) return true; // export default () => ...
  if (ts.isBinaryExpression(parent)) return ts.isSourceFile(parent.parent.parent); // exports.ask = () => ...
  return ts.isVariableDeclaration(parent) && ts.isSourceFile(parent.parent.parent.parent);
}

/** The names this file exports `returning` under: `export function ask`, `export const ask = ...`, `export { ask as q }`, `export default`, CommonJS. */
function exportNamesOf(sourceFile: ts.SourceFile, returning: ReturningFunction): string[] {
  const { fn, name } = returning;
  const names = new Set<string>();
  if (ts.isFunctionDeclaration(fn) && hasExportModifier(fn)) {
    const isDefault = fn.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword);
    if (isDefault) names.add("default");
    else if (name) names.add(name.text);
  }
  const candidates = new Set<string>(["default"]);
  if (name) candidates.add(name.text);
  // `export { ask as question }`, `module.exports = { question: ask }`: the names other files import it by.
  for (const statement of sourceFile.statements) {
    if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause) {
      if (ts.isNamedExports(statement.exportClause))
        statement.exportClause.elements.forEach((element) => candidates.add(element.name.text));
    }
    if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression)) {
      const { left, right } = statement.expression;
      if (ts.isPropertyAccessExpression(left)) candidates.add(left.name.text);
      if (ts.isObjectLiteralExpression(right))
        right.properties.forEach((property) => {
          if (property.name && ts.isIdentifier(property.name)) candidates.add(property.name.text);
        });
    }
  }
  for (const candidate of candidates) {
    const exported = exportedNode(sourceFile, candidate);
    if (!exported || !("expression" in exported)) continue;
    const expression = exported.expression;
    if (expression === fn || (name && ts.isIdentifier(expression) && expression.text === name.text))
      names.add(candidate);
  }
  return [...names];
}
