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
    const constant =
      declaration && ts.isVariableDeclaration(declaration) && ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const;
    value = constant && declaration.initializer ? skipTypeWrappers(declaration.initializer) : undefined;
  }
  return value ? staticModelOfValue(value) : undefined;
}

/** The model a value names: a string, `openai("gpt-4o")`, or `new OpenAI({ model: "gpt-4o" })` (an LLM object). */
export function staticModelOfValue(node: ts.Expression): string | undefined {
  const value = skipTypeWrappers(node);
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) return value.text;
  if (ts.isCallExpression(value) || ts.isNewExpression(value)) {
    const first = value.arguments?.[0];
    if (!first) return undefined;
    if (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))
      return ts.isCallExpression(value) ? first.text : undefined;
    const model = literalProperty(first, "model");
    if (model && (ts.isStringLiteral(model) || ts.isNoSubstitutionTemplateLiteral(model))) return model.text;
  }
  return undefined;
}

/**
 * The name an agent class gives itself when its construction does not: a field `name = "Router Agent"`, or a
 * constructor parameter default, `constructor(name = "Router Agent")` or `constructor({ name = "..." } = {})`,
 * when the `new` expression's `args` leave that parameter (or that option) out; a string passed for a `name`
 * parameter names it too. Without `args` (an agent known only by its type) only the field counts.
 */
export function declaredAgentName(
  declaration: ts.ClassLikeDeclaration | undefined,
  args: readonly ts.Expression[] | undefined,
  fields: string[],
): NameValue | undefined {
  if (!declaration) return undefined;
  const text = (node: ts.Node | undefined): string | undefined =>
    node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
  for (const member of declaration.members) {
    if (
      !ts.isPropertyDeclaration(member) ||
      ts.getModifiers(member)?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword)
    )
      continue;
    const value = text(member.initializer && skipTypeWrappers(member.initializer));
    if (ts.isIdentifier(member.name) && fields.includes(member.name.text) && value !== undefined)
      return { text: value };
  }
  if (!args) return undefined;
  const constructor = declaration.members.find((member): member is ts.ConstructorDeclaration =>
    ts.isConstructorDeclaration(member),
  );
  for (const [index, parameter] of (constructor?.parameters ?? []).entries()) {
    const argument = args[index];
    if (ts.isIdentifier(parameter.name)) {
      if (!fields.includes(parameter.name.text)) continue;
      // `new SupportAgent(llm, "Escalations")` names it; a default holds when the argument is left out.
      const value = argument
        ? text(skipTypeWrappers(argument))
        : text(parameter.initializer && skipTypeWrappers(parameter.initializer));
      if (value !== undefined) return { text: value };
    } else if (ts.isObjectBindingPattern(parameter.name)) {
      for (const element of parameter.name.elements) {
        const key = element.propertyName ?? element.name;
        const keyText = ts.isIdentifier(key) || ts.isStringLiteral(key) ? key.text : undefined;
        const value = text(element.initializer && skipTypeWrappers(element.initializer));
        if (!keyText || !fields.includes(keyText) || value === undefined) continue;
        // The default holds when the call passes no options, or options written out without that field.
        const options = argument && skipTypeWrappers(argument);
        const omitted =
          !options ||
          (ts.isObjectLiteralExpression(options) &&
            literalProperty(options, keyText) === undefined &&
            !options.properties.some(ts.isSpreadAssignment));
        if (omitted) return { text: value };
      }
    }
  }
  return undefined;
}
