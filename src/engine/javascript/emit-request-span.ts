import ts from "typescript";
import { ATTR, REQUEST_PARAM_ATTRIBUTES, spanIdentity, staticSpanName } from "../../core/conventions";
import { parseFieldPath, yieldsList } from "../../core/field-path";
import type { FieldPath, RequestShape, ResponseShape, UsageShape } from "../../sdks/types/calls";
import type { TextEdit } from "../../core/text/edits";
import type { EngineOptions, ProjectInfo } from "../../core/types";
import { compareVersions } from "../project";
import { type CodeStyle, quoteString } from "./code-style";
import type { RequestSite } from "./find-request-sites";
import type { NameAllocator } from "./names";
import { impureParts, isPure, skipTypeWrappers } from "./purity";
import { literalProperty, propertyNameText } from "./resolve";
import { DeclaredReads, readDeclaredPath, readPath } from "./read-path";
import { isTypeScriptFile } from "./parse";
import { isRecorded, runTimeContentKind } from "./span-attributes";
import { modelIdCode, renameFromResponse } from "./model-value";
import { contentGateCall, recordedValue } from "./content-gate";
import { staticModelOf } from "./find-request-sites";
import { typeFactsFor } from "./type-facts";
import { indentationOfLine, moveNode, type Replacement } from "./move-code";
import { type BlockLayout, renderSpanCall } from "./render-span";
import { renderStreamSpan } from "./streaming/emit-stream-span";

/** What every emitter of a file shares: style, the Sentry namespace, names, and the JSON helper's use. */
export interface EmitContext {
  sourceFile: ts.SourceFile;
  style: CodeStyle;
  sentry: string;
  names: NameAllocator;
  options: EngineOptions;
  project: ProjectInfo;
  jsonHelper: string;
  usesJsonHelper: boolean;
  /** The streaming runtime helpers the file's spans call (streaming/stream-helpers.ts appends them). */
  streamHelpers: Set<string>;
  /** Set when a content attribute reads the run-time recording decision (content-gate.ts). */
  usesContentGate?: boolean;
}

export interface Attribute {
  key: string;
  code: string;
}

/** Code for one request value, and whether it reads a constant hoisted inside the span callback. */
interface ValueCode {
  code: string;
  readsHoisted: boolean;
}

/** Sub-objects of a request where model parameters also live (Google `config`, Ollama `options`...). */
const PARAMETER_CONTAINERS = ["", "config", "options", "inferenceConfig", "generationConfig"];

const VERB_PREFIX = /^(get|build|make|create|load|fetch|compute|format|to|read|prepare)(?=[A-Z])/;

/**
 * Plans and writes the span for one LLM request site: static values inlined, dynamic ones read from the
 * expressions the code already has, anything with side effects evaluated once into a `const` inside the
 * callback, and result fields read with optional chaining after the call.
 */
export function emitRequestSpan(site: RequestSite, context: EmitContext): TextEdit {
  const { sourceFile, style, options } = context;
  const local = context.names.fork();
  const hoisted = new Map<ts.Node, string>();
  const hoists: Array<{ name: string; node: ts.Expression }> = [];
  const quote = (value: string): string => quoteString(value, style);

  /** Where hoisted parts sit inside `node`, as splices of their names (a same-named property becomes shorthand). */
  const hoistReplacements = (node: ts.Node): Replacement[] => {
    const start = node.getStart(sourceFile);
    const replacements: Replacement[] = [];
    for (const [part, name] of hoisted) {
      if (part.getStart(sourceFile) < start || part.end > node.end || part === node) continue;
      const property = part.parent;
      const shorthand =
        ts.isPropertyAssignment(property) &&
        property.initializer === part &&
        ts.isIdentifier(property.name) &&
        property.name.text === name &&
        property.getStart(sourceFile) >= start;
      replacements.push(
        shorthand
          ? { start: property.getStart(sourceFile), end: property.end, text: name }
          : { start: part.getStart(sourceFile), end: part.end, text: name },
      );
    }
    return replacements;
  };

  const start = site.node.getStart(sourceFile);
  const baseIndent = indentationOfLine(sourceFile.text, start);
  const innerIndent = baseIndent + style.indentUnit + style.indentUnit;
  const attributeIndent = innerIndent + style.indentUnit;

  const hoist = (node: ts.Expression, preferred: string): string => {
    const existing = hoisted.get(node);
    if (existing) return existing;
    const name = local.allocate(preferred, [`${preferred}Value`, `request${capitalize(preferred)}`]);
    hoisted.set(node, name);
    hoists.push({ name, node });
    return name;
  };

  const valueOf = (node: ts.Expression): ValueCode => {
    const existing = hoisted.get(node);
    if (existing) return { code: existing, readsHoisted: true };
    const parts = impureParts(node);
    for (const part of parts) hoist(part, preferredName(part));
    const whole = hoisted.get(node);
    if (whole) return { code: whole, readsHoisted: true };
    // A long string is written once, in a const the call and the attribute both read, not copied.
    if (isLongText(node, sourceFile)) return { code: hoist(node, preferredName(node)), readsHoisted: true };
    const replacements = hoistReplacements(node);
    return { code: moveNode(node, sourceFile, replacements, attributeIndent), readsHoisted: replacements.length > 0 };
  };

  // Where request fields are read from.
  const request = site.request;
  const types = typeFactsFor(sourceFile);
  let requestLiteral: ts.ObjectLiteralExpression | undefined;
  let requestRoot: ValueCode | undefined;
  /** The request value read at run time, when it is an argument: its static type says which fields it has. */
  let requestRootNode: ts.Expression | undefined;
  const offered = (path: FieldPath): boolean =>
    !requestRootNode || types.offersPath(requestRootNode, propertyNamesOf(path));
  if (request?.type === "expression") {
    requestRoot = { code: request.text, readsHoisted: false };
  } else if (request && !site.operation.request.argumentIsInput) {
    const argument = skipTypeWrappers(request.node);
    if (ts.isObjectLiteralExpression(argument)) requestLiteral = argument;
    else if (isPure(request.node)) requestRoot = { code: request.node.getText(sourceFile), readsHoisted: false };
    else requestRoot = { code: hoist(request.node, "request"), readsHoisted: true };
    if (requestRoot) requestRootNode = request.node;
  }

  const field = (path: FieldPath | undefined): { value: ValueCode; node?: ts.Expression } | undefined => {
    if (!path) return undefined;
    if (requestLiteral) {
      const node = literalProperty(requestLiteral, path);
      return node ? { value: valueOf(node), node } : undefined;
    }
    if (requestRoot && offered(path)) {
      return { value: { code: readPath(requestRoot.code, path, style.quote), readsHoisted: requestRoot.readsHoisted } };
    }
    return undefined;
  };

  // Model and span name: a literal or a provider call's literal is inlined; otherwise the model is read from the
  // request's value as its id (never an SDK model object), or, when the request does not tell it, from the response.
  const identity = spanIdentity(site.operation.operation, options.conventions);
  const modelPath = site.operation.request.model;
  let staticModel = staticModelOf({ ...site, clientModel: undefined });
  let dynamicModel: ValueCode | undefined;
  // A provider's model object (`openai.chat(model)`) is left where it is: the name is the call's first argument.
  const providerCall = staticModel ? undefined : providerModelCall(requestLiteral, site.operation.request);
  if (providerCall) {
    const named = providerCall.arguments[0];
    if (named && isPure(named)) dynamicModel = valueOf(named);
  } else if (!staticModel && modelPath) {
    const modelField = field(modelPath);
    if (modelField) {
      const idField = site.operation.request.modelIdField;
      const kind = !idField
        ? "string"
        : modelField.node
          ? types.modelValue(modelField.node, idField)
          : requestRootNode
            ? types.modelValue(requestRootNode, idField, propertyNamesOf(modelPath))
            : "unknown";
      dynamicModel = modelIdCode(modelField.value, kind, idField, quote);
    }
  }
  if (!staticModel && !dynamicModel && !providerCall && site.clientModel && "literal" in site.clientModel)
    staticModel = site.clientModel.literal;
  if (!staticModel && !dynamicModel && !providerCall && site.clientModel && "runtimeField" in site.clientModel) {
    const receiver = receiverNode(site);
    if (
      receiver &&
      /^[\w$.]+$/.test(site.receiverText ?? "") &&
      types.offersPath(receiver, [site.clientModel.runtimeField])
    ) {
      dynamicModel = { code: `${site.receiverText}.${site.clientModel.runtimeField}`, readsHoisted: false };
    }
  }

  const startAttributes: Attribute[] = [];
  const lateAttributes: Attribute[] = [];
  const add = (key: string, value: ValueCode | string): void => {
    if (!isRecorded(key, options)) return;
    const entry = { key, code: recordedValue(key, typeof value === "string" ? value : value.code, context) };
    if (typeof value !== "string" && value.readsHoisted) lateAttributes.push(entry);
    else startAttributes.push(entry);
  };
  const json = (value: ValueCode): ValueCode => {
    context.usesJsonHelper = true;
    return { code: `${context.jsonHelper}(${value.code})`, readsHoisted: value.readsHoisted };
  };

  add(ATTR.operationName, quote(site.operation.operation));
  if (site.system) add(ATTR.system, quote(site.system));
  if (staticModel) add(ATTR.requestModel, quote(staticModel));
  else if (dynamicModel) add(ATTR.requestModel, dynamicModel);

  if (requestLiteral) {
    for (const [key, code] of staticParameters(requestLiteral, sourceFile)) add(key, code);
  }

  if (options.recordInputs) {
    const shape = site.operation.request;
    if (shape.argumentIsInput && request?.type === "argument") {
      if (site.operation.operation === "embeddings") {
        // A text is recorded as it is, a list of texts as JSON (as the request's own `input` field is).
        const text = isStringNode(request.node) || types.isText(request.node);
        add(ATTR.embeddingsInput, text ? valueOf(request.node) : json(valueOf(request.node)));
      } else add(ATTR.requestMessages, json(promptAsMessages(request.node, valueOf(request.node), quote)));
    } else {
      const messages = field(shape.messages);
      const prompt = messages ? undefined : field(shape.prompt);
      if (messages) add(ATTR.requestMessages, json(messages.value));
      else if (prompt)
        add(
          ATTR.requestMessages,
          json(prompt.node ? promptAsMessages(prompt.node, prompt.value, quote) : prompt.value),
        );
      const system = field(shape.system);
      if (system)
        add(
          ATTR.systemInstructions,
          isStringNode(system.node) || (system.node && types.isText(system.node)) ? system.value : json(system.value),
        );
      const embeddingsInput = field(shape.embeddingsInput);
      if (embeddingsInput)
        add(
          ATTR.embeddingsInput,
          isStringNode(embeddingsInput.node) ? embeddingsInput.value : json(embeddingsInput.value),
        );
    }
  }
  const tools = availableTools(
    site,
    requestLiteral,
    site.operation.request.tools && offered(site.operation.request.tools) ? requestRoot : undefined,
    context,
  );
  if (tools) add(ATTR.availableTools, tools);

  // The callback's own names.
  const spanName = local.allocate("span", ["aiSpan", "genAiSpan"]);
  const resultName = local.allocate("response", ["result", "completion", "reply", "output"]);

  let nameCode: string;
  let lateName: string | undefined;
  if (staticModel || !dynamicModel) {
    nameCode = quote(staticSpanName(identity, staticModel));
  } else {
    const template = `\`${identity.namePrefix} \${${dynamicModel.code}}\``;
    if (dynamicModel.readsHoisted) {
      nameCode = quote(identity.namePrefix);
      lateName = template;
    } else {
      nameCode = template;
    }
  }

  const layout: BlockLayout = {
    base: baseIndent,
    unit: style.indentUnit,
    eol: style.eol,
    semicolon: style.semicolons ? ";" : "",
  };
  const quoted = ({ key, code }: Attribute) => ({ key: quote(key), code });
  if (site.streamSpan) {
    const text = renderStreamSpan(site, site.streamSpan, layout, {
      sentry: context.sentry,
      op: quote(identity.op),
      name: nameCode,
      attributes: [...startAttributes, { key: ATTR.responseStreaming, code: "true" }].map(quoted),
      spanName,
      hoists,
      lateAttributes: lateAttributes.map(quoted),
      lateName,
      move: (node, indent, splices = []) => {
        const inSplice = (part: Replacement) =>
          splices.some((splice) => part.start >= splice.start && part.end <= splice.end);
        return moveNode(
          node,
          sourceFile,
          [...hoistReplacements(node).filter((part) => !inSplice(part)), ...splices],
          indent,
        );
      },
      readResponse: (root) => responseAttributes(site, root, context).map(quoted),
      resultName,
      names: local,
      usedHelpers: context.streamHelpers,
      recordOutputs: options.recordOutputs,
      outputsGate: runTimeContentKind(ATTR.responseText, options)
        ? () => contentGateCall("outputs", context)
        : undefined,
      quote: style.quote,
    });
    return { start, end: site.node.end, text };
  }

  const resultRoot = `${resultName}${site.resultAccessor}`;
  // Fields the SDK types too loosely are read through a `const` of their declared type (TypeScript only).
  const reads = new DeclaredReads(
    payloadRoot(site, resultRoot, style.quote),
    isTypeScriptFile(sourceFile.fileName) ? site.operation.response.declaredTypes : undefined,
    style.quote,
    (preferred) => local.allocate(preferred, [`${preferred}Value`, `response${capitalize(preferred)}`]),
  );
  const resultAttributes = site.readsResult ? responseAttributes(site, resultRoot, context, reads) : [];
  // No model in the request: the response names it, for the request model and the span name both.
  const responseModelPath = site.operation.response.model;
  let afterResult: string | undefined;
  if (!staticModel && !dynamicModel && site.readsResult && responseModelPath) {
    const responseModel = reads.read(responseModelPath);
    resultAttributes.unshift({ key: ATTR.requestModel, code: responseModel });
    afterResult = renameFromResponse(spanName, identity.namePrefix, responseModel);
  }
  const text = renderSpanCall(layout, {
    sentry: context.sentry,
    op: quote(identity.op),
    name: nameCode,
    attributes: startAttributes.map(({ key, code }) => ({ key: quote(key), code })),
    spanName,
    hoists: inEvaluationOrder(hoists).map(({ name, node }) => ({
      name,
      code: moveNode(node, sourceFile, hoistReplacements(node), innerIndent),
    })),
    lateAttributes: lateAttributes.map(({ key, code }) => ({ key: quote(key), code })),
    lateName,
    call: moveNode(site.node, sourceFile, hoistReplacements(site.node), innerIndent),
    resultName: resultAttributes.length > 0 ? resultName : undefined,
    resultStatements: reads.statements(),
    resultAttributes: resultAttributes.map(({ key, code }) => ({ key: quote(key), code })),
    afterResult,
  });
  return { start, end: site.node.end, text };
}

function providerModelCall(
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

/** Where the response payload is read from: the result, or its `payload` field. */
function payloadRoot(site: RequestSite, resultRoot: string, quote: string): string {
  const payload = site.operation.response.payload;
  return payload ? readPath(resultRoot, payload, quote) : resultRoot;
}

/**
 * The result's attributes. `reads` reads the payload's loosely typed fields through consts; without it (a stream's
 * final object) they are read through an inline type assertion in TypeScript.
 */
function responseAttributes(
  site: RequestSite,
  resultRoot: string,
  context: EmitContext,
  reads?: DeclaredReads,
): Attribute[] {
  const response: ResponseShape = site.operation.response;
  const quote = context.style.quote;
  const root = payloadRoot(site, resultRoot, quote);
  const declared = isTypeScriptFile(context.sourceFile.fileName) ? response.declaredTypes : undefined;
  const read = (path: FieldPath): string => (reads ? reads.read(path) : readDeclaredPath(root, path, quote, declared));
  const json = (code: string): string => {
    context.usesJsonHelper = true;
    return `${context.jsonHelper}(${code})`;
  };
  const asList = (path: FieldPath): string => (yieldsList(path) ? json(read(path)) : json(`[${read(path)}]`));

  const attributes: Attribute[] = [];
  const add = (key: string, code: string): void => {
    if (!isRecorded(key, context.options)) return;
    attributes.push({ key, code: recordedValue(key, code, context) });
  };
  if (response.model) add(ATTR.responseModel, read(response.model));
  if (response.id) add(ATTR.responseId, read(response.id));
  if (response.text) add(ATTR.responseText, asList(response.text));
  else if (response.textIsResult) add(ATTR.responseText, json(`[${root}]`));
  if (response.toolCalls) add(ATTR.responseToolCalls, json(read(response.toolCalls)));
  if (response.finishReasons) add(ATTR.finishReasons, asList(response.finishReasons));

  const usage = usageFor(site, response, context.project);
  if (usage) {
    const input =
      usage.input && (usage.inputAlsoCounts ? tokenSum(read, usage.input, usage.inputAlsoCounts) : read(usage.input));
    if (input) add(ATTR.inputTokens, input);
    const output =
      usage.output &&
      (usage.outputAlsoCounts ? tokenSum(read, usage.output, usage.outputAlsoCounts) : read(usage.output));
    if (output) add(ATTR.outputTokens, output);
    if (usage.total) add(ATTR.totalTokens, read(usage.total));
    else if (usage.totalIsSum && usage.input && usage.output) {
      add(
        ATTR.totalTokens,
        tokenSum(read, usage.input, [
          ...(usage.inputAlsoCounts ?? []),
          usage.output,
          ...(usage.outputAlsoCounts ?? []),
        ]),
      );
    }
  }
  return attributes;
}

/** The usage field names for the project's installed version of the SDK. */
function usageFor(site: RequestSite, response: ResponseShape, project: ProjectInfo): UsageShape | undefined {
  const older = response.usageBeforeMajor;
  if (older) {
    const major = site.sdk.modules.map((module) => project.sdkMajors[module]).find((value) => value !== undefined);
    if (major !== undefined && major < older.major) return older.usage;
  }
  const olderVersion = response.usageBeforeVersion;
  if (olderVersion) {
    const version = project.sdkVersions?.[olderVersion.module];
    if (version !== undefined && compareVersions(version, olderVersion.version) < 0) return olderVersion.usage;
  }
  return response.usage;
}

/**
 * `base + extra1 + extra2`, undefined when `base` is missing: a missing count is no count, never NaN or 0.
 */
function tokenSum(read: (path: FieldPath) => string, base: FieldPath, extras: FieldPath[]): string {
  const baseRead = read(base);
  const parts = [baseRead, ...extras.map((path) => `(${read(path)} ?? 0)`)];
  return `${baseRead} == null ? undefined : ${parts.join(" + ")}`;
}

/** Numeric sampling parameters written as literals in the request: temperature, max tokens, top_p... */
function staticParameters(request: ts.ObjectLiteralExpression, sourceFile: ts.SourceFile): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const seen = new Set<string>();
  for (const container of PARAMETER_CONTAINERS) {
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
function availableTools(
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
      const described = tools.elements.map((element) => describeTool(element));
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

function describeTool(element: ts.Expression): { name: string; description?: string } | undefined {
  const text = (path: string): string | undefined => {
    const node = literalProperty(element, path);
    return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
  };
  for (const prefix of ["", "function.", "toolSpec.", "functionDeclarations.0."]) {
    const name = text(`${prefix}name`);
    if (name) {
      const description = text(`${prefix}description`);
      return description ? { name, description } : { name };
    }
  }
  // openai's tool runner offers an unnamed tool under its function's own name (`function: function lookup() {}`).
  const fn = literalProperty(element, "function.function");
  if (fn && ts.isFunctionExpression(skipTypeWrappers(fn))) {
    const name = (skipTypeWrappers(fn) as ts.FunctionExpression).name?.text;
    const description = text("function.description");
    if (name) return description ? { name, description } : { name };
  }
  return undefined;
}

function containsFunction(node: ts.Node): boolean {
  if (ts.isFunctionLike(node)) return true;
  return ts.forEachChild(node, (child) => (containsFunction(child) ? true : undefined)) ?? false;
}

/**
 * A plain-string prompt is recorded as one user message, the shape Sentry's conversation view reads; a prompt
 * that may be a string or a message list (AI SDK `prompt`, OpenAI Responses `input`) is checked at run time.
 * The value is an identifier, a property path or a hoisted constant here, so reading it twice is safe.
 */
function promptAsMessages(node: ts.Expression, value: ValueCode, quote: (text: string) => string): ValueCode {
  const message = `[{ role: ${quote("user")}, content: ${value.code} }]`;
  if (isStringNode(node)) return { code: message, readsHoisted: value.readsHoisted };
  const inner = skipTypeWrappers(node);
  if (ts.isArrayLiteralExpression(inner) || ts.isObjectLiteralExpression(inner) || !/^[\w$.?]+$/.test(value.code))
    return value;
  return {
    code: `typeof ${value.code} === ${quote("string")} ? ${message} : ${value.code}`,
    readsHoisted: value.readsHoisted,
  };
}

/**
 * Hoisted values in the order the call would have evaluated them: by where each ends in the source, so a part
 * hoisted out of a larger value (a call inside a template) comes before the value that reads it.
 */
function inEvaluationOrder<T extends { node: ts.Node }>(hoists: T[]): T[] {
  return [...hoists].sort((a, b) => a.node.end - b.node.end || b.node.pos - a.node.pos);
}

/** Lines a string or template literal may span before the span reads it from a const instead of a copy. */
const LONG_TEXT_LINES = 3;

function isLongText(node: ts.Expression, sourceFile: ts.SourceFile): boolean {
  if (!isStringNode(node)) return false;
  const first = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line;
  return sourceFile.getLineAndCharacterOfPosition(node.end).line - first >= LONG_TEXT_LINES;
}

function isStringNode(node: ts.Expression | undefined): boolean {
  if (!node) return false;
  const inner = skipTypeWrappers(node);
  return ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner) || ts.isTemplateExpression(inner);
}

function preferredName(part: ts.Expression): string {
  const parent = part.parent;
  if (ts.isPropertyAssignment(parent) && parent.initializer === part) {
    const key = propertyNameText(parent.name);
    if (key && /^[A-Za-z_$][\w$]*$/.test(key)) return key;
  }
  let inner: ts.Expression = skipTypeWrappers(part);
  if (ts.isAwaitExpression(inner)) inner = skipTypeWrappers(inner.expression);
  if (ts.isCallExpression(inner)) {
    const callee = inner.expression;
    const name = ts.isIdentifier(callee)
      ? callee.text
      : ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : undefined;
    if (name) {
      const stripped = name.replace(VERB_PREFIX, "");
      return stripped.charAt(0).toLowerCase() + stripped.slice(1);
    }
  }
  return "value";
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The property names a path starts with, up to its first list step: what its static type must offer. */
function propertyNamesOf(path: FieldPath): string[] {
  const names: string[] = [];
  for (const segment of parseFieldPath(path)) {
    if (segment.type !== "property") break;
    names.push(segment.name);
  }
  return names;
}

/** The receiver expression of the SDK call (`this.llm` in `this.llm.invoke(...)`), as written. */
function receiverNode(site: RequestSite): ts.Expression | undefined {
  let node: ts.Expression = skipTypeWrappers(site.sdkCall.expression);
  const sourceFile = node.getSourceFile();
  while (ts.isPropertyAccessExpression(node)) {
    if (node.expression.getText(sourceFile) === site.receiverText) return node.expression;
    node = skipTypeWrappers(node.expression);
    if (node.getText(sourceFile) === site.receiverText) return node;
  }
  return undefined;
}
