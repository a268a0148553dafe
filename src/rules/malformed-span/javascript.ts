import ts from "typescript";
import type { FindingDraft } from "../types";
import { spanProblems, type LeadingText, type WrittenSpan, type WrittenValue } from "./conventions";
import type { SourceRange } from "../../core/types";
import { RECORD_INPUT_HELPER } from "../../core/conventions";

/**
 * Lints the gen_ai spans people wrote by hand (`Sentry.startSpan({ op: "gen_ai.chat", ... })`) against Sentry's
 * conventions. It only reports what it can read statically: a spread in the options, an attributes object built
 * elsewhere, or a span handed to another function make the missing-attribute checks stand down, so every report
 * is a real problem. This file reads the TypeScript syntax; what counts as a problem, and its message, is decided in
 * conventions.ts, shared with the Python linter.
 */

const SPAN_STARTERS: ReadonlySet<string> = new Set(["startSpan", "startInactiveSpan", "startSpanManual"]);

export function lintExistingSpans(sourceFile: ts.SourceFile): FindingDraft[] {
  const starters = importedSpanStarters(sourceFile);
  const drafts: FindingDraft[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const starter = spanStarterOf(node.expression, starters);
      if (starter) drafts.push(...lintSpanCall(node, starter, sourceFile));
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return drafts;
}

/** The span starter a call's callee names (`startSpan`, ...), through import aliases. */
function spanStarterOf(callee: ts.Expression, importedStarters: ReadonlyMap<string, string>): string | undefined {
  if (ts.isPropertyAccessExpression(callee)) return SPAN_STARTERS.has(callee.name.text) ? callee.name.text : undefined;
  return ts.isIdentifier(callee) ? importedStarters.get(callee.text) : undefined;
}

/** Local name -> starter, for `import { startSpan as s }` and `const { startSpan } = require(...)`. */
function importedSpanStarters(sourceFile: ts.SourceFile): Map<string, string> {
  const locals = new Map<string, string>();
  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement)) {
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          const imported = (element.propertyName ?? element.name).text;
          if (SPAN_STARTERS.has(imported)) locals.set(element.name.text, imported);
        }
      }
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (
          !ts.isObjectBindingPattern(declaration.name) ||
          !declaration.initializer ||
          !isRequireCall(declaration.initializer)
        ) {
          continue;
        }
        for (const element of declaration.name.elements) {
          const imported = element.propertyName ?? element.name;
          if (ts.isIdentifier(imported) && SPAN_STARTERS.has(imported.text) && ts.isIdentifier(element.name)) {
            locals.set(element.name.text, imported.text);
          }
        }
      }
    }
  }
  return locals;
}

function isRequireCall(node: ts.Expression): boolean {
  return ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "require";
}

/** What a span's options and its span object tell about its attributes. */
interface AttributeFacts {
  values: Map<string, ts.Expression>;
  /** False when some attribute may be set where this lint cannot see (spread, helper function, computed key). */
  complete: boolean;
  /** `span.updateName(...)` was called: the name in the options is not the final one. */
  renamed: boolean;
}

function lintSpanCall(call: ts.CallExpression, starter: string, sourceFile: ts.SourceFile): FindingDraft[] {
  const options = call.arguments[0];
  if (!options || !ts.isObjectLiteralExpression(options)) return [];
  const properties = readProperties(options);
  if (!properties) return [];
  const opProperty = properties.get("op");
  const opValue = opProperty && staticString(opProperty);
  if (!opProperty || opValue === undefined || !opValue.startsWith("gen_ai.")) return [];

  const facts = attributeFacts(call, starter, properties.get("attributes"));
  const nameValue = properties.get("name");
  const attributes = new Map<string, WrittenValue<ts.Node>>();
  for (const [key, value] of facts.values) attributes.set(key, { literal: staticString(value), at: value });
  const span: WrittenSpan<ts.Node> = {
    op: opValue,
    opValueAt: opProperty,
    opAt: opProperty.parent,
    name: nameValue && {
      leading: leadingText(unwrap(nameValue)),
      shown: shownName(nameValue, sourceFile),
      at: nameValue,
    },
    renamed: facts.renamed,
    attributes,
    complete: facts.complete,
  };
  return spanProblems(span).map((problem) => ({
    ruleId: "malformed-span",
    range: rangeOf(problem.at, sourceFile),
    message: problem.message,
    fixable: false,
  }));
}

/**
 * Property name -> value of an object literal, or undefined when a spread or a computed name means some property
 * cannot be known. A shorthand property (`{ name }`) maps to its identifier.
 */
function readProperties(object: ts.ObjectLiteralExpression): Map<string, ts.Expression> | undefined {
  const properties = new Map<string, ts.Expression>();
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property)) {
      const key = propertyKey(property.name);
      if (key === undefined) return undefined;
      properties.set(key, property.initializer);
    } else if (ts.isShorthandPropertyAssignment(property)) {
      properties.set(property.name.text, property.name);
    } else {
      // A spread, or a method or accessor in span options: too unusual to judge.
      return undefined;
    }
  }
  return properties;
}

function propertyKey(name: ts.PropertyName): string | undefined {
  if (
    ts.isIdentifier(name) ||
    ts.isStringLiteral(name) ||
    ts.isNumericLiteral(name) ||
    ts.isNoSubstitutionTemplateLiteral(name)
  ) {
    return name.text;
  }
  if (ts.isComputedPropertyName(name)) {
    const inner = name.expression;
    if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) return inner.text;
  }
  return undefined;
}

function staticString(node: ts.Expression): string | undefined {
  const inner = unwrap(node);
  return ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner) ? inner.text : undefined;
}

/** `"x" as const`, `("x")`, `"x" satisfies T` are the same value. */
function unwrap(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current)) {
    current = current.expression;
  }
  return current;
}

function attributeFacts(
  call: ts.CallExpression,
  starter: string,
  attributesValue: ts.Expression | undefined,
): AttributeFacts {
  const facts: AttributeFacts = { values: new Map(), complete: true, renamed: false };
  if (attributesValue) {
    const inner = unwrap(attributesValue);
    if (ts.isObjectLiteralExpression(inner)) addAttributeObject(inner, facts);
    else facts.complete = false;
  }
  const span = spanBinding(call, starter);
  if (span === "unknown") facts.complete = false;
  else if (span) scanSpanUses(span.scope, span.name, span.declaration, facts);
  return facts;
}

/** Keys after the last spread are certain; earlier ones may be overridden by it, so they are not trusted. */
function addAttributeObject(object: ts.ObjectLiteralExpression, facts: AttributeFacts): void {
  let certain = new Map<string, ts.Expression>();
  for (const property of object.properties) {
    const key =
      ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)
        ? propertyKey(property.name)
        : undefined;
    if (key === undefined) {
      facts.complete = false;
      certain = new Map();
    } else {
      certain.set(key, ts.isPropertyAssignment(property) ? property.initializer : (property.name as ts.Identifier));
    }
  }
  for (const [key, value] of certain) facts.values.set(key, value);
}

interface SpanBinding {
  name: string;
  /** Where the span variable can be used. */
  scope: ts.Node;
  /** The identifier that declares it (skipped when scanning for uses). */
  declaration: ts.Identifier;
}

/**
 * The variable the span object lives in: the callback's first parameter for startSpan / startSpanManual, the
 * declared variable for `const span = startInactiveSpan(...)`. undefined: no variable (nothing else can set
 * attributes); "unknown": the span goes somewhere this lint cannot follow.
 */
function spanBinding(call: ts.CallExpression, starter: string): SpanBinding | undefined | "unknown" {
  if (starter !== "startInactiveSpan" && call.arguments.length >= 2) {
    const callback = call.arguments[1];
    if (!ts.isArrowFunction(callback) && !ts.isFunctionExpression(callback)) return "unknown";
    const parameter = callback.parameters[0];
    if (!parameter) return undefined;
    if (!ts.isIdentifier(parameter.name)) return "unknown";
    return { name: parameter.name.text, scope: callback.body, declaration: parameter.name };
  }
  if (starter !== "startInactiveSpan") return undefined;
  const parent = call.parent;
  if (ts.isExpressionStatement(parent)) return undefined;
  if (ts.isVariableDeclaration(parent) && parent.initializer === call && ts.isIdentifier(parent.name)) {
    return { name: parent.name.text, scope: enclosingScope(parent), declaration: parent.name };
  }
  return "unknown";
}

function enclosingScope(node: ts.Node): ts.Node {
  let current = node.parent;
  while (!ts.isBlock(current) && !ts.isSourceFile(current) && !ts.isModuleBlock(current) && !ts.isCaseClause(current)) {
    current = current.parent;
  }
  return current;
}

/** Reads `span.setAttribute("k", v)` / `span.setAttributes({...})`; any other use of the span may set attributes. */
function scanSpanUses(scope: ts.Node, name: string, declaration: ts.Identifier, facts: AttributeFacts): void {
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node.text === name && node !== declaration && isReference(node)) {
      recordUse(node, facts);
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
}

function recordUse(identifier: ts.Identifier, facts: AttributeFacts): void {
  const access = identifier.parent;
  // The codemod's `sentryRecordInput(span, "gen_ai.request.messages", value)` sets that one attribute.
  if (ts.isCallExpression(access) && isRecordInputCall(access) && access.arguments[0] === identifier) {
    const [, key, value] = access.arguments;
    const keyText = key && staticString(key);
    if (keyText === undefined || !value) facts.complete = false;
    else facts.values.set(keyText, value);
    return;
  }
  if (!ts.isPropertyAccessExpression(access) || access.expression !== identifier) {
    facts.complete = false;
    return;
  }
  const call = access.parent;
  if (!ts.isCallExpression(call) || call.expression !== access) return; // a read such as `span.isRecording`
  const method = access.name.text;
  if (method === "setAttribute") {
    const [key, value] = call.arguments;
    const keyText = key && staticString(key);
    if (keyText === undefined || !value) facts.complete = false;
    else facts.values.set(keyText, value);
  } else if (method === "setAttributes") {
    const object = call.arguments[0] && unwrap(call.arguments[0]);
    if (object && ts.isObjectLiteralExpression(object)) addAttributeObject(object, facts);
    else facts.complete = false;
  } else if (method === "updateName") {
    facts.renamed = true;
  }
}

function isRecordInputCall(call: ts.CallExpression): boolean {
  return (
    ts.isIdentifier(call.expression) && call.expression.text === RECORD_INPUT_HELPER && call.arguments.length === 3
  );
}

/** False where an identifier with the span's name is a property name, not the variable. */
function isReference(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  if (ts.isPropertyAccessExpression(parent)) return parent.expression === identifier;
  if (ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) return parent.initializer === identifier;
  if (ts.isMethodDeclaration(parent)) return false;
  if (ts.isBindingElement(parent)) return parent.propertyName !== identifier && parent.name !== identifier;
  if (ts.isParameter(parent) || ts.isVariableDeclaration(parent)) return parent.name !== identifier;
  return true;
}

/** The fixed text a name starts with (template literals and `+` concatenations included). */
function leadingText(node: ts.Expression): LeadingText | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { text: node.text, complete: true };
  if (ts.isTemplateExpression(node)) return { text: node.head.text, complete: false };
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = leadingText(unwrap(node.left));
    if (!left) return undefined;
    if (!left.complete) return left;
    const right = leadingText(unwrap(node.right));
    if (!right) return { text: left.text, complete: false };
    return { text: left.text + right.text, complete: right.complete };
  }
  return undefined;
}

function shownName(node: ts.Expression, sourceFile: ts.SourceFile): string {
  const inner = unwrap(node);
  if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) return JSON.stringify(inner.text);
  return inner.getText(sourceFile);
}

function rangeOf(node: ts.Node, sourceFile: ts.SourceFile): SourceRange {
  const start = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
  const end = sourceFile.getLineAndCharacterOfPosition(node.getEnd());
  return {
    start: { line: start.line + 1, column: start.character + 1 },
    end: { line: end.line + 1, column: end.character + 1 },
  };
}
