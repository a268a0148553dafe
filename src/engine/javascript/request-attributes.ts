import ts from "typescript";
import { REQUEST_PARAM_ATTRIBUTES } from "../../core/conventions";
import type { RequestShape } from "../../sdks/types/calls";
import { quoteString } from "./code-style";
import type { EmitContext, ValueCode } from "./emit-context";
import type { RequestSite } from "./find-request-sites";
import { isPure, skipTypeWrappers } from "./purity";
import { readPath } from "./read-path";
import { literalProperty, propertyNameText } from "./property-access";

/** What a request span records about the request itself: its sampling parameters, tools and prompt. */

/** The provider call the request's model field holds (AI SDK `model: openai("gpt-4o")`), when the SDK names models so. */
export function providerModelCall(
  requestLiteral: ts.ObjectLiteralExpression | undefined,
  shape: RequestShape,
): ts.CallExpression | undefined {
  const node =
    requestLiteral && shape.model && shape.modelByProviderCall
      ? literalProperty(requestLiteral, shape.model)
      : undefined;
  const value = node && skipTypeWrappers(node);
  return value && ts.isCallExpression(value) ? value : undefined;
}

/**
 * Numeric sampling parameters written as literals in the request (temperature, max tokens, top_p...), at its top
 * level or in one of the `containers` SDKs keep them in (`config`, `options`).
 */
export function staticParameters(
  request: ts.ObjectLiteralExpression,
  sourceFile: ts.SourceFile,
  containers: readonly string[],
): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const seen = new Set<string>();
  for (const container of containers) {
    const object = container ? literalProperty(request, container) : request;
    if (!object || !ts.isObjectLiteralExpression(object)) continue;
    for (const property of object.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const key = propertyNameText(property.name);
      const attribute = key && REQUEST_PARAM_ATTRIBUTES[key];
      if (!attribute || seen.has(attribute)) continue;
      const value = skipTypeWrappers(property.initializer);
      const isNumber =
        ts.isNumericLiteral(value) ||
        (ts.isPrefixUnaryExpression(value) &&
          value.operator === ts.SyntaxKind.MinusToken &&
          ts.isNumericLiteral(value.operand));
      if (!isNumber) continue;
      seen.add(attribute);
      found.push([attribute, value.getText(sourceFile)]);
    }
  }
  return found;
}

/** Tool definitions offered to the model: names (and descriptions) when written out, else the value itself. */
export function availableTools(
  site: RequestSite,
  requestLiteral: ts.ObjectLiteralExpression | undefined,
  requestRoot: ValueCode | undefined,
  context: EmitContext,
): ValueCode | undefined {
  const path = site.operation.request.tools;
  if (!path) return undefined;
  const quote = (value: string): string => quoteString(value, context.style);
  const json = (code: string): string => {
    context.usesJsonHelper = true;
    return `${context.jsonHelper}(${code})`;
  };
  if (requestLiteral) {
    const node = literalProperty(requestLiteral, path);
    if (!node) return undefined;
    const tools = skipTypeWrappers(node);
    if (site.operation.request.toolsKeyedByName) {
      if (ts.isObjectLiteralExpression(tools)) {
        const names = tools.properties.map((property) => property.name && propertyNameText(property.name));
        if (names.every((name): name is string => !!name)) {
          return { code: quote(JSON.stringify(names.map((name) => ({ name })))), readsHoisted: false };
        }
      }
      return isPure(tools)
        ? { code: json(`Object.keys(${tools.getText(context.sourceFile)} ?? {})`), readsHoisted: false }
        : undefined;
    }
    if (ts.isArrayLiteralExpression(tools)) {
      const described = tools.elements.map((element) => describeTool(element, context.catalog.toolDefinitionPrefixes));
      if (described.every((tool): tool is { name: string; description?: string } => !!tool)) {
        return { code: quote(JSON.stringify(described)), readsHoisted: false };
      }
    }
    // A literal holding functions (a tool runner's `function: fn`) is code, not a value to copy into the span.
    if (containsFunction(tools)) return undefined;
    return isPure(tools) ? { code: json(tools.getText(context.sourceFile)), readsHoisted: false } : undefined;
  }
  if (requestRoot && !site.operation.request.toolsKeyedByName) {
    return {
      code: json(readPath(requestRoot.code, path, context.style.quote)),
      readsHoisted: requestRoot.readsHoisted,
    };
  }
  return undefined;
}

function describeTool(
  element: ts.Expression,
  prefixes: readonly string[],
): { name: string; description?: string } | undefined {
  const text = (path: string): string | undefined => {
    const node = literalProperty(element, path);
    return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
  };
  for (const prefix of prefixes) {
    const name = text(`${prefix}name`);
    if (name) {
      const description = text(`${prefix}description`);
      return description ? { name, description } : { name };
    }
  }
  // openai's tool runner offers an unnamed tool under its function's own name (`function: function lookup() {}`).
  // A function passed by reference is named by its own name too (`function: getWeather`).
  const fn = literalProperty(element, "function.function");
  const value = fn && skipTypeWrappers(fn);
  if (value && (ts.isFunctionExpression(value) || ts.isIdentifier(value))) {
    const name = ts.isIdentifier(value) ? value.text : value.name?.text;
    const description = text("function.description");
    if (name) return description ? { name, description } : { name };
  }
  return undefined;
}

function containsFunction(node: ts.Node): boolean {
  if (ts.isFunctionLike(node)) return true;
  return ts.forEachChild(node, (child) => (containsFunction(child) ? true : undefined)) ?? false;
}
