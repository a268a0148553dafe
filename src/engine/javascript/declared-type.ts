import ts from "typescript";
import { isTypeScriptFile } from "./parse";

/**
 * The type the app declared for what the call resolves to, when it is the awaited initializer of a variable with a
 * type annotation (`let result: RunResult<unknown, Agent> = await run(agent, input)`). Moved into a span's callback,
 * the call loses that annotation as the context its generic type arguments are inferred from; the callback's
 * `const` takes it back. One line of TypeScript, else none.
 */
export function declaredResultType(call: ts.Node, sourceFile: ts.SourceFile): string | undefined {
  if (!isTypeScriptFile(sourceFile.fileName)) return undefined;
  let node: ts.Node = call;
  while (ts.isParenthesizedExpression(node.parent)) node = node.parent;
  const awaited = node.parent;
  if (!ts.isAwaitExpression(awaited)) return undefined;
  let initializer: ts.Node = awaited;
  while (ts.isParenthesizedExpression(initializer.parent)) initializer = initializer.parent;
  const declaration = initializer.parent;
  if (!ts.isVariableDeclaration(declaration) || declaration.initializer !== initializer || !declaration.type)
    return undefined;
  const text = declaration.type.getText(sourceFile);
  return text.includes("\n") ? undefined : text;
}
