import ts from "typescript";
import { parameterPropertyNamed } from "./declarations";
import { type Evaluation, UNKNOWN } from "./evaluation";

/** What evaluating a class member needs of the resolver of the file. */
export interface MemberScope {
  evaluate(node: ts.Expression): Evaluation;
  evaluateType(type: ts.TypeNode): Evaluation;
  evaluateReturns(fn: ts.SignatureDeclaration & { body?: ts.Node }): Evaluation;
}

/**
 * The value of `this.<name>` in a class: its field (type and initialiser), a constructor parameter property, a
 * getter, or an assignment `this.<name> = ...` in any of its methods.
 */
export function evaluateClassMember(scope: MemberScope, owner: ts.ClassLikeDeclaration, name: string): Evaluation {
  let result: Evaluation = UNKNOWN;
  // A client found anywhere decides, unless Sentry's helper instruments it somewhere (that one wins).
  const consider = (evaluation: Evaluation): void => {
    if (result.type === "instrumented") return;
    if (evaluation.type === "instrumented" || (result.type !== "client" && evaluation.type !== "unknown"))
      result = evaluation;
  };
  for (const member of owner.members) {
    if (ts.isPropertyDeclaration(member) && ts.isIdentifier(member.name) && member.name.text === name) {
      if (member.type) consider(scope.evaluateType(member.type));
      if (member.initializer) consider(scope.evaluate(member.initializer));
    }
    if (ts.isConstructorDeclaration(member)) {
      const parameter = parameterPropertyNamed(member, name);
      if (parameter?.type) consider(scope.evaluateType(parameter.type));
    }
    if (ts.isGetAccessorDeclaration(member) && ts.isIdentifier(member.name) && member.name.text === name) {
      consider(scope.evaluateReturns(member));
    }
  }
  // `scope.client = new OpenAI()` in the constructor or any method.
  const visit = (node: ts.Node): void => {
    if (result.type === "instrumented") return;
    if (
      ts.isBinaryExpression(node) &&
      (node.operatorToken.kind === ts.SyntaxKind.EqualsToken ||
        node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionEqualsToken) &&
      ts.isPropertyAccessExpression(node.left) &&
      node.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
      node.left.name.text === name
    ) {
      consider(scope.evaluate(node.right));
    }
    if (ts.isClassLike(node) && node !== owner) return;
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(owner, visit);
  return result;
}
