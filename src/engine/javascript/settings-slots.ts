import ts from "typescript";
import type { SdkCatalog } from "../../sdks/registry";
import type { SettingsSlot } from "../../sdks/types/calls";
import { type Evaluation, isClientValue, UNKNOWN } from "./evaluation";
import type { ImportBinding } from "./imports";
import { skipTypeWrappers } from "./purity";

/**
 * A framework's global settings whose fields hold a client the app assigns (`Settings.llm = new OpenAI(...)`,
 * then `Settings.llm.chat(...)`), as the receiver tracer reads them (data: the SDK's `settingsSlots`).
 */

/** What reading a settings slot needs of the resolver of the file. */
export interface SettingsScope {
  readonly sourceFile: ts.SourceFile;
  readonly catalog: SdkCatalog;
  importBindingOf(identifier: ts.Identifier): ImportBinding | undefined;
  evaluate(node: ts.Expression): Evaluation;
}

/** The settings slot an expression reads (`Settings.llm` of an import of `llamaindex`), if any. */
export function settingsSlotOf(scope: SettingsScope, expression: ts.Expression): SettingsSlot | undefined {
  const access = skipTypeWrappers(expression);
  if (!ts.isPropertyAccessExpression(access)) return undefined;
  const object = skipTypeWrappers(access.expression);
  const binding = ts.isIdentifier(object) ? scope.importBindingOf(object) : undefined;
  return binding && scope.catalog.settingsSlot(binding.module, binding.exportName, access.name.text);
}

/** The client assigned to a settings slot in this file (`Settings.llm = new OpenAI(...)`), else unknown. */
export function evaluateSettingsSlot(scope: SettingsScope, slot: SettingsSlot): Evaluation {
  let result: Evaluation = UNKNOWN;
  for (const assigned of settingsAssignments(scope, slot)) {
    const evaluation = scope.evaluate(assigned);
    if (evaluation.type === "instrumented") return evaluation;
    if (isClientValue(evaluation)) result = evaluation;
  }
  // The slot is typed as the framework's base class, which has no `model` field to read at run time.
  if (result.type === "client" && result.client.model && "runtimeField" in result.client.model)
    return { ...result, client: { ...result.client, model: undefined } };
  return result;
}

/** The values assigned to a settings slot anywhere in this file, in source order. */
export function settingsAssignments(scope: SettingsScope, slot: SettingsSlot): ts.Expression[] {
  const values: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      node.left.name.text === slot.field &&
      ts.isIdentifier(node.left.expression)
    ) {
      const binding = scope.importBindingOf(node.left.expression);
      if (binding && binding.exportName === slot.export && slot.modules.includes(binding.module))
        values.push(node.right);
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(scope.sourceFile, visit);
  return values;
}
