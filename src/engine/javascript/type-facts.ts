import * as path from "node:path";
import ts from "typescript";
import { isTypeScriptFile } from "./parse";

/** What a value's static type says about a model: a string, an SDK model object, either, or nothing certain. */
export type ModelValueKind = "string" | "model-object" | "string-or-model" | "unknown";

/**
 * Questions the emitter asks about the static type of a value it reads again in the span: is the model a
 * string or an SDK model object, does the request's type have the field at all. A TypeScript file answers
 * them with the type checker, built on the first question only (most files never ask one); a JavaScript
 * file has no types to break, so it answers "unknown" and "yes" and the code reads fields defensively.
 */
export interface TypeFacts {
  /** The model named by `node` (or by `node.a.b` for `names`), given the field an SDK model object keeps its id in. */
  modelValue(node: ts.Expression, idField: string, names?: readonly string[]): ModelValueKind;
  /** False only when the value's type is known and reading `names` off it one after another does not type-check. */
  offersPath(node: ts.Expression, names: readonly string[]): boolean;
  /** True only when the value's type is known to be a string (or nullish): it is recorded as it is, not as JSON. */
  isText(node: ts.Expression): boolean;
}

const NO_TYPES: TypeFacts = {
  modelValue: () => "unknown",
  offersPath: () => true,
  isText: () => false,
};

const MISSING = Symbol("missing");

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  esModuleInterop: true,
  allowJs: true,
  resolveJsonModule: true,
  skipLibCheck: true,
  jsx: ts.JsxEmit.Preserve,
  types: [],
};

/** Declaration files of packages and of TypeScript's lib, parsed once per process and shared by every program. */
const sharedFiles = new Map<string, ts.SourceFile | undefined>();
const isShared = (fileName: string): boolean =>
  fileName.includes("/node_modules/") || fileName.includes("\\node_modules\\");

const factsByFile = new WeakMap<ts.SourceFile, TypeFacts>();

export function typeFactsFor(sourceFile: ts.SourceFile): TypeFacts {
  if (!isTypeScriptFile(sourceFile.fileName)) return NO_TYPES;
  let facts = factsByFile.get(sourceFile);
  if (!facts) {
    facts = new CheckerFacts(sourceFile);
    factsByFile.set(sourceFile, facts);
  }
  return facts;
}

class CheckerFacts implements TypeFacts {
  private checker: ts.TypeChecker | null | undefined;

  constructor(private readonly sourceFile: ts.SourceFile) {}

  modelValue(node: ts.Expression, idField: string, names: readonly string[] = []): ModelValueKind {
    const checker = this.typeChecker();
    const type = checker && this.typeAtPath(checker, node, names);
    if (!checker || !type || type === MISSING) return "unknown";
    let strings = false;
    let objects = false;
    for (const part of type.isUnion() ? type.types : [type]) {
      if (part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) continue;
      if (part.flags & ts.TypeFlags.StringLike) strings = true;
      else if (part.flags & ts.TypeFlags.Object && checker.getPropertyOfType(part, idField)) objects = true;
      else return "unknown";
    }
    if (strings && objects) return "string-or-model";
    return strings ? "string" : objects ? "model-object" : "unknown";
  }

  offersPath(node: ts.Expression, names: readonly string[]): boolean {
    const checker = this.typeChecker();
    return !checker || this.typeAtPath(checker, node, names) !== MISSING;
  }

  isText(node: ts.Expression): boolean {
    const checker = this.typeChecker();
    const type = checker && this.typeOf(checker, node);
    if (!type) return false;
    const parts = (type.isUnion() ? type.types : [type]).filter(
      (part) => !(part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)),
    );
    return parts.length > 0 && parts.every((part) => part.flags & ts.TypeFlags.StringLike);
  }

  /** The type of `node.a.b...`: undefined when not known (`any`), MISSING when a step does not type-check. */
  private typeAtPath(
    checker: ts.TypeChecker,
    node: ts.Expression,
    names: readonly string[],
  ): ts.Type | typeof MISSING | undefined {
    let type = this.typeOf(checker, node);
    for (const name of names) {
      if (!type) return undefined;
      const value = checker.getApparentType(checker.getNonNullableType(type));
      const property = checker.getPropertyOfType(value, name);
      const index = property
        ? undefined
        : checker.getIndexInfosOfType(value).find((info) => info.keyType.flags & ts.TypeFlags.String);
      if (!property && !index) return MISSING;
      type = property ? checker.getTypeOfSymbolAtLocation(property, node) : index!.type;
      if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
    }
    return type;
  }

  /** The value's type, its constraint for a type parameter; undefined for `any` or a type the checker could not resolve. */
  private typeOf(checker: ts.TypeChecker, node: ts.Expression): ts.Type | undefined {
    let type: ts.Type | undefined;
    try {
      type = checker.getTypeAtLocation(node);
    } catch {
      return undefined;
    }
    if (type.flags & ts.TypeFlags.TypeParameter) type = checker.getBaseConstraintOfType(type) ?? type;
    return type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown) ? undefined : type;
  }

  private typeChecker(): ts.TypeChecker | undefined {
    if (this.checker === undefined) {
      try {
        this.checker = this.createProgram().getTypeChecker();
      } catch {
        this.checker = null;
      }
    }
    return this.checker ?? undefined;
  }

  /** A program of this one file, as parsed by the engine, with what it imports read from disk. */
  private createProgram(): ts.Program {
    const own = path.resolve(this.sourceFile.fileName);
    const host = ts.createCompilerHost(OPTIONS, true);
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
      if (path.resolve(fileName) === own) return this.sourceFile;
      if (!isShared(fileName)) return read(fileName, languageVersion, onError, shouldCreate);
      const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
      if (!sharedFiles.has(key)) sharedFiles.set(key, read(fileName, languageVersion, onError, shouldCreate));
      return sharedFiles.get(key);
    };
    return ts.createProgram({ rootNames: [this.sourceFile.fileName], options: OPTIONS, host });
  }
}
