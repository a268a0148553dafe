import ts from "typescript";
import type { SdkCatalog } from "../../sdks/registry";
import { isLocallyDeclaredType } from "./declarations";
import { type Evaluation, OTHER, UNKNOWN } from "./evaluation";
import { type ImportBinding, isRelative } from "./imports";

/** What reading a type annotation needs of the resolver of the file. */
export interface TypeScope {
  readonly sourceFile: ts.SourceFile;
  readonly catalog: SdkCatalog;
  readonly imports: Map<string, ImportBinding>;
}

/** The client an import of the catalog makes (`how`: `construct` for a class, `value` for an instance), else other. */
export function clientOfImport(
  catalog: SdkCatalog,
  binding: ImportBinding,
  how: "construct" | "value",
): Evaluation | undefined {
  const found = catalog.entry(binding.module, binding.exportName);
  if (!found) return undefined;
  if (found.entry.how !== how || !found.entry.produces) return OTHER;
  const kindEntry = catalog.kind(found.entry.produces);
  return kindEntry
    ? {
        type: "client",
        client: { sdk: found.sdk, kind: kindEntry.kind, system: found.entry.system ?? found.sdk.system },
      }
    : OTHER;
}

/** What an import that is no client tells: a module of a known SDK or a package is other, a project file unknown. */
export function nonClientImport(catalog: SdkCatalog, binding: ImportBinding): Evaluation {
  return catalog.sdkForModule(binding.module) ? OTHER : isRelative(binding.module) ? UNKNOWN : OTHER;
}

/** A type annotation naming an SDK class (`client: OpenAI`) means an instance of it. */
export function evaluateType(scope: TypeScope, type: ts.TypeNode): Evaluation {
  if (ts.isUnionTypeNode(type)) {
    for (const member of type.types) {
      const evaluation = evaluateType(scope, member);
      if (evaluation.type === "client") return evaluation;
    }
    return UNKNOWN;
  }
  if (ts.isParenthesizedTypeNode(type)) return evaluateType(scope, type.type);
  if (!ts.isTypeReferenceNode(type)) return type.kind === ts.SyntaxKind.AnyKeyword ? UNKNOWN : OTHER;
  const typeName = type.typeName;
  const identifier = ts.isIdentifier(typeName) ? typeName : undefined;
  let binding = identifier ? scope.imports.get(identifier.text) : undefined;
  if (ts.isQualifiedName(typeName) && ts.isIdentifier(typeName.left)) {
    const namespace = scope.imports.get(typeName.left.text);
    if (namespace) binding = { module: namespace.module, exportName: typeName.right.text };
  }
  if (!binding) return identifier && isLocallyDeclaredType(scope.sourceFile, identifier.text) ? OTHER : UNKNOWN;
  const client = clientOfImport(scope.catalog, binding, "construct");
  return client?.type === "client" ? client : nonClientImport(scope.catalog, binding);
}
