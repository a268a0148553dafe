import ts from "typescript";
import { findDeclaration } from "./declarations";
import { literalProperty } from "./property-access";
import { skipTypeWrappers } from "./purity";
import type { ReceiverResolver } from "./resolve";

/**
 * The AI SDK names provider and model in one call: `openai("gpt-4o")`, `anthropic.messages("...")`, or a
 * gateway string `"openai/gpt-4o"`.
 */
export function aiSdkProvider(
  request: ts.Expression,
  resolver: ReceiverResolver,
): { system?: string; model?: string } | undefined {
  const model = constValue(literalProperty(request, "model"));
  if (!model) return undefined;
  if (ts.isStringLiteral(model) || ts.isNoSubstitutionTemplateLiteral(model)) {
    const [provider] = model.text.split("/");
    return { system: model.text.includes("/") ? provider : undefined, model: model.text };
  }
  if (!ts.isCallExpression(model)) return undefined;
  const first = model.arguments[0];
  const modelId =
    first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) ? first.text : undefined;
  let factory = skipTypeWrappers(model.expression);
  if (ts.isPropertyAccessExpression(factory)) factory = skipTypeWrappers(factory.expression);
  return { system: ts.isIdentifier(factory) ? providerModuleSystem(factory, resolver) : undefined, model: modelId };
}

/** The initializer of a `const` the expression names (`const model = openai("gpt-4o")`), else the expression. */
function constValue(node: ts.Expression | undefined): ts.Expression | undefined {
  if (!node || !ts.isIdentifier(node)) return node;
  const declaration = findDeclaration(node);
  const list = declaration?.parent;
  if (
    !declaration ||
    !ts.isVariableDeclaration(declaration) ||
    !declaration.initializer ||
    !list ||
    !ts.isVariableDeclarationList(list)
  )
    return node;
  return list.flags & ts.NodeFlags.Const ? skipTypeWrappers(declaration.initializer) : node;
}

/**
 * `openai` imported from a provider package ("@ai-sdk/openai", from the SDKs' `providerModules`), or made there:
 * `const openai = createOpenAI({ baseURL })`.
 */
function providerModuleSystem(factory: ts.Identifier, resolver: ReceiverResolver): string | undefined {
  const binding = resolver.importBindingOf(factory);
  const providerModules = resolver.catalog.providerModules;
  if (binding) return providerModules[binding.module];
  const declaration = findDeclaration(factory);
  const initializer =
    declaration &&
    ts.isVariableDeclaration(declaration) &&
    declaration.initializer &&
    skipTypeWrappers(declaration.initializer);
  if (!initializer || !ts.isCallExpression(initializer)) return undefined;
  const creator = skipTypeWrappers(initializer.expression);
  const creatorBinding = ts.isIdentifier(creator) ? resolver.importBindingOf(creator) : undefined;
  return creatorBinding && providerModules[creatorBinding.module];
}
