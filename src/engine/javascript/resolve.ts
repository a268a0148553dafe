import ts from "typescript";
import type { SdkCatalog } from "../../sdks/registry";
import type { SdkDescriptor, SdkEntry, SettingsSlot } from "../../sdks/types/calls";
import { modelAtCreation, providerFromBaseUrl } from "./client-options";
import { enclosingClass, findDeclaration, functionLikeOf } from "./declarations";
import { type Evaluation, isClientValue, type ModuleLoader, OTHER, UNKNOWN } from "./evaluation";
import {
  collectImports,
  type ImportBinding,
  isImportDeclarationNode,
  isRelative,
  isRequireDeclaration,
} from "./imports";
import { evaluateClassMember } from "./class-members";
import { evaluateExport, type ExportingFile } from "./module-exports";
import { evaluateSentryWrapper, sentryHandlerIn } from "./sentry-instrumented";
import { chainNodeAt, splitPropertyChain } from "./property-access";
import { skipTypeWrappers } from "./purity";
import { MAX_IMPORT_DEPTH } from "./relative-modules";
import { evaluateSettingsSlot, settingsAssignments, settingsSlotOf } from "./settings-slots";
import { clientOfImport, evaluateType, nonClientImport } from "./type-annotations";

// Shared with the request and agent finders, which import them from here.
export { findDeclaration } from "./declarations";
export { type ImportBinding, isRelative } from "./imports";
export type { ModelSource } from "./client-options";
export type { ClientValue, Evaluation, ModuleLoader } from "./evaluation";
export { chainNodeAt, literalProperty, propertyNameText, splitPropertyChain } from "./property-access";

/** How many relative imports deep values are followed (file-dependencies.ts follows as far). */
const MAX_DEPTH = MAX_IMPORT_DEPTH;

/** A loader that also hands out the resolvers of the files it loads: finders follow their own values through them. */
export interface ProjectFileLoader extends ModuleLoader {
  /** The resolver of the project file `specifier` imported from `fromFile`. */
  resolverAt(fromFile: string, specifier: string, depth: number): ReceiverResolver | undefined;
}

/**
 * Traces receivers to the clients that create them, within one file: imports (ESM and require),
 * variables, class fields (initialisers, constructor assignments, parameter properties), type
 * annotations, local factory functions, and (through the loader) exports of other project files. The agent
 * finder follows its agents and runners with a tracer of its own (agents/trace-creation.ts says why).
 */
export class ReceiverResolver implements ExportingFile {
  readonly imports: Map<string, ImportBinding>;
  private readonly cache = new Map<ts.Node, Evaluation | "pending">();
  /** Per `let`/`var` declaration: one scan of its scope for later assignments, however often it is read. */
  private readonly assignmentCache = new Map<ts.VariableDeclaration, Evaluation>();

  constructor(
    readonly sourceFile: ts.SourceFile,
    readonly catalog: SdkCatalog,
    private readonly loader?: ModuleLoader | ProjectFileLoader,
    private readonly depth = 0,
  ) {
    this.imports = collectImports(sourceFile);
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
    const binding = this.bindingOf(node);
    if (!binding) return undefined;
    const found = this.catalog.entry(binding.module, binding.exportName);
    return found && { ...found, module: binding.module };
  }

  /** The import an identifier or `namespace.name` (of a namespace or default import) refers to. */
  bindingOf(node: ts.Expression): ImportBinding | undefined {
    const expression = skipTypeWrappers(node);
    if (ts.isIdentifier(expression)) return this.importBindingOf(expression);
    if (ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.expression)) {
      const namespace = this.importBindingOf(expression.expression);
      if (namespace && (namespace.exportName === "*" || namespace.exportName === "default")) {
        return { module: namespace.module, exportName: expression.name.text };
      }
    }
    return undefined;
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
      return isClientValue(whenTrue) ? whenTrue : this.evaluate(expression.whenFalse);
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
        return isClientValue(right) ? right : this.evaluate(expression.left);
      }
    }
    if (
      expression.kind === ts.SyntaxKind.ThisKeyword ||
      ts.isObjectLiteralExpression(expression) ||
      ts.isLiteralExpression(expression)
    ) {
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
        (found.sdk.baseUrlOptions &&
          options &&
          providerFromBaseUrl(options, found.sdk.baseUrlOptions, this.catalog.providerHints)) ||
        found.entry.system ||
        found.sdk.system;
      const model = options ? modelAtCreation(kindEntry.kind, options) : undefined;
      const client = { sdk: found.sdk, kind: kindEntry.kind, system, model };
      const handler = options && this.sentryHandlerIn(found.sdk, options);
      return handler ? { type: "instrumented", client, by: handler } : { type: "client", client };
    }
    // A class from somewhere else: not an SDK client unless it is a project file re-exporting one.
    const target = skipTypeWrappers(callee);
    if (ts.isIdentifier(target)) {
      const binding = this.importBindingOf(target);
      const exported =
        binding && isRelative(binding.module) ? this.exportOf(binding.module, binding.exportName) : undefined;
      if (exported) return isClientValue(exported) ? exported : OTHER;
    }
    return OTHER;
  }

  private evaluateCall(call: ts.CallExpression): Evaluation {
    const callee = skipTypeWrappers(call.expression);
    const entry = this.sdkEntryOf(callee);
    if (entry) {
      return entry.entry.how === "construct" ? this.evaluateConstruction(callee, call.arguments) : OTHER;
    }
    const wrapped = evaluateSentryWrapper(this, callee, call.arguments);
    if (wrapped) return wrapped;
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

  /**
   * The Sentry callback handler an options object hands the SDK (`{ callbacks: [Sentry.createLangChainCallbackHandler()] }`),
   * when the SDK takes such handlers.
   */
  sentryHandlerIn(sdk: SdkDescriptor, options: ts.Expression): string | undefined {
    return sentryHandlerIn(this, sdk, options);
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
      if (!isClientValue(evaluation)) continue;
      const path = names.slice(split).join(".");
      const factory = evaluation.client.kind.factories?.find((candidate) => candidate.path === path);
      if (!factory) return OTHER;
      const produced = this.catalog.kind(factory.produces);
      if (!produced) return OTHER;
      // A model field read at run time is the receiver's, not the product's (`llm.bindTools()` has no `.model`).
      const carried =
        evaluation.client.model && "literal" in evaluation.client.model ? evaluation.client.model : undefined;
      const model = factory.carriesModel && args[0] ? (modelAtCreation(produced.kind, args[0]) ?? carried) : carried;
      const client = { ...evaluation.client, kind: produced.kind, model };
      // What an instrumented client hands out is instrumented too (Sentry's helpers proxy the whole client).
      const handler = args[0] && this.sentryHandlerIn(evaluation.client.sdk, args[0]);
      return handler ? { type: "instrumented", client, by: handler } : { ...evaluation, client };
    }
    return undefined;
  }

  /** A local function's value: a client if any return gives one, `other` if every return is known not to. */
  evaluateReturns(fn: ts.SignatureDeclaration & { body?: ts.Node }): Evaluation {
    if (!fn.body) return UNKNOWN;
    if (!ts.isBlock(fn.body)) return this.evaluate(fn.body as ts.Expression);
    const evaluations: Evaluation[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node)) return;
      if (ts.isReturnStatement(node) && node.expression) evaluations.push(this.evaluate(node.expression));
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(fn.body, visit);
    const client =
      evaluations.find((evaluation) => evaluation.type === "instrumented") ?? evaluations.find(isClientValue);
    if (client) return client;
    return evaluations.length > 0 && evaluations.every((evaluation) => evaluation.type === "other") ? OTHER : UNKNOWN;
  }

  evaluateIdentifier(identifier: ts.Identifier): Evaluation {
    const declaration = findDeclaration(identifier);
    if (!declaration) return UNKNOWN;
    if (isImportDeclarationNode(declaration) || isRequireDeclaration(declaration)) {
      const binding = this.imports.get(identifier.text);
      if (!binding) return UNKNOWN;
      const client = clientOfImport(this.catalog, binding, "value");
      if (client) return client;
      const exported = isRelative(binding.module) ? this.exportOf(binding.module, binding.exportName) : undefined;
      if (exported) return exported;
      return nonClientImport(this.catalog, binding);
    }
    if (ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name)) {
      if (declaration.type) {
        const typed = this.evaluateType(declaration.type);
        // `const client: OpenAI = Sentry.instrumentOpenAiClient(...)`: the value says more than the type.
        const initial =
          typed.type === "client" && declaration.initializer ? this.evaluate(declaration.initializer) : undefined;
        if (typed.type === "client") return initial?.type === "instrumented" ? initial : typed;
      }
      if (declaration.initializer) {
        const initial = this.evaluate(declaration.initializer);
        if (isClientValue(initial)) return initial;
        return this.evaluateAssignments(identifier.text, declaration, initial);
      }
      return declaration.type
        ? this.evaluateType(declaration.type)
        : this.evaluateAssignments(identifier.text, declaration, UNKNOWN);
    }
    if (ts.isParameter(declaration)) {
      return declaration.type ? this.evaluateType(declaration.type) : UNKNOWN;
    }
    if (
      ts.isFunctionDeclaration(declaration) ||
      ts.isClassDeclaration(declaration) ||
      ts.isEnumDeclaration(declaration)
    ) {
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
      if (isClientValue(result)) return;
      if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isIdentifier(node.left) &&
        node.left.text === name
      ) {
        const assigned = this.evaluate(node.right);
        if (isClientValue(assigned)) result = assigned;
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
      return owner ? evaluateClassMember(this, owner, name) : UNKNOWN;
    }
    if (ts.isIdentifier(object)) {
      const slot = this.settingsSlotOf(access);
      if (slot) return evaluateSettingsSlot(this, slot);
      const binding = this.importBindingOf(object);
      const exported =
        binding?.exportName === "*" && isRelative(binding.module) ? this.exportOf(binding.module, name) : undefined;
      if (exported) return exported;
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

  /** The settings slot an expression reads (`Settings.llm` of an import of `llamaindex`), if any. */
  settingsSlotOf(expression: ts.Expression): SettingsSlot | undefined {
    return settingsSlotOf(this, expression);
  }

  /** The values assigned to a settings slot anywhere in this file, in source order. */
  settingsAssignments(slot: SettingsSlot): ts.Expression[] {
    return settingsAssignments(this, slot);
  }

  evaluateObjectProperty(literal: ts.ObjectLiteralExpression, name: string): Evaluation {
    for (const property of literal.properties) {
      if (property.name && ts.isIdentifier(property.name) && property.name.text === name) {
        if (ts.isPropertyAssignment(property)) return this.evaluate(property.initializer);
        if (ts.isShorthandPropertyAssignment(property)) return this.evaluate(property.name);
      }
    }
    return UNKNOWN;
  }

  /** A type annotation naming an SDK class (`client: OpenAI`) means an instance of it. */
  evaluateType(type: ts.TypeNode): Evaluation {
    return evaluateType(this, type);
  }

  /** Exported value `exportName` of this file, for the loader. */
  evaluateExport(exportName: string): Evaluation {
    return evaluateExport(this, exportName);
  }

  /** The resolver of a project file this file imports, unless there is no such loader or the chain of files is too long. */
  importedFile(specifier: string): ReceiverResolver | undefined {
    if (!this.loader || !("resolverAt" in this.loader) || this.depth >= MAX_DEPTH) return undefined;
    return this.loader.resolverAt(this.sourceFile.fileName, specifier, this.depth + 1);
  }

  /** The value another project file exports, unless there is no loader or the chain of files is too long. */
  exportOf(specifier: string, exportName: string): Evaluation | undefined {
    if (!this.loader || this.depth >= MAX_DEPTH) return undefined;
    return this.loader.resolveExport(this.sourceFile.fileName, specifier, exportName, this.depth + 1);
  }
}
