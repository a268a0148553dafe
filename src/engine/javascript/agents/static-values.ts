import ts from "typescript";
import { findDeclaration } from "../declarations";
import { literalProperty } from "../property-access";
import { skipTypeWrappers } from "../purity";
import type { NameValue } from "./sites";

/** Values written out in the code: option fields that are string literals, models, prompts. */

export function staticField(options: ts.Expression | undefined, fields: string[]): NameValue | undefined {
  if (!options) return undefined;
  for (const field of fields) {
    const value = literalProperty(options, field);
    if (value && (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value))) return { text: value.text };
  }
  return undefined;
}

/**
 * A model named by a literal, by an AI SDK provider call with a literal id (`openai("gpt-4o")`), or by the
 * `model` option of the call or construction that makes a model object (`openai({ model: "gpt-4o" })`,
 * `new OpenAI({ model: "gpt-4o" })`), written in place or in the const it is read from.
 */
export function staticModel(options: ts.Expression | undefined, field: string | undefined): string | undefined {
  if (!options || !field) return undefined;
  let value = literalProperty(options, field);
  if (value && ts.isIdentifier(value)) {
    const declaration = findDeclaration(value);
    const constant = declaration && ts.isVariableDeclaration(declaration) && ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const;
    value = constant && declaration.initializer ? skipTypeWrappers(declaration.initializer) : undefined;
  }
  if (!value) return undefined;
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) return value.text;
  if (ts.isCallExpression(value) || ts.isNewExpression(value)) {
    const first = value.arguments?.[0];
    if (!first) return undefined;
    if (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) return ts.isCallExpression(value) ? first.text : undefined;
    const model = literalProperty(first, "model");
    if (model && (ts.isStringLiteral(model) || ts.isNoSubstitutionTemplateLiteral(model))) return model.text;
  }
  return undefined;
}

/** A string literal or template, or a variable or parameter declared as a `string`: recorded as one user message. */
export function isStringLike(node: ts.Expression): boolean {
  const inner = skipTypeWrappers(node);
  if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner) || ts.isTemplateExpression(inner)) return true;
  if (!ts.isIdentifier(inner)) return false;
  const declaration = findDeclaration(inner);
  const type = declaration && (ts.isParameter(declaration) || ts.isVariableDeclaration(declaration)) ? declaration.type : undefined;
  return type?.kind === ts.SyntaxKind.StringKeyword;
}
