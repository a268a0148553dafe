import ts from "typescript";
import { containsYield } from "./node-search";
import { spanKindOfOp } from "../../core/conventions";
import type { SdkCatalog } from "../../sdks/registry";
import type { OperationShape, SdkDescriptor, StreamSpan } from "../../sdks/types/calls";
import type { SiteStatus } from "../../core/types";
import { enclosingGenAiSpanOp } from "./existing-spans";
import { streamSpanFor } from "./streaming/stream-site";
import { skipTypeWrappers } from "./purity";
import { returningFunction, sameFileHelperCaller } from "./returned-sdk-promise";
import {
  chainNodeAt,
  type ClientValue,
  findDeclaration,
  literalProperty,
  type ModelSource,
  type ReceiverResolver,
  splitPropertyChain,
} from "./resolve";

/** Where the request object of a call can be read. */
export type RequestSource =
  /** An argument written in place (object literal, string, identifier...). */
  | { type: "argument"; node: ts.Expression }
  /** A Bedrock command held in a variable: its `input` is read at run time; `builtFrom` is the literal that built it. */
  | { type: "expression"; text: string; builtFrom?: ts.Expression };

export interface RequestSite {
  /** The expression the span replaces: the SDK call, or the whole `.withResponse()` chain. */
  node: ts.Expression;
  sdkCall: ts.CallExpression;
  sdk: SdkDescriptor;
  operation: OperationShape;
  system: string;
  /** The model fixed on the client or handle, when the call itself does not name one. */
  clientModel?: ModelSource;
  /** The receiver expression's text, for reading a model field at run time. */
  receiverText?: string;
  /** The model named by an AI SDK provider call (`openai("gpt-4o")`). */
  providerModel?: string;
  request?: RequestSource;
  /** `.data` for `.withResponse()`: the SDK result sits there. */
  resultAccessor: string;
  /** False for `.asResponse()`: the result is a raw HTTP response with no fields to read. */
  readsResult: boolean;
  callee: string;
  status: SiteStatus;
  reason?: string;
  /** Set when the call streams and its span can follow the stream: how the span ends. */
  streamSpan?: StreamSpan;
}

/** Calls whose path alone says "LLM request", so an untraceable receiver is worth a report. */
function distinctivePaths(catalog: SdkCatalog): Set<string> {
  const paths = new Set<string>();
  for (const sdk of catalog.sdks) {
    for (const kind of sdk.kinds) {
      for (const operation of kind.operations) if (operation.path.includes(".")) paths.add(operation.path);
    }
  }
  return paths;
}

/** Every operation path of the catalog, and each path's last name alone (the quick first test). */
function operationPaths(catalog: SdkCatalog): Set<string> {
  const paths = new Set<string>();
  for (const sdk of catalog.sdks) {
    for (const kind of sdk.kinds) {
      for (const operation of kind.operations) {
        paths.add(operation.path);
        paths.add(operation.path.split(".").pop()!);
      }
    }
  }
  return paths;
}

export function findRequestSites(resolver: ReceiverResolver, catalog: SdkCatalog): RequestSite[] {
  const sites: RequestSite[] = [];
  const distinctive = distinctivePaths(catalog);
  const knownPaths = operationPaths(catalog);
  const importsSdk = resolver.importsKnownSdk();
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const site = matchCall(node, resolver, knownPaths, distinctive, importsSdk);
      if (site) sites.push(site);
    }
    ts.forEachChild(node, visit);
  };
  visit(resolver.sourceFile);
  return sites;
}

function matchCall(
  call: ts.CallExpression,
  resolver: ReceiverResolver,
  knownPaths: ReadonlySet<string>,
  distinctive: Set<string>,
  importsSdk: boolean,
): RequestSite | undefined {
  const sourceFile = resolver.sourceFile;
  const callee = skipTypeWrappers(call.expression);

  // Imported functions: `generateText({ model, prompt })`.
  const entry = resolver.sdkEntryOf(callee);
  if (entry) {
    if (entry.entry.how !== "call" || !entry.entry.operation) return undefined;
    const operation = entry.entry.operation;
    const request = call.arguments[operation.request.argument ?? 0];
    const provider = request ? aiSdkProvider(request, resolver) : undefined;
    return finish({
      node: call,
      sdkCall: call,
      sdk: entry.sdk,
      operation,
      system: provider?.system ?? entry.sdk.system,
      providerModel: provider?.model,
      request: request && { type: "argument", node: request },
      resultAccessor: "",
      readsResult: true,
      callee: callee.getText(sourceFile),
      status: "instrumentable",
    });
  }

  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  // Most calls in a file are not LLM calls: only a method path some SDK has is worth tracing a receiver for.
  if (!knownPaths.has(callee.name.text)) return undefined;
  const { root, names } = splitPropertyChain(callee);
  if (!names.some((_, split) => knownPaths.has(names.slice(split).join(".")))) return undefined;
  let sawUnknown = false;
  let unassignedSlot: string | undefined;
  for (let split = 0; split < names.length; split++) {
    const receiver = split === 0 ? root : chainNodeAt(callee, names.length - split);
    const evaluation = resolver.evaluate(receiver);
    if (evaluation.type === "unknown") sawUnknown = true;
    if (
      evaluation.type === "unknown" &&
      knownPaths.has(names.slice(split).join(".")) &&
      resolver.settingsSlotOf(receiver)
    )
      unassignedSlot = receiver.getText(sourceFile);
    if (evaluation.type !== "client") continue;
    const path = names.slice(split).join(".");
    const operation = findOperation(evaluation.client, path, call, resolver);
    if (!operation) return undefined;
    // `model.invoke(input, { callbacks: [Sentry.createLangChainCallbackHandler()] })`: Sentry records this call.
    if (call.arguments.some((argument) => resolver.sentryHandlerIn(evaluation.client.sdk, argument))) return undefined;
    const site = buildClientSite(call, receiver, evaluation.client, operation.shape, operation.request, sourceFile);
    return finish({ ...site, callee: displayCallee(root, names, sourceFile) });
  }
  const path = names.join(".");
  const endsWithDistinctive = [...distinctive].some(
    (candidate) => path === candidate || path.endsWith(`.${candidate}`),
  );
  if (unassignedSlot || (sawUnknown && importsSdk && endsWithDistinctive)) {
    return {
      node: call,
      sdkCall: call,
      sdk: { id: "unknown", displayName: "unknown", modules: [], system: "", entries: [], kinds: [] },
      operation: { path, operation: "chat", request: {}, response: {} },
      system: "",
      resultAccessor: "",
      readsResult: false,
      callee: displayCallee(root, names, sourceFile),
      status: "unresolved",
      reason: unassignedSlot
        ? `cannot trace \`${unassignedSlot}\` to an LLM client: it is set outside this file; set it here (\`${unassignedSlot} = new OpenAI({ model })\`) or wrap the call by hand`
        : `cannot trace \`${root.getText(sourceFile)}\` to an LLM client: give it a type annotation or create the client in this file`,
    };
  }
  return undefined;
}

function findOperation(
  client: ClientValue,
  path: string,
  call: ts.CallExpression,
  resolver: ReceiverResolver,
): { shape: OperationShape; request?: RequestSource } | undefined {
  const candidates = client.kind.operations.filter((operation) => operation.path === path);
  if (candidates.length === 0) return undefined;
  const withoutCommand = candidates.find((operation) => !operation.command);
  if (withoutCommand) return { shape: withoutCommand };
  // Command dispatch: `client.send(new ConverseCommand(input))`, the command built inline or in a variable.
  const argument = call.arguments[0] && skipTypeWrappers(call.arguments[0]);
  if (!argument) return undefined;
  let construction: ts.NewExpression | undefined;
  let viaVariable: ts.Identifier | undefined;
  if (ts.isNewExpression(argument)) construction = argument;
  else if (ts.isIdentifier(argument)) {
    const declaration = findDeclaration(argument);
    const initializer = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
    if (initializer && ts.isNewExpression(skipTypeWrappers(initializer))) {
      construction = skipTypeWrappers(initializer) as ts.NewExpression;
      viaVariable = argument;
    }
  }
  if (!construction) return undefined;
  const commandClass = skipTypeWrappers(construction.expression);
  const binding = ts.isIdentifier(commandClass) ? resolver.importBindingOf(commandClass) : undefined;
  if (!binding || !client.sdk.modules.includes(binding.module)) return undefined;
  const shape = candidates.find((operation) => operation.command === binding.exportName);
  if (!shape) return undefined;
  const input = construction.arguments?.[0];
  if (viaVariable) {
    // The literal that built the command still tells the model; values are read from `command.input`.
    return { shape, request: { type: "expression", text: `${viaVariable.text}.input`, builtFrom: input } };
  }
  return { shape, request: input && { type: "argument", node: input } };
}

function buildClientSite(
  call: ts.CallExpression,
  receiver: ts.Expression,
  client: ClientValue,
  operation: OperationShape,
  commandRequest: RequestSource | undefined,
  sourceFile: ts.SourceFile,
): RequestSite {
  const argument = call.arguments[operation.request.argument ?? 0];
  const chain = promiseHelperChain(call);
  return {
    node: chain?.node ?? call,
    sdkCall: call,
    sdk: client.sdk,
    operation,
    system: client.system,
    clientModel: client.model,
    receiverText: receiver.getText(sourceFile),
    request: commandRequest ?? (argument && { type: "argument", node: argument }),
    resultAccessor: chain?.accessor ?? "",
    readsResult: chain?.readsResult ?? true,
    callee: "",
    status: "instrumentable",
  };
}

/** `this.client.chat.completions.create` as written, without the comments and line breaks between names. */
function displayCallee(root: ts.Expression, names: string[], sourceFile: ts.SourceFile): string {
  const rootText = ts.isIdentifier(root) || root.kind === ts.SyntaxKind.ThisKeyword ? root.getText(sourceFile) : "(…)";
  return [rootText, ...names].join(".");
}

/** Stainless clients' `.withResponse()` / `.asResponse()`: the span wraps the whole chain. */
function promiseHelperChain(
  call: ts.CallExpression,
): { node: ts.CallExpression; accessor: string; readsResult: boolean } | undefined {
  const access = call.parent;
  if (!access || !ts.isPropertyAccessExpression(access) || access.expression !== call) return undefined;
  const outer = access.parent;
  if (!outer || !ts.isCallExpression(outer) || outer.expression !== access) return undefined;
  if (access.name.text === "withResponse") return { node: outer, accessor: ".data", readsResult: true };
  if (access.name.text === "asResponse") return { node: outer, accessor: "", readsResult: false };
  return undefined;
}

/** Decides the final status: already instrumented, streaming, or a position the tool cannot rewrite. */
function finish(site: RequestSite): RequestSite {
  const enclosingOp = enclosingGenAiSpanOp(site.node);
  if (enclosingOp && spanKindOfOp(enclosingOp) === "ai-request") {
    return { ...site, status: "instrumented", reason: `already inside a \`${enclosingOp}\` span` };
  }
  if (site.operation.streaming || isStreamingRequest(site)) {
    const stream = streamSpanFor(site, streamFlagNode(site));
    if ("reason" in stream) return { ...site, status: "streaming", reason: stream.reason };
    site = { ...site, streamSpan: stream.plan };
  }
  if (containsYield(site.node)) {
    return {
      ...site,
      status: "unsupported",
      reason: "the call contains `yield`, which cannot move into a span callback",
    };
  }
  const helperCaller = promiseHelperCaller(site.node);
  if (helperCaller) {
    return {
      ...site,
      status: "unsupported",
      reason:
        `its function returns the SDK's promise to a caller that reads \`${helperCaller.helper}()\` on it (line ${helperCaller.line}), ` +
        "which the span's plain Promise does not have; wrap the caller's call instead",
    };
  }
  return site;
}

/**
 * A call returned as is from a named function that this file calls with `.withResponse()` / `.asResponse()` on the
 * result (returned-sdk-promise.ts). Callers in other files are looked up after the file's sites are found
 * (transform.ts), since that reads the project.
 */
function promiseHelperCaller(node: ts.Expression): { helper: string; line: number } | undefined {
  const name = returningFunction(node)?.name;
  return name ? sameFileHelperCaller(node.getSourceFile(), name.text) : undefined;
}

function isStreamingRequest(site: RequestSite): boolean {
  const flag = streamFlagNode(site);
  return !!flag && flag.kind !== ts.SyntaxKind.FalseKeyword;
}

/** The value of the request's stream flag as written (in the call, or in the literal a request variable holds). */
function streamFlagNode(site: RequestSite): ts.Expression | undefined {
  const flagPath = site.operation.request.streamFlag;
  if (!flagPath || site.request?.type !== "argument") return undefined;
  let request = skipTypeWrappers(site.request.node);
  if (ts.isIdentifier(request)) {
    const declaration = findDeclaration(request);
    const initializer = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
    if (!initializer) return undefined;
    request = skipTypeWrappers(initializer);
  }
  return literalProperty(request, flagPath);
}

/**
 * The AI SDK names provider and model in one call: `openai("gpt-4o")`, `anthropic.messages("...")`, or a
 * gateway string `"openai/gpt-4o"`.
 */
function aiSdkProvider(
  request: ts.Expression,
  resolver: ReceiverResolver,
): { system?: string; model?: string } | undefined {
  const model = constValue(literalProperty(request, "model"));
  if (!model) return undefined;
  if (ts.isStringLiteral(model) || ts.isNoSubstitutionTemplateLiteral(model)) {
    const [provider] = model.text.split("/");
    return { system: model.text.includes("/") ? provider : undefined, model: model.text };
  }
  if (!ts.isCallExpression(model)) return undefined;
  const first = model.arguments[0];
  const modelId =
    first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) ? first.text : undefined;
  let factory = skipTypeWrappers(model.expression);
  if (ts.isPropertyAccessExpression(factory)) factory = skipTypeWrappers(factory.expression);
  return { system: ts.isIdentifier(factory) ? providerModuleSystem(factory, resolver) : undefined, model: modelId };
}

/** The initializer of a `const` the expression names (`const model = openai("gpt-4o")`), else the expression. */
function constValue(node: ts.Expression | undefined): ts.Expression | undefined {
  if (!node || !ts.isIdentifier(node)) return node;
  const declaration = findDeclaration(node);
  const list = declaration?.parent;
  if (
    !declaration ||
    !ts.isVariableDeclaration(declaration) ||
    !declaration.initializer ||
    !list ||
    !ts.isVariableDeclarationList(list)
  )
    return node;
  return list.flags & ts.NodeFlags.Const ? skipTypeWrappers(declaration.initializer) : node;
}

/**
 * `openai` imported from a provider package ("@ai-sdk/openai", from the SDKs' `providerModules`), or made there:
 * `const openai = createOpenAI({ baseURL })`.
 */
function providerModuleSystem(factory: ts.Identifier, resolver: ReceiverResolver): string | undefined {
  const binding = resolver.importBindingOf(factory);
  const providerModules = resolver.catalog.providerModules;
  if (binding) return providerModules[binding.module];
  const declaration = findDeclaration(factory);
  const initializer =
    declaration &&
    ts.isVariableDeclaration(declaration) &&
    declaration.initializer &&
    skipTypeWrappers(declaration.initializer);
  if (!initializer || !ts.isCallExpression(initializer)) return undefined;
  const creator = skipTypeWrappers(initializer.expression);
  const creatorBinding = ts.isIdentifier(creator) ? resolver.importBindingOf(creator) : undefined;
  return creatorBinding && providerModules[creatorBinding.module];
}

/** The model a site names statically (a literal in the call, the provider call, or the client's creation). */
export function staticModelOf(site: RequestSite): string | undefined {
  const path = site.operation.request.model;
  const request = site.request;
  const node =
    path && request?.type === "argument" && !site.operation.request.argumentIsInput
      ? literalProperty(request.node, path)
      : path && request?.type === "expression" && request.builtFrom
        ? literalProperty(request.builtFrom, path)
        : undefined;
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) return node.text;
  if (site.providerModel) return site.providerModel;
  return site.clientModel && "literal" in site.clientModel ? site.clientModel.literal : undefined;
}
