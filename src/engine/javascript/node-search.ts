import ts from "typescript";

/** Whether `node` holds a descendant that passes `test`, outside the functions it contains. */
export function containsOutsideFunctions(node: ts.Node, test: (child: ts.Node) => boolean): boolean {
  let found = false;
  const visit = (child: ts.Node): void => {
    if (found || ts.isFunctionLike(child)) return;
    if (test(child)) found = true;
    else ts.forEachChild(child, visit);
  };
  ts.forEachChild(node, visit);
  return found;
}

/** Whether `node` yields outside the functions it contains. */
export function containsYield(node: ts.Node): boolean {
  return containsOutsideFunctions(node, ts.isYieldExpression);
}

/** Whether `node` awaits outside the functions it contains. */
export function awaitsInside(node: ts.Node): boolean {
  return containsOutsideFunctions(node, ts.isAwaitExpression);
}
