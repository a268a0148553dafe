import ts from "typescript";
import type { SdkCatalog } from "../../sdks/registry";
import type { ClientKind, SdkDescriptor, SdkEntry } from "../../sdks/types/calls";
import { PROVIDER_BY_BASE_URL_HOST } from "../../sdks/openai/calls";
import { skipTypeWrappers } from "./purity";

/** Where a client's fixed model comes from: a literal at creation, or a field read at run time. */
export type ModelSource = { literal: string } | { runtimeField: string };

export interface ClientValue {
  sdk: SdkDescriptor;
  kind: ClientKind;
  system: string;
  model?: ModelSource;
}

/** What the tool knows about an expression's value. `other` is known not to be a client. */
export type Evaluation =
  | { type: "client"; client: ClientValue }
  | { type: "other" }
  | { type: "unknown" };

const OTHER: Evaluation = { type: "other" };
const UNKNOWN: Evaluation = { type: "unknown" };

export interface ImportBinding {
  module: string;
  /** "default", "*" for a namespace import, or the named export. */
  exportName: string;
}

/** Loads and resolves other files of the project (relative imports). Shared across a run. */
export interface ModuleLoader {
  /** The value exported as `exportName` by the module `specifier` imported from `fromFile`. */
  resolveExport(fromFile: string, specifier: string, exportName: string, depth: number): Evaluation;
}

const MAX_DEPTH = 6;

/**
 * Traces receivers to the clients that create them, within one file: imports (ESM and require),
 * variables, class fields (initialisers, constructor assignments, parameter properties), type
 * annotations, local factory functions, and (through the loader) exports of other project files.
 */
export class ReceiverResolver {
  readonly imports = new Map<string, ImportBinding>();
  private readonly cache = new Map<ts.Node, Evaluation | "pending">();
  /** Per `let`/`var` declaration: one scan of its scope for later assignments, however often it is read. */
  private readonly assignmentCache = new Map<ts.VariableDeclaration, Evaluation>();

  constructor(
    readonly sourceFile: ts.SourceFile,
    readonly catalog: SdkCatalog,
    private readonly loader?: ModuleLoader,
    private readonly depth = 0,
  ) {
    this.collectImports();
  }

  /** True when the file imports anything the catalog knows. */
  importsKnownSdk(): boolean {
    for (const binding of this.imports.values()) if (this.catalog.sdkForModule(binding.module)) return true;
    return false;
  }

  evaluate(node: ts.Expression): Evaluation {
    const cached = this.cache.get(node);
    if (cached === "pending") return UNKNOWN;
    if (cached) return cached;
    this.cache.set(node, "pending");
    const result = this.evaluateUncached(skipTypeWrappers(node));
    this.cache.set(node, result);
    return result;
  }

  /** The SDK entry an identifier or `namespace.name` refers to, when it is an import of a known module. */
  sdkEntryOf(node: ts.Expression): { sdk: SdkDescriptor; entry: SdkEntry; module: string } | undefined {
    const expression = skipTypeWrappers(node);
    let binding: ImportBinding | undefined;
    if (ts.isIdentifier(expression)) {
      binding = this.importBindingOf(expression);
    } else if (ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.expression)) {
      const namespace = this.importBindingOf(expression.expression);
      if (namespace && (namespace.exportName === "*" || namespace.exportName === "default")) {
        binding = { module: namespace.module, exportName: expression.name.text };
      }
    }
    if (!binding) return undefined;
    const found = this.catalog.entry(binding.module, binding.exportName);
    return found && { ...found, module: binding.module };
  }

  /** The import an identifier refers to, unless a local declaration shadows it. */
  importBindingOf(identifier: ts.Identifier): ImportBinding | undefined {
    // Most identifiers are not imported names: skip the scope walk for them.
    if (!this.imports.has(identifier.text)) return undefined;
    const declaration = findDeclaration(identifier);
    if (!declaration) return undefined;
    if (isImportDeclarationNode(declaration) || isRequireDeclaration(declaration)) {
      return this.imports.get(identifier.text);
    }
    return undefined;
  }

  private evaluateUncached(expression: ts.Expression): Evaluation {
    if (ts.isAwaitExpression(expression)) return this.evaluate(expression.expression);
    if (ts.isNewExpression(expression)) return this.evaluateConstruction(expression.expression, expression.arguments);
    if (ts.isCallExpression(expression)) return this.evaluateCall(expression);
    if (ts.isIdentifier(expression)) return this.evaluateIdentifier(expression);
    if (ts.isPropertyAccessExpression(expression)) return this.evaluateMember(expression);
    if (ts.isConditionalExpression(expression)) {
      const whenTrue = this.evaluate(expression.whenTrue);
      return whenTrue.type === "client" ? whenTrue : this.evaluate(expression.whenFalse);
    }
    if (ts.isBinaryExpression(expression)) {
      // `cached ?? new OpenAI()` and `x || new OpenAI()` lazy singletons.
      const operator = expression.operatorToken.kind;
      if (
        operator === ts.SyntaxKind.QuestionQuestionToken ||
        operator === ts.SyntaxKind.BarBarToken ||
        operator === ts.SyntaxKind.EqualsToken ||
        operator === ts.SyntaxKind.QuestionQuestionEqualsToken
      ) {
        const right = this.evaluate(expression.right);
        return right.type === "client" ? right : this.evaluate(expression.left);
      }
    }
    if (expression.kind === ts.SyntaxKind.ThisKeyword || ts.isObjectLiteralExpression(expression) || ts.isLiteralExpression(expression)) {
      return OTHER;
    }
    return UNKNOWN;
  }

  private evaluateConstruction(callee: ts.Expression, args: ts.NodeArray<ts.Expression> | undefined): Evaluation {
    const found = this.sdkEntryOf(callee);
    if (found) {
      if (found.entry.how !== "construct" || !found.entry.produces) return OTHER;
      const kindEntry = this.catalog.kind(found.entry.produces);
      if (!kindEntry) return OTHER;
      const options = args?.[0];
      const system =
        (found.sdk.providerFromBaseUrl && options && providerFromBaseUrl(options)) ||
        found.entry.system ||
        found.sdk.system;
      const model = options ? modelAtCreation(kindEntry.kind, options) : undefined;
      return { type: "client", client: { sdk: found.sdk, kind: kindEntry.kind, system, model } };
    }
    // A class from somewhere else: not an SDK client unless it is a project file re-exporting one.
    const target = skipTypeWrappers(callee);
    if (ts.isIdentifier(target)) {
      const binding = this.importBindingOf(target);
      if (binding && isRelative(binding.module) && this.loader && this.depth < MAX_DEPTH) {
        const exported = this.loader.resolveExport(this.sourceFile.fileName, binding.module, binding.exportName, this.depth + 1);
        return exported.type === "client" ? exported : OTHER;
      }
    }
    return OTHER;
  }

  private evaluateCall(call: ts.CallExpression): Evaluation {
    const callee = skipTypeWrappers(call.expression);
    const entry = this.sdkEntryOf(callee);
    if (entry) {
      return entry.entry.how === "construct" ? this.evaluateConstruction(callee, call.arguments) : OTHER;
    }
    if (ts.isPropertyAccessExpression(callee)) {
      const produced = this.evaluateFactoryCall(callee, call.arguments);
      if (produced) return produced;
    }
    if (ts.isIdentifier(callee)) {
      const declaration = findDeclaration(callee);
      const body = declaration && functionLikeOf(declaration);
      if (body) return this.evaluateReturns(body);
      const binding = this.importBindingOf(callee);
      if (binding && !isRelative(binding.module)) return OTHER;
    }
    return UNKNOWN;
  }

  /** `genAI.getGenerativeModel({ model })`, `ai.chats.create({ model })`, `llm.bindTools(tools)`. */
  private evaluateFactoryCall(
    callee: ts.PropertyAccessExpression,
    args: ts.NodeArray<ts.Expression>,
  ): Evaluation | undefined {
    const { root, names } = splitPropertyChain(callee);
    for (let split = 0; split < names.length; split++) {
      const receiver = split === 0 ? root : chainNodeAt(callee, names.length - split);
      const evaluation = this.evaluate(receiver);
      if (evaluation.type !== "client") continue;
      const path = names.slice(split).join(".");
      const factory = evaluation.client.kind.factories?.find((candidate) => candidate.path === path);
      if (!factory) return OTHER;
      const produced = this.catalog.kind(factory.produces);
      if (!produced) return OTHER;
      // A model field read at run time is the receiver's, not the product's (`llm.bindTools()` has no `.model`).
      const carried = evaluation.client.model && "literal" in evaluation.client.model ? evaluation.client.model : undefined;
      const model = factory.carriesModel && args[0] ? modelAtCreation(produced.kind, args[0]) ?? carried : carried;
      return { type: "client", client: { ...evaluation.client, kind: produced.kind, model } };
    }
    return undefined;
  }

  /** A local function's value: a client if any return gives one, `other` if every return is known not to. */
  private evaluateReturns(fn: ts.SignatureDeclaration & { body?: ts.Node }): Evaluation {
    if (!fn.body) return UNKNOWN;
    if (!ts.isBlock(fn.body)) return this.evaluate(fn.body as ts.Expression);
    const evaluations: Evaluation[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node)) return;
      if (ts.isReturnStatement(node) && node.expression) evaluations.push(this.evaluate(node.expression));
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(fn.body, visit);
    const client = evaluations.find((evaluation) => evaluation.type === "client");
    if (client) return client;
    return evaluations.length > 0 && evaluations.every((evaluation) => evaluation.type === "other") ? OTHER : UNKNOWN;
  }

  private evaluateIdentifier(identifier: ts.Identifier): Evaluation {
    const declaration = findDeclaration(identifier);
    if (!declaration) return UNKNOWN;
    if (isImportDeclarationNode(declaration) || isRequireDeclaration(declaration)) {
      const binding = this.imports.get(identifier.text);
      if (!binding) return UNKNOWN;
      const found = this.catalog.entry(binding.module, binding.exportName);
      if (found) {
        if (found.entry.how !== "value" || !found.entry.produces) return OTHER;
        const kindEntry = this.catalog.kind(found.entry.produces);
        return kindEntry
          ? { type: "client", client: { sdk: found.sdk, kind: kindEntry.kind, system: found.entry.system ?? found.sdk.system } }
          : OTHER;
      }
      if (isRelative(binding.module) && this.loader && this.depth < MAX_DEPTH) {
        return this.loader.resolveExport(this.sourceFile.fileName, binding.module, binding.exportName, this.depth + 1);
      }
      return this.catalog.sdkForModule(binding.module) ? OTHER : isRelative(binding.module) ? UNKNOWN : OTHER;
    }
    if (ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name)) {
      if (declaration.type) {
        const typed = this.evaluateType(declaration.type);
        if (typed.type === "client") return typed;
      }
      if (declaration.initializer) {
        const initial = this.evaluate(declaration.initializer);
        if (initial.type === "client") return initial;
        return this.evaluateAssignments(identifier.text, declaration, initial);
      }
      return declaration.type ? this.evaluateType(declaration.type) : this.evaluateAssignments(identifier.text, declaration, UNKNOWN);
    }
    if (ts.isParameter(declaration)) {
      return declaration.type ? this.evaluateType(declaration.type) : UNKNOWN;
    }
    if (ts.isFunctionDeclaration(declaration) || ts.isClassDeclaration(declaration) || ts.isEnumDeclaration(declaration)) {
      return OTHER;
    }
    return UNKNOWN;
  }

  /** `let client; ... client = new OpenAI()`: a later assignment in the same file decides. */
  private evaluateAssignments(name: string, declaration: ts.VariableDeclaration, fallback: Evaluation): Evaluation {
    const list = declaration.parent;
    if (!ts.isVariableDeclarationList(list) || list.flags & ts.NodeFlags.Const) return fallback;
    const cached = this.assignmentCache.get(declaration);
    if (cached) return cached;
    this.assignmentCache.set(declaration, fallback);
    const result = this.scanAssignments(name, list, fallback);
    this.assignmentCache.set(declaration, result);
    return result;
  }

  private scanAssignments(name: string, list: ts.VariableDeclarationList, fallback: Evaluation): Evaluation {
    let result = fallback;
    const scope = list.parent?.parent ?? this.sourceFile;
    const visit = (node: ts.Node): void => {
      if (result.type === "client") return;
      if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isIdentifier(node.left) &&
        node.left.text === name
      ) {
        const assigned = this.evaluate(node.right);
        if (assigned.type === "client") result = assigned;
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(scope, visit);
    return result;
  }

  /** `this.client`, `clients.openai`, `ns.client` (namespace import of a project file). */
  private evaluateMember(access: ts.PropertyAccessExpression): Evaluation {
    const object = skipTypeWrappers(access.expression);
    const name = access.name.text;
    if (object.kind === ts.SyntaxKind.ThisKeyword) {
      const owner = enclosingClass(access);
      return owner ? this.evaluateClassMember(owner, name) : UNKNOWN;
    }
    if (ts.isIdentifier(object)) {
      const binding = this.importBindingOf(object);
      if (binding?.exportName === "*" && isRelative(binding.module) && this.loader && this.depth < MAX_DEPTH) {
        return this.loader.resolveExport(this.sourceFile.fileName, binding.module, name, this.depth + 1);
      }
      const declaration = findDeclaration(object);
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) {
        const literal = skipTypeWrappers(declaration.initializer);
        if (ts.isObjectLiteralExpression(literal)) return this.evaluateObjectProperty(literal, name);
      }
    }
    // A property of an SDK client (`openai.chat`) or of anything else: not a client itself.
    const owner = this.evaluate(object);
    return owner.type === "unknown" ? UNKNOWN : OTHER;
  }

  private evaluateObjectProperty(literal: ts.ObjectLiteralExpression, name: string): Evaluation {
    for (const property of literal.properties) {
      if (property.name && ts.isIdentifier(property.name) && property.name.text === name) {
        if (ts.isPropertyAssignment(property)) return this.evaluate(property.initializer);
        if (ts.isShorthandPropertyAssignment(property)) return this.evaluate(property.name);
      }
    }
    return UNKNOWN;
  }

  private evaluateClassMember(owner: ts.ClassLikeDeclaration, name: string): Evaluation {
    let result: Evaluation = UNKNOWN;
    const consider = (evaluation: Evaluation): void => {
      if (result.type !== "client" && evaluation.type !== "unknown") result = evaluation;
    };
    for (const member of owner.members) {
      if (ts.isPropertyDeclaration(member) && ts.isIdentifier(member.name) && member.name.text === name) {
        if (member.type) consider(this.evaluateType(member.type));
        if (member.initializer) consider(this.evaluate(member.initializer));
      }
      if (ts.isConstructorDeclaration(member)) {
        for (const parameter of member.parameters) {
          const isProperty = (ts.getModifiers(parameter)?.length ?? 0) > 0;
          if (isProperty && ts.isIdentifier(parameter.name) && parameter.name.text === name && parameter.type) {
            consider(this.evaluateType(parameter.type));
          }
        }
      }
      if (ts.isGetAccessorDeclaration(member) && ts.isIdentifier(member.name) && member.name.text === name) {
        consider(this.evaluateReturns(member));
      }
    }
    // `this.client = new OpenAI()` in the constructor or any method.
    const visit = (node: ts.Node): void => {
      if (result.type === "client") return;
      if (
        ts.isBinaryExpression(node) &&
        (node.operatorToken.kind === ts.SyntaxKind.EqualsToken ||
          node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionEqualsToken) &&
        ts.isPropertyAccessExpression(node.left) &&
        node.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
        node.left.name.text === name
      ) {
        consider(this.evaluate(node.right));
      }
      if (ts.isClassLike(node) && node !== owner) return;
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(owner, visit);
    return result;
  }

  /** A type annotation naming an SDK class (`client: OpenAI`) means an instance of it. */
  evaluateType(type: ts.TypeNode): Evaluation {
    if (ts.isUnionTypeNode(type)) {
      for (const member of type.types) {
        const evaluation = this.evaluateType(member);
        if (evaluation.type === "client") return evaluation;
      }
      return UNKNOWN;
    }
    if (ts.isParenthesizedTypeNode(type)) return this.evaluateType(type.type);
    if (!ts.isTypeReferenceNode(type)) return type.kind === ts.SyntaxKind.AnyKeyword ? UNKNOWN : OTHER;
    const typeName = type.typeName;
    const identifier = ts.isIdentifier(typeName) ? typeName : undefined;
    let binding = identifier ? this.imports.get(identifier.text) : undefined;
    if (ts.isQualifiedName(typeName) && ts.isIdentifier(typeName.left)) {
      const namespace = this.imports.get(typeName.left.text);
      if (namespace) binding = { module: namespace.module, exportName: typeName.right.text };
    }
    if (!binding) return identifier && isLocallyDeclaredType(this.sourceFile, identifier.text) ? OTHER : UNKNOWN;
    const found = this.catalog.entry(binding.module, binding.exportName);
    if (found?.entry.how === "construct" && found.entry.produces) {
      const kindEntry = this.catalog.kind(found.entry.produces);
      if (kindEntry) {
        return { type: "client", client: { sdk: found.sdk, kind: kindEntry.kind, system: found.entry.system ?? found.sdk.system } };
      }
    }
    return this.catalog.sdkForModule(binding.module) ? OTHER : isRelative(binding.module) ? UNKNOWN : OTHER;
  }

  /** Exported value `exportName` of this file, for the loader. */
  evaluateExport(exportName: string): Evaluation {
    for (const statement of this.sourceFile.statements) {
      if (ts.isVariableStatement(statement) && hasExportModifier(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name) && declaration.name.text === exportName) {
            return this.evaluateIdentifier(declaration.name);
          }
        }
      }
      if (ts.isFunctionDeclaration(statement) && hasExportModifier(statement) && statement.name?.text === exportName) {
        return OTHER;
      }
      if (ts.isExportAssignment(statement) && exportName === "default") return this.evaluate(statement.expression);
      if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
        for (const specifier of statement.exportClause.elements) {
          if (specifier.name.text !== exportName) continue;
          const localName = (specifier.propertyName ?? specifier.name).text;
          if (statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
            return this.loader && this.depth < MAX_DEPTH
              ? this.loader.resolveExport(this.sourceFile.fileName, statement.moduleSpecifier.text, localName, this.depth + 1)
              : UNKNOWN;
          }
          return this.evaluateTopLevelName(localName);
        }
      }
      if (ts.isExportDeclaration(statement) && !statement.exportClause && statement.moduleSpecifier && this.loader) {
        const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
        if (isRelative(specifier) && this.depth < MAX_DEPTH) {
          const reexported = this.loader.resolveExport(this.sourceFile.fileName, specifier, exportName, this.depth + 1);
          if (reexported.type === "client") return reexported;
        }
      }
      // CommonJS: module.exports = { client }, module.exports.client = ..., exports.client = ...
      if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression)) {
        const { left, right } = statement.expression;
        const target = ts.isPropertyAccessExpression(left) ? left : undefined;
        if (target && isModuleExports(target) && ts.isObjectLiteralExpression(skipTypeWrappers(right))) {
          return this.evaluateObjectProperty(skipTypeWrappers(right) as ts.ObjectLiteralExpression, exportName);
        }
        if (target && target.name.text === exportName && isExportsObject(target.expression)) {
          return this.evaluate(right);
        }
      }
    }
    return UNKNOWN;
  }

  private evaluateTopLevelName(name: string): Evaluation {
    for (const statement of this.sourceFile.statements) {
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name) && declaration.name.text === name) {
            return this.evaluateIdentifier(declaration.name);
          }
        }
      }
    }
    return UNKNOWN;
  }

  private collectImports(): void {
    for (const statement of this.sourceFile.statements) {
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
        const module = statement.moduleSpecifier.text;
        const clause = statement.importClause;
        if (!clause) continue;
        if (clause.name) this.imports.set(clause.name.text, { module, exportName: "default" });
        const bindings = clause.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) this.imports.set(bindings.name.text, { module, exportName: "*" });
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            this.imports.set(element.name.text, { module, exportName: (element.propertyName ?? element.name).text });
          }
        }
      } else if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)) {
        const expression = statement.moduleReference.expression;
        if (ts.isStringLiteral(expression)) this.imports.set(statement.name.text, { module: expression.text, exportName: "*" });
      } else if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) this.collectRequire(declaration);
      }
    }
  }

  /** `const OpenAI = require("openai")`, `const { OpenAI } = require("openai")`, `require("openai").default`. */
  private collectRequire(declaration: ts.VariableDeclaration): void {
    const required = declaration.initializer && requiredModule(declaration.initializer);
    if (!required) return;
    if (ts.isIdentifier(declaration.name)) {
      // A CommonJS require of an ES module's default export class works like the default import.
      this.imports.set(declaration.name.text, { module: required.module, exportName: required.member ?? "default" });
    } else if (ts.isObjectBindingPattern(declaration.name)) {
      for (const element of declaration.name.elements) {
        if (!ts.isIdentifier(element.name)) continue;
        const exported = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : element.name.text;
        this.imports.set(element.name.text, { module: required.module, exportName: exported });
      }
    }
  }
}

function requiredModule(initializer: ts.Expression): { module: string; member?: string } | undefined {
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

export function isRelative(specifier: string): boolean {
  return specifier.startsWith("./") || specifier.startsWith("../");
}

function isImportDeclarationNode(node: ts.Node): boolean {
  return ts.isImportClause(node) || ts.isImportSpecifier(node) || ts.isNamespaceImport(node) || ts.isImportEqualsDeclaration(node);
}

function isRequireDeclaration(node: ts.Node): boolean {
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

function hasExportModifier(node: ts.Node): boolean {
  return !!ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}

function isModuleExports(node: ts.PropertyAccessExpression): boolean {
  return ts.isIdentifier(node.expression) && node.expression.text === "module" && node.name.text === "exports";
}

function isExportsObject(node: ts.Expression): boolean {
  return (ts.isIdentifier(node) && node.text === "exports") || (ts.isPropertyAccessExpression(node) && isModuleExports(node));
}

function isLocallyDeclaredType(sourceFile: ts.SourceFile, name: string): boolean {
  return sourceFile.statements.some(
    (statement) =>
      (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isClassDeclaration(statement)) &&
      statement.name?.text === name,
  );
}

function enclosingClass(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  let current: ts.Node | undefined = node.parent;
  while (current) {
    if (ts.isClassLike(current)) return current;
    current = current.parent;
  }
  return undefined;
}

function functionLikeOf(declaration: ts.Node): (ts.SignatureDeclaration & { body?: ts.Node }) | undefined {
  if (ts.isFunctionDeclaration(declaration)) return declaration;
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
    const initializer = skipTypeWrappers(declaration.initializer);
    if (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer)) return initializer;
  }
  return undefined;
}

/** `a.b.c.d` -> root `a`, names [b, c, d]. */
export function splitPropertyChain(access: ts.PropertyAccessExpression): { root: ts.Expression; names: string[] } {
  const names: string[] = [];
  let current: ts.Expression = access;
  while (ts.isPropertyAccessExpression(current)) {
    names.unshift(current.name.text);
    current = skipTypeWrappers(current.expression);
  }
  return { root: current, names };
}

/** The node of the chain that holds its first `count` names: for `a.b.c.d`, count 2 gives `a.b.c`... from the top. */
export function chainNodeAt(access: ts.PropertyAccessExpression, namesFromTop: number): ts.Expression {
  let current: ts.Expression = access;
  for (let index = 0; index < namesFromTop; index++) {
    current = skipTypeWrappers((current as ts.PropertyAccessExpression).expression);
  }
  return current;
}

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

/**
 * The names a block's statements declare, each mapped to its declaration (the first one wins), built once per
 * block: a bundle's top level has thousands of statements and every identifier lookup would rescan them.
 */
const declarationsByScope = new WeakMap<ts.Node, Map<string, ts.Node>>();

function statementDeclarations(scope: ts.Node, statements: ts.NodeArray<ts.Statement>): Map<string, ts.Node> {
  let index = declarationsByScope.get(scope);
  if (index) return index;
  index = new Map();
  const declare = (name: string, declaration: ts.Node): void => {
    if (!index!.has(name)) index!.set(name, declaration);
  };
  for (const statement of statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) declareBinding(declaration.name, declaration, declare);
    } else if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) {
      if (statement.name) declare(statement.name.text, statement);
    } else if (ts.isImportDeclaration(statement) && statement.importClause) {
      const clause = statement.importClause;
      if (clause.name) declare(clause.name.text, clause);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) declare(bindings.name.text, bindings);
      if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) declare(element.name.text, element);
    } else if (ts.isImportEqualsDeclaration(statement)) {
      declare(statement.name.text, statement);
    }
  }
  declarationsByScope.set(scope, index);
  return index;
}

/** Every name a binding declares: the declaration itself for a plain name, the element inside a pattern. */
function declareBinding(binding: ts.BindingName, declaration: ts.Node, declare: (name: string, node: ts.Node) => void): void {
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

/** The model fixed when a client or handle is created (`getGenerativeModel({ model: "gemini-2.0-flash" })`). */
function modelAtCreation(kind: ClientKind, options: ts.Expression): ModelSource | undefined {
  for (const fieldPath of kind.modelAtCreation ?? []) {
    const value = fieldPath === "" ? skipTypeWrappers(options) : literalProperty(options, fieldPath);
    if (value && (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value))) return { literal: value.text };
  }
  const mentioned = (kind.modelAtCreation ?? []).some((fieldPath) => fieldPath !== "" && literalProperty(options, fieldPath));
  return mentioned && kind.modelField ? { runtimeField: kind.modelField } : undefined;
}

/** The value of `a.b` in an object literal, when written out in place. */
export function literalProperty(node: ts.Expression, fieldPath: string): ts.Expression | undefined {
  let current: ts.Expression | undefined = skipTypeWrappers(node);
  for (const key of fieldPath.split(".")) {
    if (!current || !ts.isObjectLiteralExpression(current)) return undefined;
    let next: ts.Expression | undefined;
    for (const property of current.properties) {
      if (!property.name || propertyNameText(property.name) !== key) continue;
      if (ts.isPropertyAssignment(property)) next = property.initializer;
      else if (ts.isShorthandPropertyAssignment(property)) next = property.name;
    }
    current = next && skipTypeWrappers(next);
  }
  return current;
}

export function propertyNameText(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) {
    return name.text;
  }
  return undefined;
}

function providerFromBaseUrl(options: ts.Expression): string | undefined {
  const value = literalProperty(options, "baseURL") ?? literalProperty(options, "baseUrl");
  if (!value || !(ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value))) return undefined;
  let host: string;
  try {
    host = new URL(value.text).hostname;
  } catch {
    return undefined;
  }
  if (host === "localhost" || host === "127.0.0.1") {
    return /:11434\b/.test(value.text) ? "ollama" : undefined;
  }
  return PROVIDER_BY_BASE_URL_HOST.find(([pattern]) => pattern.test(host))?.[1];
}
