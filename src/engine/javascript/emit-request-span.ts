import ts from "typescript";
import { ATTR, spanIdentity, staticSpanName } from "../../core/conventions";
import { parseFieldPath } from "../../core/field-path";
import type { FieldPath } from "../../sdks/types/calls";
import type { TextEdit } from "../../core/text/edits";
import { quoteString } from "./code-style";
import type { Attribute, EmitContext, ValueCode } from "./emit-context";
import type { RequestSite } from "./find-request-sites";
import { impureParts, isPure, skipTypeWrappers } from "./purity";
import { literalProperty } from "./resolve";
import { DeclaredReads, readPath } from "./read-path";
import { isTypeScriptFile } from "./parse";
import { isRecorded, runTimeContentKind } from "../../core/content-recording";
import { modelIdCode, renameFromResponse } from "./model-value";
import { contentGateCall, recordedValue } from "./content-gate";
import { staticModelOf } from "./find-request-sites";
import { typeFactsFor } from "./type-facts";
import { indentationOfLine, moveNode, type Replacement } from "./move-code";
import { type BlockLayout, renderSpanCall } from "./render-span";
import { renderStreamSpan } from "./streaming/emit-stream-span";
import { capitalize, inEvaluationOrder, isLongText, preferredName } from "./hoisted-values";
import { availableTools, providerModelCall, staticParameters } from "./request-attributes";
import { recordInputAt } from "./record-input";
import { declaredResultType } from "./declared-type";
import { payloadRoot, responseAttributes } from "./response-attributes";

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

  // The request's input is recorded where the app passes it (record-input.ts), evaluated there, once.
  const inputsAt: Array<{ key: string; node: ts.Expression }> = [];
  const recordInput = (key: string, node: ts.Expression): void => {
    if (isRecorded(key, options)) inputsAt.push({ key, node });
  };
  const inputShape = site.operation.request;
  if (options.recordInputs && inputShape.argumentIsInput && request?.type === "argument") {
    const key = site.operation.operation === "embeddings" ? ATTR.embeddingsInput : ATTR.requestMessages;
    recordInput(key, request.node);
  } else if (options.recordInputs && requestLiteral) {
    const at = (path: FieldPath | undefined) => (path ? literalProperty(requestLiteral, path) : undefined);
    const messages = at(inputShape.messages) ?? at(inputShape.prompt);
    if (messages) recordInput(ATTR.requestMessages, messages);
    const system = at(inputShape.system);
    if (system) recordInput(ATTR.systemInstructions, system);
    const embeddingsInput = at(inputShape.embeddingsInput);
    if (embeddingsInput) recordInput(ATTR.embeddingsInput, embeddingsInput);
  }
  /** A value hoisted before the call would run before an input with effects that the call evaluates first. */
  const runsAfterAnInput = (node: ts.Expression): boolean =>
    !isPure(node) && inputsAt.some((input) => input.node.end <= node.getStart(sourceFile) && !isPure(input.node));

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
    // A model with effects written after an input with effects is not moved before it: the response names it.
    const modelNode = requestLiteral && literalProperty(requestLiteral, modelPath);
    const modelField = modelNode && runsAfterAnInput(modelNode) ? undefined : field(modelPath);
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
      const { runtimeField, prefix } = site.clientModel;
      // The SDK's prefix (`models/`) is left out: the span's model is the id the app asked for.
      const strip = prefix ? `.replace(/^${prefix.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}/, ${quote("")})` : "";
      dynamicModel = { code: `${site.receiverText}.${runtimeField}${strip}`, readsHoisted: false };
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
    for (const [key, code] of staticParameters(requestLiteral, sourceFile, context.catalog.parameterContainers))
      add(key, code);
  }

  // A request read from a value: its input is read from that value's fields.
  if (options.recordInputs && !requestLiteral && !(inputShape.argumentIsInput && request?.type === "argument")) {
    const messages = field(inputShape.messages) ?? field(inputShape.prompt);
    if (messages) add(ATTR.requestMessages, json(messages.value));
    const system = field(inputShape.system);
    if (system) add(ATTR.systemInstructions, json(system.value));
    const embeddingsInput = field(inputShape.embeddingsInput);
    if (embeddingsInput) add(ATTR.embeddingsInput, json(embeddingsInput.value));
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
  const inputEdits = inputsAt.flatMap(({ key, node }) =>
    recordInputAt(node, key, spanName, context, runTimeContentKind(key, options) === "inputs"),
  );
  /** The hoisted parts and recorded inputs inside `node`, as edits of its text. */
  const replacementsIn = (node: ts.Node): Replacement[] => {
    const start = node.getStart(sourceFile);
    const inside = inputEdits.filter((edit) => edit.start >= start && edit.end <= node.end);
    return [...hoistReplacements(node), ...inside];
  };

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
      argumentsMayThrow: inputsAt.some(({ node }) => !isPure(node)),
      lateAttributes: lateAttributes.map(quoted),
      lateName,
      move: (node, indent, splices = []) => {
        const inSplice = (part: Replacement) =>
          splices.some((splice) => part.start >= splice.start && part.end <= splice.end);
        return moveNode(
          node,
          sourceFile,
          [...replacementsIn(node).filter((part) => !inSplice(part)), ...splices],
          indent,
        );
      },
      readResponse: (root) => responseAttributes(site, root, context).map(quoted),
      modelFromResponse:
        !staticModel && !dynamicModel && site.operation.response.model
          ? { path: site.operation.response.model, namePrefix: identity.namePrefix }
          : undefined,
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
      code: moveNode(node, sourceFile, replacementsIn(node), innerIndent),
    })),
    lateAttributes: lateAttributes.map(({ key, code }) => ({ key: quote(key), code })),
    lateName,
    call: moveNode(site.node, sourceFile, replacementsIn(site.node), innerIndent),
    resultName: resultAttributes.length > 0 ? resultName : undefined,
    resultType: declaredResultType(site.node, sourceFile),
    resultStatements: reads.statements(),
    resultAttributes: resultAttributes.map(({ key, code }) => ({ key: quote(key), code })),
    afterResult,
  });
  return { start, end: site.node.end, text };
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
