import ts from "typescript";
import type { FindingDraft } from "../check/findings";
import { ATTR, KNOWN_GEN_AI_OPS } from "../conventions";
import type { SourceRange } from "../types";

/**
 * Lints the gen_ai spans people wrote by hand (`Sentry.startSpan({ op: "gen_ai.chat", ... })`) against Sentry's
 * conventions. It only reports what it can read statically: a spread in the options, an attributes object built
 * elsewhere, or a span handed to another function make the missing-attribute checks stand down, so every report
 * is a real problem.
 */

const SPAN_STARTERS: ReadonlySet<string> = new Set(["startSpan", "startInactiveSpan", "startSpanManual"]);

/** The legacy docs op: a model call named `request <model>` (older Python docs wrote `chat <model>` with it). */
const LEGACY_REQUEST_OP = "gen_ai.request";

const SUGGESTED_OPS = [...KNOWN_GEN_AI_OPS].filter((op) => op !== LEGACY_REQUEST_OP).join(", ");

/** Operation -> the attribute a span of it must carry, and what that attribute holds. */
const REQUIRED_ATTRIBUTE: Readonly<Record<string, { key: string; holds: string }>> = {
  chat: { key: ATTR.requestModel, holds: "the requested model" },
  embeddings: { key: ATTR.requestModel, holds: "the requested model" },
  text_completion: { key: ATTR.requestModel, holds: "the requested model" },
  generate_content: { key: ATTR.requestModel, holds: "the requested model" },
  invoke_agent: { key: ATTR.agentName, holds: "the agent's name" },
  execute_tool: { key: ATTR.toolName, holds: "the tool's name" },
};

const NAME_SUBJECT: Readonly<Record<string, string>> = {
  invoke_agent: "<agent name>",
  create_agent: "<agent name>",
  execute_tool: "<tool name>",
  handoff: "from <agent> to <agent>",
};

const HANDOFF_NAME = /^handoff from \S.* to \S/;

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
        if (!ts.isObjectBindingPattern(declaration.name) || !declaration.initializer || !isRequireCall(declaration.initializer)) {
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

  const drafts: FindingDraft[] = [];
  const report = (node: ts.Node, message: string): void => {
    drafts.push({ ruleId: "malformed-span", range: rangeOf(node, sourceFile), message, fixable: false });
  };
  const opAnchor = opProperty.parent;

  if (!KNOWN_GEN_AI_OPS.has(opValue)) {
    report(opProperty, `Unknown gen_ai op "${opValue}": use one of ${SUGGESTED_OPS}.`);
    return drafts;
  }
  const operation = opValue === LEGACY_REQUEST_OP ? "chat" : opValue.slice("gen_ai.".length);
  const namePrefixes = opValue === LEGACY_REQUEST_OP ? ["request", "chat"] : [operation];
  const nameForm = `${namePrefixes[0]} ${NAME_SUBJECT[operation] ?? "<model>"}`;
  const facts = attributeFacts(call, starter, properties.get("attributes"));

  const nameValue = properties.get("name");
  if (!properties.has("name")) {
    report(opAnchor, `This ${opValue} span has no name: name it "${nameForm}".`);
  } else if (nameValue && !facts.renamed && nameFormOf(nameValue, namePrefixes, operation) === "bad") {
    report(nameValue, `Span name ${shownName(nameValue, sourceFile)} should have the form "${nameForm}".`);
  }

  const operationName = facts.values.get(ATTR.operationName);
  if (operationName) {
    const value = staticString(operationName);
    if (value !== undefined && value !== operation) {
      report(
        operationName,
        `"${ATTR.operationName}" is "${value}" but the op is ${opValue}: set it to "${operation}".`,
      );
    }
  } else if (facts.complete) {
    report(opAnchor, `Set attribute "${ATTR.operationName}" to "${operation}": Sentry classifies gen_ai spans by it.`);
  }

  const required = REQUIRED_ATTRIBUTE[operation];
  if (required && facts.complete && !facts.values.has(required.key)) {
    report(opAnchor, `Set attribute "${required.key}" (${required.holds}) on this ${opValue} span.`);
  }
  return drafts;
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
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) {
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

function attributeFacts(call: ts.CallExpression, starter: string, attributesValue: ts.Expression | undefined): AttributeFacts {
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
    const key = ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property) ? propertyKey(property.name) : undefined;
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

type NameForm = "ok" | "bad" | "unknown";

/**
 * Whether a span name is `<prefix> <subject>` (or the bare prefix, which the SDKs use when the subject is
 * unknown). Template literals and `+` concatenations are judged by their fixed leading text; a name that starts
 * with an expression cannot be judged.
 */
function nameFormOf(node: ts.Expression, prefixes: readonly string[], operation: string): NameForm {
  const leading = leadingText(unwrap(node));
  if (!leading) return "unknown";
  const forms = prefixes.map((prefix) => prefixForm(leading.text, leading.complete, prefix));
  if (forms.includes("ok")) {
    if (operation === "handoff" && leading.complete && !HANDOFF_NAME.test(leading.text)) return "bad";
    return "ok";
  }
  return forms.includes("unknown") ? "unknown" : "bad";
}

function prefixForm(text: string, complete: boolean, prefix: string): NameForm {
  if (complete) return text === prefix || text.startsWith(`${prefix} `) ? "ok" : "bad";
  if (text.startsWith(`${prefix} `)) return "ok";
  // `${prefix}${x}` or `ch${x}`: the expression may supply the rest of the word and the space.
  return prefix.startsWith(text) ? "unknown" : "bad";
}

/** The fixed text a name starts with, and whether that is the whole name. */
function leadingText(node: ts.Expression): { text: string; complete: boolean } | undefined {
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
