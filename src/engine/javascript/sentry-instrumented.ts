import ts from "typescript";
import type { SdkCatalog } from "../../sdks/registry";
import type { SdkDescriptor } from "../../sdks/types/calls";
import { findDeclaration } from "./declarations";
import { type Evaluation, isClientValue, OTHER, UNKNOWN } from "./evaluation";
import { type ImportBinding, isSentryModule } from "./imports";
import { literalProperty } from "./property-access";
import { skipTypeWrappers } from "./purity";

/**
 * Clients Sentry's own code already instruments, as the receiver tracer sees them: a client passed through one
 * of Sentry's helpers (`Sentry.instrumentOpenAiClient(...)`), or given one of Sentry's callback handlers.
 */

/** What recognising Sentry's instrumentation needs of the resolver of the file. */
export interface BindingScope {
  readonly catalog: SdkCatalog;
  bindingOf(node: ts.Expression): ImportBinding | undefined;
  evaluate(node: ts.Expression): Evaluation;
}

/** `Sentry.instrumentOpenAiClient(new OpenAI())`: the client, which Sentry's own helper already instruments. */
export function evaluateSentryWrapper(
  scope: BindingScope,
  callee: ts.Expression,
  args: ts.NodeArray<ts.Expression>,
): Evaluation | undefined {
  const binding = scope.bindingOf(callee);
  if (!binding || !isSentryModule(binding.module) || !scope.catalog.wrapsClients(binding.exportName)) return undefined;
  const wrapped = args[0] ? scope.evaluate(args[0]) : UNKNOWN;
  if (isClientValue(wrapped)) return { type: "instrumented", client: wrapped.client, by: binding.exportName };
  // Whatever it wraps, its calls are Sentry's to record.
  return OTHER;
}

/**
 * The Sentry callback handler an options object hands the SDK (`{ callbacks: [Sentry.createLangChainCallbackHandler()] }`,
 * or a variable holding one), when the SDK takes such handlers.
 */
export function sentryHandlerIn(scope: BindingScope, sdk: SdkDescriptor, options: ts.Expression): string | undefined {
  const handlers = sdk.sentryCallbackHandlers;
  const object = skipTypeWrappers(options);
  if (!handlers || !ts.isObjectLiteralExpression(object)) return undefined;
  const list = literalProperty(object, handlers.option);
  const array = list && skipTypeWrappers(list);
  if (!array || !ts.isArrayLiteralExpression(array)) return undefined;
  for (const element of array.elements) {
    const created = sentryHandlerCreation(skipTypeWrappers(element));
    const binding = created && scope.bindingOf(created.expression);
    if (binding && isSentryModule(binding.module) && handlers.helpers.includes(binding.exportName))
      return binding.exportName;
  }
  return undefined;
}

/** The call that created a handler: inline, or a const initialised with it. */
function sentryHandlerCreation(element: ts.Expression): ts.CallExpression | undefined {
  if (ts.isCallExpression(element)) return element;
  if (!ts.isIdentifier(element)) return undefined;
  const declaration = findDeclaration(element);
  const initializer = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
  const value = initializer && skipTypeWrappers(initializer);
  return value && ts.isCallExpression(value) ? value : undefined;
}
