import ts from "typescript";
import type { SdkCatalog } from "../../sdks/registry";
import type { OperationShape } from "../../sdks/types/calls";
import { aiSdkProvider } from "./ai-sdk-provider";
import { skipTypeWrappers } from "./purity";
import type { RequestSite, RequestSource } from "./request-site";
import { chainNodeAt, type ClientValue, findDeclaration, type ReceiverResolver, splitPropertyChain } from "./resolve";
import { withFinalStatus } from "./site-status";

// The request site's shape, read by the emitters from here.
export { type RequestSite, type RequestSource, staticModelOf } from "./request-site";

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
    return withFinalStatus({
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
    return withFinalStatus({ ...site, callee: displayCallee(root, names, sourceFile) });
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
