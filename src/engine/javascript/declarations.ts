import ts from "typescript";
import { skipTypeWrappers } from "./purity";

/** Where a name is declared: the scope walk every tracer of a file shares. */

/** The declaration an identifier refers to, found by walking out through the enclosing scopes. */
export function findDeclaration(identifier: ts.Identifier): ts.Node | undefined {
  const name = identifier.text;
  let current: ts.Node | undefined = identifier.parent;
  while (current) {
    const found = declarationIn(current, name);
    if (found) return found;
    current = current.parent;
  }
  return undefined;
}

function declarationIn(scope: ts.Node, name: string): ts.Node | undefined {
  if (ts.isFunctionLike(scope)) {
    for (const parameter of scope.parameters) {
      const found = bindingNamed(parameter.name, name, parameter);
      if (found) return found;
    }
    if ((ts.isFunctionExpression(scope) || ts.isClassExpression(scope)) && scope.name?.text === name) return scope;
  }
  if (ts.isCatchClause(scope) && scope.variableDeclaration) {
    return bindingNamed(scope.variableDeclaration.name, name, scope.variableDeclaration);
  }
  if (
    (ts.isForStatement(scope) || ts.isForOfStatement(scope) || ts.isForInStatement(scope)) &&
    scope.initializer &&
    ts.isVariableDeclarationList(scope.initializer)
  ) {
    for (const declaration of scope.initializer.declarations) {
      const found = bindingNamed(declaration.name, name, declaration);
      if (found) return found;
    }
  }
  const statements =
    ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope)
      ? scope.statements
      : ts.isCaseClause(scope) || ts.isDefaultClause(scope)
        ? scope.statements
        : undefined;
  return statements && statementDeclarations(scope, statements).get(name);
}

function statementDeclarations(scope: ts.Node, statements: ts.NodeArray<ts.Statement>): Map<string, ts.Node> {
  let index = declarationsByScope.get(scope);
  if (index) return index;
  index = new Map();
  const declare = (name: string, declaration: ts.Node): void => {
    if (!index!.has(name)) index!.set(name, declaration);
  };
  for (const statement of statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations)
        declareBinding(declaration.name, declaration, declare);
    } else if (
      ts.isFunctionDeclaration(statement) ||
      ts.isClassDeclaration(statement) ||
      ts.isEnumDeclaration(statement)
    ) {
      if (statement.name) declare(statement.name.text, statement);
    } else if (ts.isImportDeclaration(statement) && statement.importClause) {
      const clause = statement.importClause;
      if (clause.name) declare(clause.name.text, clause);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) declare(bindings.name.text, bindings);
      if (bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements) declare(element.name.text, element);
    } else if (ts.isImportEqualsDeclaration(statement)) {
      declare(statement.name.text, statement);
    }
  }
  declarationsByScope.set(scope, index);
  return index;
}

/**
 * The names a block's statements declare, each mapped to its declaration (the first one wins), built once per
 * block: a bundle's top level has thousands of statements and every identifier lookup would rescan them.
 */
const declarationsByScope = new WeakMap<ts.Node, Map<string, ts.Node>>();

/** Every name a binding declares: the declaration itself for a plain name, the element inside a pattern. */
function declareBinding(
  binding: ts.BindingName,
  declaration: ts.Node,
  declare: (name: string, node: ts.Node) => void,
): void {
  if (ts.isIdentifier(binding)) return declare(binding.text, declaration);
  for (const element of binding.elements) {
    if (ts.isOmittedExpression(element)) continue;
    if (ts.isIdentifier(element.name)) declare(element.name.text, element);
    else declareBinding(element.name, declaration, declare);
  }
}

function bindingNamed(binding: ts.BindingName, name: string, declaration: ts.Node): ts.Node | undefined {
  if (ts.isIdentifier(binding)) return binding.text === name ? declaration : undefined;
  for (const element of binding.elements) {
    if (ts.isOmittedExpression(element)) continue;
    if (ts.isIdentifier(element.name) && element.name.text === name) {
      return element;
    }
    const nested = bindingNamed(element.name, name, declaration);
    if (nested) return nested;
  }
  return undefined;
}

export function enclosingClass(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  let current: ts.Node | undefined = node.parent;
  while (current) {
    if (ts.isClassLike(current)) return current;
    current = current.parent;
  }
  return undefined;
}

/** The parameter property `name` a constructor declares (`constructor(private client: OpenAI)`), if any. */
export function parameterPropertyNamed(
  constructor: ts.ConstructorDeclaration,
  name: string,
): ts.ParameterDeclaration | undefined {
  return constructor.parameters.find(
    (parameter) =>
      (ts.getModifiers(parameter)?.length ?? 0) > 0 && ts.isIdentifier(parameter.name) && parameter.name.text === name,
  );
}

export function functionLikeOf(declaration: ts.Node): (ts.SignatureDeclaration & { body?: ts.Node }) | undefined {
  if (ts.isFunctionDeclaration(declaration)) return declaration;
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
    const initializer = skipTypeWrappers(declaration.initializer);
    if (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer)) return initializer;
  }
  return undefined;
}

export function isLocallyDeclaredType(sourceFile: ts.SourceFile, name: string): boolean {
  return sourceFile.statements.some(
    (statement) =>
      (ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isClassDeclaration(statement)) &&
      statement.name?.text === name,
  );
}
