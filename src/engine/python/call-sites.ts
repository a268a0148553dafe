import { ATTR, REQUEST_PARAM_ATTRIBUTES, SPAN_KIND_OF_OPERATION, spanIdentity } from "../../core/conventions";
import type { PyArgument, PyOperation, PySdkDescriptor } from "../../sdks/types/python";
import type { Site } from "../../core/types";
import {
  argumentNode,
  callArguments,
  collect,
  field,
  isPure,
  literalText,
  named,
  type CallArguments,
  type Node,
  stringValue,
} from "./ast";
import { type Attr, dynamicAttr, keep, responseAttrs, spanNameCode, staticAttr } from "./emit";
import { systemFromModel } from "./resolve";
import { pyString } from "./text";
import { type Context, type Found, type StatementPlan, calleeText, skipped } from "./plans";
import { fieldRead } from "./field-reads";
import { place, type Placement } from "./placement";
import { isInstrumented, spanVariable } from "./existing-spans";
import { dispatchMatch, dispatchSite } from "./dispatch-sites";

/** LLM calls and agent runs found through the SDK data: the site, its status and the span plan. */
export interface CallMatch {
  op: PyOperation;
  sdk: PySdkDescriptor;
  sdkId: string;
  framework?: string;
  info: { model?: string; name?: string; system?: string; async?: boolean };
  receiver?: Node;
}

export function matchCall(ctx: Context, call: Node): CallMatch | "unresolved" | undefined {
  const fn = field(call, "function");
  if (!fn) return undefined;
  const { resolver } = ctx;
  if (fn.type === "identifier" || fn.type === "attribute") {
    const callee = resolver.resolve(fn);
    if (callee?.t === "entry" && callee.entry.how === "call" && callee.entry.operation) {
      return {
        op: callee.entry.operation,
        sdk: callee.sdk,
        sdkId: callee.sdk.id,
        info: { system: callee.entry.system ?? callee.sdk.system },
      };
    }
  }
  if (fn.type !== "attribute") return undefined;
  const chain: string[] = [];
  let receiver: Node | undefined = fn;
  let distinctive = false;
  while (receiver?.type === "attribute") {
    const attribute = field(receiver, "attribute");
    receiver = field(receiver, "object");
    if (!attribute || !receiver) return undefined;
    chain.unshift(attribute.text);
    const path = chain.join(".");
    if (ctx.catalog.distinctivePaths.has(path)) distinctive = true;
    const instance = resolver.asInstance(resolver.resolve(receiver));
    if (!instance) continue;
    const op = instance.kind.operations.find((candidate) => candidate.path === path);
    if (op) {
      return {
        op,
        sdk: instance.sdk,
        sdkId: instance.kind.framework ?? instance.sdk.id,
        framework: instance.kind.framework,
        info: instance.info,
        receiver,
      };
    }
  }
  if (distinctive && ctx.catalog.importPattern.test(ctx.text)) return "unresolved";
  return undefined;
}

export function callSite(ctx: Context, call: Node): Found | undefined {
  const match = matchCall(ctx, call);
  const fn = field(call, "function")!;
  const range = ctx.lines.range(call.startIndex, call.endIndex);
  if (match === "unresolved") {
    const dispatch = dispatchMatch(ctx, call);
    if (dispatch) return dispatchSite(ctx, call, dispatch);
    return {
      site: {
        kind: "ai-request",
        sdk: "unknown",
        operation: "chat",
        callee: calleeText(fn),
        range,
        status: "unresolved",
        reason: "the receiver could not be traced to an SDK client (import, constructor, variable or `self` attribute)",
      },
    };
  }
  if (!match) {
    const dispatch = dispatchMatch(ctx, call);
    return dispatch ? dispatchSite(ctx, call, dispatch) : undefined;
  }
  const { op } = match;
  const kind = SPAN_KIND_OF_OPERATION[op.operation];
  const identity = spanIdentity(op.operation, ctx.options.conventions);
  const args = callArguments(call);
  const site: Site = {
    kind,
    sdk: match.sdkId,
    operation: op.operation,
    callee: calleeText(fn),
    range,
    status: "instrumentable",
    autoInstrumentedBy: op.autoInstrumentedBy,
  };
  const streamFlag = op.request.streamFlag ? args.keywords.get(op.request.streamFlag)?.value : undefined;
  const streams = op.streaming || (streamFlag && streamFlag.type !== "false");
  const manualStream = (why: string): Found => ({
    site: { ...site, status: "streaming", reason: why },
  });
  // a call whose stream the SDK data knows how to observe: one that always streams, or a literal `stream=True`,
  // with the keyword that selects the stream's form absent or one the data knows (`version="v2"`)
  const onlyWith = op.stream?.onlyWith;
  const form = onlyWith && args.keywords.get(onlyWith.keyword)?.value;
  const knownForm = !form || onlyWith.values.includes(stringValue(form) ?? "");
  const observable = !!streams && !!op.stream && knownForm && (!!op.streaming || streamFlag?.type === "true");
  // `with client.messages.stream(...) as stream:` (one manager, a plain `with`): the block is the stream's life
  const streamBlock = op.streaming && op.streamBlock ? streamBlockStatement(call) : undefined;
  // a run that goes on in the background after the call returns (`Runner.run_streamed`)
  const runStream = op.streaming ? op.runStream : undefined;
  if (
    (observable && isObservedStream(call)) ||
    (op.streamBlock && isRecordedStreamBlock(call)) ||
    (runStream && isObservedStream(call))
  ) {
    site.status = "instrumented";
    return { site };
  }
  if (streams && !observable && !streamBlock && !runStream) {
    if (op.stream && !op.streaming)
      return manualStream("the stream flag is not a literal True, so whether it streams is known only at run time");
    if (onlyWith && !knownForm)
      return manualStream(
        `only \`${onlyWith.keyword}=${onlyWith.values.map((value) => pyString(value)).join(" | ")}\` (or none) is read: \`${form?.text}\` streams events the tool has no reader for`,
      );
    return manualStream(
      op.streamBlock
        ? "only a stream manager in a plain `with <call> as stream:` is wrapped"
        : "the tool has no reader for this stream's chunks",
    );
  }
  if (isInstrumented(ctx, call, kind)) {
    site.status = "instrumented";
    return { site };
  }
  if (ctx.options.skipAutoInstrumented && op.autoInstrumentedBy) {
    return { site: skipped(site, op.autoInstrumentedBy) };
  }
  const awaited = call.parent?.type === "await" ? call.parent : undefined;
  // a coroutine passed on (`gather(...)`, `create_task(...)`): a helper coroutine that awaits it in a span takes its place
  const coroutine = !awaited && !streamBlock && !streams && (op.async || match.info.async);
  if (coroutine && isCoroutineInSpan(call)) {
    site.status = "instrumented";
    return { site };
  }
  const value = awaited ?? call;
  const needsResult = keep(responseAttrs(op.response, "_"), ctx.options).length > 0;
  const placement: Placement = coroutine
    ? {
        mode: "hoist",
        statement: { start: call.startIndex, end: call.endIndex },
        scopeNode: ctx.resolver.scopeOf(call).node,
      }
    : streamBlock
      ? streamBlockPlacement(ctx, streamBlock)
      : place(ctx, value, needsResult);
  if ("reason" in placement) {
    site.status = "unsupported";
    site.reason = placement.reason;
    return { site };
  }
  // a stream outlives its statement: it is assigned to a name (`stream = client...create(...)`) or is what a
  // `for` reads (`for chunk in llm.stream(...)`, evaluated once before the loop starts); a background run
  // (`Runner.run_streamed`) must be assigned to a name
  const assigned = placement.mode === "wrap" && !!placement.resultTarget;
  if (observable && !assigned && !isLoopIterable(ctx, value)) {
    return manualStream(
      "the stream is neither assigned to a name nor read by a `for` here (returned or passed on), so its end is out of sight",
    );
  }
  if (runStream && !assigned) {
    return manualStream(
      "the run outlives this statement and is not assigned to a name (`result = <call>`), so its end is out of sight",
    );
  }

  // attributes
  const hoists: StatementPlan["hoists"] = [];
  const before: Attr[] = [staticAttr(ATTR.operationName, pyString(op.operation))];
  const record = (wanted: PyArgument | undefined): { static?: string; expr?: string; code?: string } | undefined => {
    let node = argumentNode(args, wanted);
    let spec: PyArgument | undefined = wanted;
    if (!node && spec && !spec.path) return mappingRead(args, spec.keyword);
    if (!node || !spec) return undefined;
    const key = spec.path;
    if (key && /^\w+$/.test(key) && node.type === "dictionary") {
      // `{"messages": [...]}`: record the entry itself
      const pair = named(node).find((entry) => entry.type === "pair" && stringValue(field(entry, "key")) === key);
      const entry = pair && field(pair, "value");
      if (!entry) return undefined;
      node = entry;
      spec = { keyword: key };
    }
    const recorded = argumentCode(ctx, call, args, node, `_sentry_${spec.keyword}`, hoists);
    if (!recorded) return undefined;
    if (spec?.path) return recorded.code !== undefined ? { code: fieldRead(recorded.code, spec.path) } : undefined;
    return recorded;
  };
  let nameSubject: { static?: string; expr?: string } | undefined;
  if (kind === "invoke-agent") {
    const agent = namedAgent(ctx, call, match, args, hoists);
    nameSubject = agent.name;
    if (agent.name?.static !== undefined) before.push(staticAttr(ATTR.agentName, pyString(agent.name.static)));
    else if (agent.nameCode) before.push(dynamicAttr(ATTR.agentName, agent.nameCode));
    if (agent.model) before.push(staticAttr(ATTR.requestModel, pyString(agent.model)));
  } else {
    const model = record(op.request.model);
    const system =
      match.info.system ?? (model?.static !== undefined ? systemFromModel(model.static, match.sdk) : undefined);
    if (system) before.push(staticAttr(ATTR.system, pyString(system)));
    if (model?.static !== undefined) {
      nameSubject = { static: model.static };
      before.push(staticAttr(ATTR.requestModel, pyString(model.static)));
    } else if (model?.expr !== undefined) {
      nameSubject = { expr: model.expr };
      before.push(dynamicAttr(ATTR.requestModel, model.expr));
    } else if (match.info.model) {
      nameSubject = { static: match.info.model };
      before.push(staticAttr(ATTR.requestModel, pyString(match.info.model)));
    }
    if (op.request.params) {
      for (const [keyword, { value: node }] of args.keywords) {
        const key = REQUEST_PARAM_ATTRIBUTES[keyword];
        const literal = key ? literalText(node) : undefined;
        if (key && literal !== undefined) before.push(staticAttr(key, literal));
      }
    }
  }
  const fromMessages = record(op.request.messages);
  const messages = fromMessages ?? record(op.request.prompt);
  if (messages) {
    const recordedFrom = fromMessages ? op.request.messages : op.request.prompt;
    const textIsUserMessage = recordedFrom?.textIsUserMessage;
    before.push(dynamicAttr(ATTR.requestMessages, jsonOf(messages, { textIsUserMessage })));
  }
  const system = record(op.request.system);
  if (system?.static !== undefined) before.push(staticAttr(ATTR.systemInstructions, pyString(system.static)));
  // a str read at run time is recorded as it is, like a literal; anything else (a list of parts) as JSON
  else if (system) before.push(dynamicAttr(ATTR.systemInstructions, jsonOf(system, { textAsIs: true })));
  const tools = record(op.request.tools);
  if (tools) before.push(dynamicAttr(ATTR.availableTools, jsonOf(tools)));
  const embeddings = record(op.request.embeddingsInput);
  if (embeddings) before.push(dynamicAttr(ATTR.embeddingsInput, jsonOf(embeddings)));

  const name = spanNameCode(identity.namePrefix, nameSubject);
  site.spanName = name.display;
  const plan: StatementPlan = {
    type: "statement",
    site,
    identity,
    nameCode: name.code,
    before: keep(before, ctx.options),
    after: (result) => keep(responseAttrs(op.response, result), ctx.options),
    value: { start: value.startIndex, end: value.endIndex },
    ...placement,
    hoists,
    resultName: kind === "invoke-agent" ? "_sentry_result" : "_sentry_response",
    spanVar: spanVariable(ctx, placement.scopeNode, ["span", "gen_ai_span", "_sentry_span"]),
    stream:
      observable && op.stream
        ? { shape: op.stream, call: { start: call.startIndex, end: call.endIndex }, awaited: !!awaited }
        : undefined,
    streamBlock:
      streamBlock && op.streamBlock
        ? {
            shape: op.streamBlock,
            call: { start: call.startIndex, end: call.endIndex },
            async: /^async\b/.test(streamBlock.text),
          }
        : undefined,
    runStream: runStream ? { shape: runStream, call: { start: call.startIndex, end: call.endIndex } } : undefined,
    coroutine: coroutine ? { start: call.startIndex, end: call.endIndex } : undefined,
  };
  // arguments are evaluated once, in the call: what would need a variable before it is not recorded
  if (coroutine && hoists.length) {
    plan.before = plan.before.filter(
      (attr) => !hoists.some((hoist) => new RegExp(`\\b${hoist.name}\\b`).test(attr.code)),
    );
    plan.hoists = [];
  }
  if (plan.stream || plan.streamBlock || plan.runStream) plan.before.push(staticAttr(ATTR.responseStreaming, "True"));
  return { site, plan };
}

/** The `with` (or `async with`) statement whose only item is `<call>` or `<call> as name`. */
function streamBlockStatement(call: Node): Node | undefined {
  const item = call.parent?.type === "as_pattern" ? call.parent.parent : call.parent;
  const clause = item?.type === "with_item" ? item.parent : undefined;
  const statement = clause?.type === "with_clause" ? clause.parent : undefined;
  if (!clause || statement?.type !== "with_statement" || named(clause).length !== 1) return undefined;
  return statement;
}

function streamBlockPlacement(ctx: Context, statement: Node): Placement {
  if (!ctx.lines.startsLine(statement.startIndex) || !ctx.lines.endsLine(statement.endIndex)) {
    return { reason: "the statement shares its line with other code (`;` or a one-line block)" };
  }
  const scopeNode = ctx.resolver.scopeOf(statement).node;
  return { mode: "wrap", statement: { start: statement.startIndex, end: statement.endIndex }, scopeNode };
}

/** The call (or its `await`) is the iterable of a `for` / `async for` statement that starts its line. */
function isLoopIterable(ctx: Context, value: Node): boolean {
  const loop = value.parent;
  return (
    loop?.type === "for_statement" && field(loop, "right")?.id === value.id && ctx.lines.startsLine(loop.startIndex)
  );
}

/** `_sentry_stream_block(span, <call>, ...)` (or `_async`): the manager is already recorded by a generated span. */
function isRecordedStreamBlock(call: Node): boolean {
  const owner = call.parent?.type === "argument_list" ? call.parent.parent : undefined;
  const fn = owner?.type === "call" ? field(owner, "function") : undefined;
  return fn?.text === "_sentry_stream_block" || fn?.text === "_sentry_stream_block_async";
}

/** `_sentry_coroutine_in_span(<call>, ...)`: the coroutine is already awaited in a generated span. */
function isCoroutineInSpan(call: Node): boolean {
  const owner = call.parent?.type === "argument_list" ? call.parent.parent : undefined;
  const fn = owner?.type === "call" ? field(owner, "function") : undefined;
  return fn?.text === "_sentry_coroutine_in_span";
}

/** `_sentry_stream(span, lambda: <call>, ...)`, `_sentry_run_stream(...)`: the call is already observed by a generated stream span. */
function isObservedStream(call: Node): boolean {
  const lambda = call.parent?.type === "lambda" ? call.parent : undefined;
  const owner = lambda?.parent?.type === "argument_list" ? lambda.parent.parent : undefined;
  const fn = owner?.type === "call" ? field(owner, "function") : undefined;
  return !!fn && /^_sentry_(stream|stream_async|run_stream)$/.test(fn.text);
}

export function jsonOf(
  recorded: { static?: string; expr?: string; code?: string },
  options: { textAsIs?: boolean; textIsUserMessage?: boolean } = {},
): string {
  const extra = options.textAsIs ? ", text_as_is=True" : "";
  if (options.textIsUserMessage && recorded.static !== undefined)
    return `_sentry_json([{"role": "user", "content": ${pyString(recorded.static)}}])`;
  const value = recorded.static !== undefined ? pyString(recorded.static) : (recorded.code ?? recorded.expr);
  if (options.textIsUserMessage) return `_sentry_json(_sentry_user_messages(${value}))`;
  return `_sentry_json(${value}${extra})`;
}

/**
 * How an argument is recorded: a literal inline, a simple expression read again (reading a name twice is
 * harmless), anything else moved into a variable before the call so it is evaluated once, provided that
 * nothing with effects runs before it in the call (else it is not recorded).
 */
/** `create(**params)`: the keyword read from the mapping at run time, when the mapping is a plain name. */
function mappingRead(args: CallArguments, keyword: string): { expr: string; code: string } | undefined {
  const mapping = args.keywordsMapping;
  if (!mapping || !/^[A-Za-z_][\w.]*$/.test(mapping.text)) return undefined;
  const code = `_sentry_field(${mapping.text}, ${pyString(keyword)})`;
  return { expr: code, code };
}

export function argumentCode(
  ctx: Context,
  call: Node,
  args: CallArguments,
  node: Node,
  hoistName: string,
  hoists: StatementPlan["hoists"],
): { static?: string; expr?: string; code?: string } | undefined {
  const literal = stringValue(node);
  if (literal !== undefined) return { static: literal };
  if (isPure(node) && !node.text.includes("\n")) return { expr: node.text, code: node.text };
  const existing = hoists.find((hoist) => hoist.start === node.startIndex);
  if (existing) return { code: existing.name, expr: existing.name };
  const fn = field(call, "function");
  if (fn && !isPure(fn)) return undefined;
  const earlier = [...args.positional, ...[...args.keywords.values()].map((keyword) => keyword.value)].filter(
    (other) => other.startIndex < node.startIndex,
  );
  if (earlier.some((other) => !isPure(other))) return undefined;
  if (/\byield\b/.test(node.text) && collect(node, new Set(["yield"])).length) return undefined;
  const name = hoists.some((hoist) => hoist.name === hoistName) ? `${hoistName}_${hoists.length}` : hoistName;
  hoists.push({ start: node.startIndex, end: node.endIndex, name });
  return { code: name, expr: name };
}

/**
 * The agent's identity; an agent made in the call (`Runner.run(build_agent(model), q)`) whose name the tool
 * cannot read is hoisted into a variable, so that the span records its `name` at run time.
 */
function namedAgent(
  ctx: Context,
  call: Node,
  match: CallMatch,
  args: CallArguments,
  hoists: StatementPlan["hoists"],
): ReturnType<typeof agentIdentity> {
  const agent = agentIdentity(ctx, match, args);
  if (agent.name || agent.nameCode || !match.op.request.agent) return agent;
  const agentNode = argumentNode(args, match.op.request.agent);
  const hoisted = agentNode && argumentCode(ctx, call, args, agentNode, "_sentry_agent", hoists);
  if (!hoisted?.code) return agent;
  // The hoisted value exists only once the span has started: the agent's name is recorded, the span keeps
  // the bare operation name.
  return { nameCode: fieldRead(hoisted.code, "name"), model: agent.model };
}

export function agentIdentity(
  ctx: Context,
  match: CallMatch,
  args: CallArguments,
): { name?: { static?: string; expr?: string }; nameCode?: string; model?: string } {
  let info = match.info;
  let ref: Node | undefined = match.receiver;
  if (match.op.request.agent) {
    const agentNode = argumentNode(args, match.op.request.agent);
    const resolved = agentNode ? ctx.resolver.asInstance(ctx.resolver.resolve(agentNode)) : undefined;
    info = resolved?.info ?? {};
    ref = agentNode;
    if (!resolved?.info.name && agentNode && (agentNode.type === "identifier" || agentNode.type === "attribute")) {
      const expr = `${agentNode.text}.name`;
      return { name: { expr }, nameCode: expr, model: info.model };
    }
  }
  if (info.name) return { name: { static: info.name }, model: info.model };
  if (ref && (ref.type === "identifier" || ref.type === "attribute")) {
    return { nameCode: fieldRead(ref.text, "name"), model: info.model };
  }
  return { model: info.model };
}
