import { ATTR, REQUEST_PARAM_ATTRIBUTES, SPAN_KIND_OF_OPERATION, spanIdentity, type OperationName, type SpanIdentity, type SpanKind } from "../../core/conventions";
import type { PyCatalog } from "../../sdks/registry-python";
import { PY_AUTO } from "../../sdks/sentry-python-integrations";
import type { PyArgument, PyOperation, PySdkDescriptor, PyToolDecorator } from "../../sdks/types/python";
import type { AutoIntegration } from "../../sdks/types/calls";
import type { EngineOptions, Site, SiteStatus } from "../../core/types";
import {
  argumentNode,
  callArguments,
  cleanDocstring,
  collect,
  docstringNode,
  field,
  isPure,
  literalText,
  named,
  type CallArguments,
  type Node,
  stringValue,
} from "./ast";
import { type Attr, dynamicAttr, keep, responseAttrs, spanNameCode, staticAttr } from "./emit";
import { isGenerator, ownReturns, parameterName, Resolver, systemFromModel, type Value } from "./resolve";
import { Lines, pyString } from "./text";

/** A statement-level rewrite: an LLM call, an agent run or a dispatched tool call. */
export interface StatementPlan {
  type: "statement";
  site: Site;
  identity: SpanIdentity;
  nameCode: string;
  before: Attr[];
  /** Attributes read from the result, given the variable that holds it. */
  after: (result: string) => Attr[];
  /** The awaited call (`await` included) or the call. */
  value: { start: number; end: number };
  statement: { start: number; end: number };
  /** wrap: the statement moves inside the `with`; hoist: the call moves into `_sentry_response = ...` before it. */
  mode: "wrap" | "hoist";
  /** wrap mode: the name the statement assigns the result to. */
  resultTarget?: string;
  /** wrap mode, expression statement: where `_sentry_response = ` goes. */
  prefixAt?: number;
  /** Arguments moved into variables before the call, so that they are evaluated once. */
  hoists: Array<{ start: number; end: number; name: string }>;
  resultName: string;
  spanVar: string;
  scopeNode: Node;
}

/** A function whose body moves inside the span: tools and custom agents' `run`. */
export interface BodyPlan {
  type: "body";
  site: Site;
  identity: SpanIdentity;
  nameCode: string;
  before: Attr[];
  /** First statement after the docstring, and the end of the body. */
  first: number;
  end: number;
  returns: Array<{ start: number; valueStart: number; valueEnd: number; end: number }>;
  /** What each `return` value is recorded as; undefined leaves returns alone. */
  output?: { key: string; asList: boolean };
  /** Span variable names free in the function, best first; the rewrite takes the second when spans nest. */
  spanVars: string[];
}

/** An openai-agents hand-off target that gets an `on_handoff` callback recording the hand-off span. */
export interface HandoffPlan {
  type: "handoff";
  site: Site;
  element: { start: number; end: number };
  /** wrap: `target` -> `handoff(target, on_handoff=...)`; keyword: add `on_handoff=...` to `handoff(...)`. */
  form: "wrap" | "keyword";
  insertAt: number;
  fromCode: string;
  toCode: string;
}

export type Plan = StatementPlan | BodyPlan | HandoffPlan;

export interface Analysis {
  sites: Site[];
  plans: Plan[];
  resolver: Resolver;
}

interface Context {
  text: string;
  lines: Lines;
  root: Node;
  catalog: PyCatalog;
  options: EngineOptions;
  resolver: Resolver;
}

const STATEMENT_TYPES = new Set([
  "expression_statement",
  "return_statement",
  "if_statement",
  "elif_clause",
  "while_statement",
  "for_statement",
  "with_statement",
  "match_statement",
  "case_clause",
  "assert_statement",
  "raise_statement",
  "delete_statement",
  "try_statement",
  "function_definition",
  "class_definition",
  "decorated_definition",
  "type_alias_statement",
  "global_statement",
  "nonlocal_statement",
  "block",
  "module",
]);

const SIMPLE_STATEMENTS = new Set(["expression_statement", "return_statement", "assert_statement", "raise_statement", "delete_statement"]);
const COMPREHENSIONS = new Set(["list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"]);
const REQUEST_OPS = new Set(["gen_ai.chat", "gen_ai.embeddings", "gen_ai.generate_content", "gen_ai.text_completion", "gen_ai.request", "gen_ai.responses"]);
const CONTEXT_ANNOTATION = /\b(RunContext|RunContextWrapper|ToolContext|ToolRuntime|InjectedToolArg|InjectedState|InjectedStore|RunnableConfig|CallbackManagerForToolRun)\b/;

export function analyze(text: string, root: Node, catalog: PyCatalog, options: EngineOptions): Analysis {
  const resolver = new Resolver(root, catalog);
  const ctx: Context = { text, lines: new Lines(text), root, catalog, options, resolver };
  const plans: Plan[] = [];
  const sites: Site[] = [];
  const add = (site: Site, plan?: Plan) => {
    sites.push(site);
    if (plan && site.status === "instrumentable") plans.push(plan);
  };
  for (const call of collect(root, new Set(["call"]))) {
    const found = callSite(ctx, call);
    if (found) add(found.site, found.plan);
  }
  for (const definition of collect(root, new Set(["function_definition"]))) {
    const found = toolSite(ctx, definition) ?? customAgentSite(ctx, definition);
    if (found) add(found.site, found.plan);
  }
  for (const found of handoffSites(ctx)) add(found.site, found.plan);
  sites.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  return { sites, plans, resolver };
}

// ------------------------------------------------------------------ call sites

interface Found<P extends Plan = Plan> {
  site: Site;
  plan?: P;
}

interface CallMatch {
  op: PyOperation;
  sdk: PySdkDescriptor;
  sdkId: string;
  framework?: string;
  info: { model?: string; name?: string; system?: string; async?: boolean };
  receiver?: Node;
}

function calleeText(fn: Node): string {
  const text = fn.text.replace(/\s+/g, "");
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function matchCall(ctx: Context, call: Node): CallMatch | "unresolved" | undefined {
  const fn = field(call, "function");
  if (!fn) return undefined;
  const { resolver } = ctx;
  if (fn.type === "identifier" || fn.type === "attribute") {
    const callee = resolver.resolve(fn);
    if (callee?.t === "entry" && callee.entry.how === "call" && callee.entry.operation) {
      return { op: callee.entry.operation, sdk: callee.sdk, sdkId: callee.sdk.id, info: { system: callee.entry.system ?? callee.sdk.system } };
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
      return { op, sdk: instance.sdk, sdkId: instance.kind.framework ?? instance.sdk.id, framework: instance.kind.framework, info: instance.info, receiver };
    }
  }
  if (distinctive && ctx.catalog.importPattern.test(ctx.text)) return "unresolved";
  return undefined;
}

function callSite(ctx: Context, call: Node): Found | undefined {
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
  if (op.streaming || (streamFlag && streamFlag.type !== "false")) {
    site.status = "streaming";
    site.reason = "streaming: the span has to stay open until the stream is consumed; needs manual work";
    return { site };
  }
  if (isInstrumented(ctx, call, kind)) {
    site.status = "instrumented";
    return { site };
  }
  if (ctx.options.skipAutoInstrumented && op.autoInstrumentedBy) {
    return { site: skipped(site, op.autoInstrumentedBy) };
  }
  const awaited = call.parent?.type === "await" ? call.parent : undefined;
  if (!awaited && (op.async || match.info.async)) {
    site.status = "unsupported";
    site.reason = "an async call that is not awaited here: a span around it would end before the request does";
    return { site };
  }
  const value = awaited ?? call;
  const needsResult = keep(responseAttrs(op.response, "_"), ctx.options).length > 0;
  const placement = place(ctx, value, needsResult);
  if ("reason" in placement) {
    site.status = "unsupported";
    site.reason = placement.reason;
    return { site };
  }

  // attributes
  const hoists: StatementPlan["hoists"] = [];
  const before: Attr[] = [staticAttr(ATTR.operationName, pyString(op.operation))];
  const record = (wanted: PyArgument | undefined): { static?: string; expr?: string; code?: string } | undefined => {
    let node = argumentNode(args, wanted);
    let spec: PyArgument | undefined = wanted;
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
    if (spec?.path) return { code: `_sentry_get(${recorded.code}, ${pyString(spec.path)})` };
    return recorded;
  };
  let nameSubject: { static?: string; expr?: string } | undefined;
  if (kind === "invoke-agent") {
    const agent = agentIdentity(ctx, match, args);
    nameSubject = agent.name;
    if (agent.name?.static !== undefined) before.push(staticAttr(ATTR.agentName, pyString(agent.name.static)));
    else if (agent.nameCode) before.push(dynamicAttr(ATTR.agentName, agent.nameCode));
    if (agent.model) before.push(staticAttr(ATTR.requestModel, pyString(agent.model)));
  } else {
    const model = record(op.request.model);
    const system = match.info.system ?? (model?.static !== undefined ? systemFromModel(model.static, match.sdk) : undefined);
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
  const messages = record(op.request.messages) ?? record(op.request.prompt);
  if (messages) before.push(dynamicAttr(ATTR.requestMessages, jsonOf(messages)));
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
  };
  return { site, plan };
}

function skipped(site: Site, auto: AutoIntegration): Site {
  return { ...site, status: "skipped", reason: `Sentry's ${auto.integration} (sentry-sdk ${auto.since}+) already creates this span` };
}

function jsonOf(recorded: { static?: string; expr?: string; code?: string }, options: { textAsIs?: boolean } = {}): string {
  const extra = options.textAsIs ? ", text_as_is=True" : "";
  if (recorded.static !== undefined) return `_sentry_json(${pyString(recorded.static)}${extra})`;
  return `_sentry_json(${recorded.code ?? recorded.expr}${extra})`;
}

/**
 * How an argument is recorded: a literal inline, a simple expression read again (reading a name twice is
 * harmless), anything else moved into a variable before the call so it is evaluated once, provided that
 * nothing with effects runs before it in the call (else it is not recorded).
 */
function argumentCode(
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

function agentIdentity(
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
    return { nameCode: `_sentry_get(${ref.text}, "name")`, model: info.model };
  }
  return { model: info.model };
}

// ------------------------------------------------------------------ placement

type Placement =
  | { mode: "wrap" | "hoist"; statement: { start: number; end: number }; resultTarget?: string; prefixAt?: number; scopeNode: Node }
  | { reason: string };

/** Where the call sits, and whether its statement can be wrapped or the call hoisted before it. */
function place(ctx: Context, value: Node, needsResult = true): Placement {
  let child = value;
  let parent = value.parent;
  while (parent && !STATEMENT_TYPES.has(parent.type)) {
    if (parent.type === "lambda") return { reason: "inside a lambda: there is no statement to wrap" };
    if (COMPREHENSIONS.has(parent.type)) return { reason: "inside a comprehension: there is no statement to wrap" };
    if (parent.type === "default_parameter" || parent.type === "typed_default_parameter") return { reason: "in a default argument value" };
    if (parent.type === "decorator") return { reason: "in a decorator argument" };
    if (parent.type === "conditional_expression") {
      const parts = named(parent);
      if (parts[1]?.id !== child.id) return { reason: "on one branch of a conditional expression: it does not always run" };
    }
    if (parent.type === "boolean_operator" && field(parent, "right")?.id === child.id) {
      return { reason: "on the right of `and`/`or`: it does not always run" };
    }
    child = parent;
    parent = parent.parent;
  }
  if (!parent) return { reason: "not inside a statement" };
  if (parent.type === "decorated_definition") return { reason: "in a decorator argument" };
  const statement = parent;
  const scopeNode = ctx.resolver.scopeOf(statement).node;
  const { lines } = ctx;
  if (!lines.startsLine(statement.startIndex)) return { reason: "the statement shares its line with other code (`;` or a one-line block)" };

  let mode: "wrap" | "hoist" = "hoist";
  let resultTarget: string | undefined;
  let prefixAt: number | undefined;
  let header: Node | undefined = statement;
  switch (statement.type) {
    case "expression_statement": {
      const expressions = named(statement);
      const expression = expressions.length === 1 ? expressions[0] : undefined;
      if (expression?.id === value.id) {
        mode = "wrap";
        prefixAt = value.startIndex;
      } else if (expression?.type === "assignment" && field(expression, "right")?.id === value.id && field(expression, "left")?.type === "identifier") {
        mode = "wrap";
        resultTarget = field(expression, "left")!.text;
      }
      break;
    }
    case "return_statement":
    case "assert_statement":
    case "raise_statement":
    case "delete_statement":
      break;
    case "if_statement":
      header = field(statement, "condition");
      break;
    case "for_statement":
      header = field(statement, "right");
      break;
    case "with_statement":
      header = named(statement).find((part) => part.type === "with_clause");
      break;
    case "match_statement":
      header = field(statement, "subject") ?? named(statement)[0];
      break;
    case "elif_clause":
      return { reason: "in an `elif` condition: it runs only when the earlier conditions are false" };
    case "while_statement":
      return { reason: "in a `while` condition: it runs once per iteration" };
    case "case_clause":
      return { reason: "in a `case` guard" };
    default:
      return { reason: `in a position the tool does not rewrite (${statement.type.replace(/_/g, " ")})` };
  }
  if (mode === "hoist" && !needsResult && SIMPLE_STATEMENTS.has(statement.type)) {
    // nothing to read from the result: the whole statement goes inside the span
    mode = "wrap";
    prefixAt = undefined;
    resultTarget = undefined;
  }
  if (!header || value.startIndex < header.startIndex || value.endIndex > header.endIndex) {
    return { reason: `in a position the tool does not rewrite (${statement.type.replace(/_/g, " ")})` };
  }
  const end = mode === "wrap" ? statement.endIndex : statement.endIndex;
  if (mode === "wrap" && !lines.endsLine(statement.endIndex)) return { reason: "the statement shares its line with other code (`;`)" };
  if (mode === "hoist") {
    if (!lines.endsLine(header.endIndex) && statement.type === "expression_statement") {
      return { reason: "the statement shares its line with other code (`;`)" };
    }
    // nothing with effects may run before the call in the same statement
    const effects = collect(header, new Set(["call", "await", "yield", "named_expression"])).filter(
      (node) => node.endIndex <= value.startIndex,
    );
    if (effects.length) return { reason: "other calls in the same statement run before it; move it into its own statement" };
  }
  return { mode, statement: { start: statement.startIndex, end }, resultTarget, prefixAt, scopeNode };
}

// ------------------------------------------------------------------ idempotency

/** The gen_ai op of a `with sentry_sdk.start_span(op="gen_ai...")` (or traces API) item, if it is one. */
export function genAiSpanOp(item: Node): string | undefined {
  const call = item.type === "as_pattern" ? named(item)[0] : item;
  if (!call || call.type !== "call") return undefined;
  const fn = field(call, "function");
  if (!fn || !/(^|\.)(start_span|start_transaction|start_child)$/.test(fn.text.replace(/\s+/g, ""))) return undefined;
  const args = field(call, "arguments")?.text ?? "";
  const match = /(?:\bop\s*=\s*|["']sentry\.op["']\s*:\s*)[rRuU]?["'](gen_ai\.[a-z_]+)["']/.exec(args);
  return match?.[1];
}

function opMatchesKind(op: string, kind: SpanKind): boolean {
  switch (kind) {
    case "ai-request":
      return REQUEST_OPS.has(op);
    case "invoke-agent":
      return op === "gen_ai.invoke_agent" || op === "gen_ai.create_agent";
    case "execute-tool":
      return op === "gen_ai.execute_tool";
    case "handoff":
      return op === "gen_ai.handoff";
  }
}

const TEMPLATE_OF_KIND: Record<SpanKind, string> = {
  "ai-request": "AI_CHAT",
  "invoke-agent": "AI_AGENT",
  "execute-tool": "AI_TOOL",
  handoff: "",
};

/** Is the node already inside a gen_ai span of the same kind (innermost one wins), within its function? */
function isInstrumented(ctx: Context, node: Node, kind: SpanKind): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "with_statement") {
      const clause = named(current).find((part) => part.type === "with_clause");
      for (const item of clause ? named(clause) : []) {
        const value = field(item, "value");
        const op = value && genAiSpanOp(value);
        if (op) return opMatchesKind(op, kind);
      }
    }
    if (current.type === "function_definition") return hasTraceTemplate(current, kind);
  }
  return false;
}

function hasTraceTemplate(definition: Node, kind: SpanKind): boolean {
  const decorated = definition.parent?.type === "decorated_definition" ? definition.parent : undefined;
  if (!decorated || !TEMPLATE_OF_KIND[kind]) return false;
  return named(decorated).some(
    (decorator) => decorator.type === "decorator" && /\btrace\b/.test(decorator.text) && decorator.text.includes(TEMPLATE_OF_KIND[kind]),
  );
}

/** Does the function body start (after its docstring) with a gen_ai span of this kind? */
function bodyInstrumented(body: Node, kind: SpanKind): boolean {
  const statements = named(body);
  const doc = docstringNode(body);
  const first = doc ? statements[1] : statements[0];
  if (first?.type !== "with_statement") return false;
  const clause = named(first).find((part) => part.type === "with_clause");
  const item = clause ? named(clause)[0] : undefined;
  const value = item && field(item, "value");
  const op = value && genAiSpanOp(value);
  return !!op && opMatchesKind(op, kind);
}

function freeNames(ctx: Context, scopeNode: Node, candidates: string[]): string[] {
  const used = ctx.resolver.spanNamesUsed.get(scopeNode.id);
  const free = candidates.filter((candidate) => !used?.has(candidate));
  return free.length >= 2 ? free : [...free, ...candidates.slice(-2)].slice(-2);
}

function spanVariable(ctx: Context, scopeNode: Node, candidates: string[]): string {
  const used = ctx.resolver.spanNamesUsed.get(scopeNode.id);
  return candidates.find((candidate) => !used?.has(candidate)) ?? candidates[candidates.length - 1];
}

// ------------------------------------------------------------------ tools and custom agents

function decoratorTool(ctx: Context, decorator: Node): { tool: PyToolDecorator; framework: string; call?: Node; auto?: AutoIntegration } | undefined {
  const head = named(decorator)[0];
  if (!head) return undefined;
  const call = head.type === "call" ? head : undefined;
  const expression = call ? field(call, "function") : head;
  if (!expression) return undefined;
  const value = ctx.resolver.resolve(expression);
  if (value?.t === "entry" && value.entry.how === "tool-decorator" && value.entry.tool) {
    return { tool: value.entry.tool, framework: value.sdk.id, call, auto: toolAuto(value.sdk.id) };
  }
  if (expression.type === "attribute") {
    const object = field(expression, "object");
    const attribute = field(expression, "attribute")?.text;
    const instance = object ? ctx.resolver.asInstance(ctx.resolver.resolve(object)) : undefined;
    const tool = instance?.kind.toolDecorators?.find((candidate) => candidate.name === attribute);
    if (instance && tool) return { tool, framework: instance.kind.framework ?? instance.sdk.id, call, auto: toolAuto(instance.kind.framework ?? instance.sdk.id) };
  }
  return undefined;
}

/** The Sentry integration that already wraps a framework's tool calls and hand-offs. */
function toolAuto(framework: string): AutoIntegration | undefined {
  const byFramework: Record<string, AutoIntegration> = {
    "openai-agents": PY_AUTO.openaiAgents,
    "pydantic-ai": PY_AUTO.pydanticAi,
    langchain: PY_AUTO.langchain,
  };
  return byFramework[framework];
}

/** The first paragraphs of a docstring, before any `Args:`/`Returns:`/`:param` section. */
function describe(docstring: string | undefined): string | undefined {
  if (!docstring) return undefined;
  const kept: string[] = [];
  for (const line of docstring.split("\n")) {
    if (/^\s*(Args|Arguments|Parameters|Params|Returns|Return|Raises|Yields|Examples?|Notes?|Attributes)\s*:?\s*$/.test(line)) break;
    if (/^\s*:(param|type|returns?|rtype|raises)\b/.test(line)) break;
    if (/^\s*-{3,}\s*$/.test(line) && kept.length) {
      kept.pop();
      break;
    }
    kept.push(line);
  }
  const text = kept.join("\n").trim();
  return text || undefined;
}

function toolSite(ctx: Context, definition: Node): Found | undefined {
  const decorated = definition.parent?.type === "decorated_definition" ? definition.parent : undefined;
  if (!decorated) return undefined;
  let match: ReturnType<typeof decoratorTool>;
  for (const decorator of named(decorated)) if (decorator.type === "decorator") match ??= decoratorTool(ctx, decorator);
  if (!match) return undefined;
  const name = field(definition, "name")?.text ?? "tool";
  const body = field(definition, "body");
  const identity = spanIdentity("execute_tool", ctx.options.conventions);
  const args = match.call ? callArguments(match.call) : undefined;
  const toolName = (args && match.tool.toolName && stringOf(args, match.tool.toolName)) ?? name;
  const site: Site = {
    kind: "execute-tool",
    sdk: match.framework,
    operation: "execute_tool",
    callee: `@${named(decorated)[0]?.text.replace(/^@/, "").replace(/\(.*$/s, "") ?? "tool"} ${name}`,
    range: ctx.lines.range(definition.startIndex, field(definition, "name")?.endIndex ?? definition.endIndex),
    status: "instrumentable",
    autoInstrumentedBy: match.auto,
    spanName: `${identity.namePrefix} ${toolName}`,
  };
  const docNode = body ? docstringNode(body) : undefined;
  const description = (args && match.tool.toolDescription && stringOf(args, match.tool.toolDescription)) ?? describe(docNode ? cleanDocstring(docNode) : undefined);
  const before: Attr[] = [staticAttr(ATTR.operationName, pyString("execute_tool")), staticAttr(ATTR.toolName, pyString(toolName))];
  if (description) before.push(staticAttr(ATTR.toolDescription, pyString(description)));
  const input = parametersDict(definition, match.tool.contextParams ?? 0);
  if (input) before.push(dynamicAttr(ATTR.toolInput, `_sentry_json(${input})`));
  return bodySite(ctx, definition, site, identity, spanNameCode(identity.namePrefix, { static: toolName }).code, before, {
    key: ATTR.toolOutput,
    asList: false,
  }, ["span", "tool_span", "_sentry_tool_span"]);
}

function stringOf(args: CallArguments, specs: PyArgument[]): string | undefined {
  for (const spec of specs) {
    const value = stringValue(argumentNode(args, spec));
    if (value !== undefined) return value;
  }
  return undefined;
}

/** `{"city": city, "days": days}` for the tool's own parameters (context parameters left out). */
function parametersDict(definition: Node, contextParams: number): string | undefined {
  const parameters = field(definition, "parameters");
  if (!parameters) return undefined;
  const entries: string[] = [];
  const isMethod = definition.parent?.parent?.parent?.type === "class_definition" || definition.parent?.parent?.type === "class_definition";
  named(parameters).forEach((param, index) => {
    const name = parameterName(param);
    if (!name) return;
    if (index < contextParams) return;
    if (index === 0 && isMethod && (name === "self" || name === "cls")) return;
    const type = field(param, "type") ?? named(param).find((part) => part.type === "type");
    if (type && CONTEXT_ANNOTATION.test(type.text)) return;
    entries.push(`${pyString(name)}: ${name}`);
  });
  return entries.length ? `{${entries.join(", ")}}` : undefined;
}

function bodySite(
  ctx: Context,
  definition: Node,
  site: Site,
  identity: SpanIdentity,
  nameCode: string,
  before: Attr[],
  output: { key: string; asList: boolean },
  spanNames: string[],
): Found<BodyPlan> {
  const body = field(definition, "body");
  if (!body) return { site: { ...site, status: "unsupported", reason: "no body" } };
  if (bodyInstrumented(body, site.kind) || hasTraceTemplate(definition, site.kind)) return { site: { ...site, status: "instrumented" } };
  if (ctx.options.skipAutoInstrumented && site.autoInstrumentedBy) return { site: skipped(site, site.autoInstrumentedBy) };
  const statements = named(body);
  const doc = docstringNode(body);
  const first = doc ? statements[1] : statements[0];
  if (!first) return { site: { ...site, status: "unsupported", reason: "the function has no statements besides its docstring" } };
  if (isGenerator(body)) return { site: { ...site, status: "unsupported", reason: "a generator: a span around its body would stay open across `yield`s" } };
  if (ctx.lines.lineOf(body.startIndex) === ctx.lines.lineOf(field(definition, "name")!.startIndex) || !ctx.lines.startsLine(first.startIndex)) {
    return { site: { ...site, status: "unsupported", reason: "the body shares its line with the `def` or other code" } };
  }
  const recordOutput = output.key === ATTR.toolOutput || output.key === ATTR.responseText ? ctx.options.recordOutputs : true;
  const returns = recordOutput
    ? ownReturns(body)
        .map((ret) => ({ ret, value: named(ret)[0] }))
        .filter((entry): entry is { ret: Node; value: Node } => !!entry.value)
        .map(({ ret, value }) => ({ start: ret.startIndex, valueStart: value.startIndex, valueEnd: value.endIndex, end: ret.endIndex }))
    : [];
  const plan: BodyPlan = {
    type: "body",
    site,
    identity,
    nameCode,
    before: keep(before, ctx.options),
    first: first.startIndex,
    end: body.endIndex,
    returns,
    output: recordOutput ? output : undefined,
    spanVars: freeNames(ctx, definition, spanNames),
  };
  return { site, plan };
}

/** A class named `...Agent` of this file (not a framework subclass) with a `run` method: its run is an agent run. */
function customAgentSite(ctx: Context, definition: Node): Found | undefined {
  const name = field(definition, "name")?.text;
  if (name !== "run" && name !== "arun") return undefined;
  const classBody = definition.parent?.type === "decorated_definition" ? definition.parent.parent : definition.parent;
  const classNode = classBody?.parent;
  if (classNode?.type !== "class_definition") return undefined;
  const cls = ctx.resolver.classOf(classNode);
  if (!cls || !/\w+Agent$/.test(cls.name)) return undefined;
  if (cls.bases.some((base) => isFrameworkValue(ctx.resolver.resolve(base)))) return undefined;
  const identity = spanIdentity("invoke_agent", ctx.options.conventions);
  const site: Site = {
    kind: "invoke-agent",
    sdk: "custom",
    operation: "invoke_agent",
    callee: `${cls.name}.${name}`,
    range: ctx.lines.range(definition.startIndex, field(definition, "name")!.endIndex),
    status: "instrumentable",
    spanName: `${identity.namePrefix} ${cls.name}`,
  };
  const before: Attr[] = [staticAttr(ATTR.operationName, pyString("invoke_agent")), staticAttr(ATTR.agentName, pyString(cls.name))];
  const input = parametersDict(definition, 0);
  if (input) before.push(dynamicAttr(ATTR.requestMessages, `_sentry_json(${input})`));
  return bodySite(ctx, definition, site, identity, spanNameCode(identity.namePrefix, { static: cls.name }).code, before, {
    key: ATTR.responseText,
    asList: true,
  }, ["span", "agent_span", "_sentry_agent_span"]);
}

function isFrameworkValue(value: Value | undefined): boolean {
  return !!value && (value.t === "entry" || value.t === "inst" || value.t === "module" || value.t === "imported");
}

// ------------------------------------------------------------------ hand-rolled tool dispatch

interface DispatchMatch {
  name: { static?: string; expr?: string };
}

/**
 * Hand-rolled dispatch by tool name: `TOOLS[name](**args)`, `TOOLS.get(name)(...)`, `fn = TOOLS[name]; fn(...)`
 * over a dict literal of functions bound to a name mentioning tools or functions; and
 * `if name == "get_weather": return get_weather(**args)` branches inside a function about tools.
 */
function dispatchMatch(ctx: Context, call: Node): DispatchMatch | undefined {
  const fn = field(call, "function");
  if (!fn) return undefined;
  const value = fn.type === "identifier" || fn.type === "subscript" || fn.type === "call" ? ctx.resolver.resolve(fn) : undefined;
  if (value?.t === "registry-item") {
    const key = stringValue(value.key);
    if (key !== undefined) return { name: { static: key } };
    if (isPure(value.key) && /^[\w.]+$/.test(value.key.text)) return { name: { expr: value.key.text } };
    return { name: {} };
  }
  if (fn.type !== "identifier") return undefined;
  const target = ctx.resolver.resolve(fn);
  if (target?.t !== "func" && target?.t !== "imported") return undefined;
  // the branch that holds the call
  for (let current = call.parent; current; current = current.parent) {
    if (current.type === "function_definition") return undefined;
    if (current.type === "block") {
      const branch = current.parent;
      const name = branch ? branchToolName(branch, current) : undefined;
      if (name !== undefined) {
        const owner = enclosingFunction(branch!);
        const ownerName = owner ? field(owner, "name")?.text ?? "" : "";
        if (!/tool|function|dispatch/i.test(ownerName)) return undefined;
        // the branch's first call to a function of this file or an imported one is the tool
        const first = collect(current, new Set(["call"])).find((candidate) => {
          const callee = field(candidate, "function");
          if (callee?.type !== "identifier") return false;
          const resolved = ctx.resolver.resolve(callee);
          return resolved?.t === "func" || resolved?.t === "imported";
        });
        if (first?.id !== call.id) return undefined;
        return { name: { static: name } };
      }
    }
  }
  return undefined;
}

function enclosingFunction(node: Node): Node | undefined {
  for (let current = node.parent; current; current = current.parent) if (current.type === "function_definition") return current;
  return undefined;
}

/** `if name == "x":` / `elif tool_call.function.name == "x":` / `case "x":` -> "x". */
function branchToolName(branch: Node, block: Node): string | undefined {
  if (branch.type === "if_statement" || branch.type === "elif_clause") {
    if (field(branch, "consequence")?.id !== block.id) return undefined;
    const condition = field(branch, "condition");
    if (condition?.type !== "comparison_operator" || !condition.text.includes("==")) return undefined;
    const operands = named(condition);
    if (operands.length !== 2) return undefined;
    const literal = operands.map(stringValue).find((value) => value !== undefined);
    const other = operands.find((operand) => stringValue(operand) === undefined);
    if (literal === undefined || !other || !/name\w*$/i.test(other.text)) return undefined;
    return literal;
  }
  if (branch.type === "case_clause") {
    const pattern = named(branch).find((part) => part.type === "case_pattern");
    const literal = pattern ? stringValue(named(pattern)[0]) : undefined;
    const subject = field(branch.parent?.parent ?? branch, "subject") ?? named(branch.parent?.parent ?? branch)[0];
    if (literal === undefined || !subject || !/name\w*$/i.test(subject.text)) return undefined;
    return literal;
  }
  return undefined;
}

function dispatchSite(ctx: Context, call: Node, dispatch: DispatchMatch): Found {
  const identity = spanIdentity("execute_tool", ctx.options.conventions);
  const fn = field(call, "function")!;
  const name = spanNameCode(identity.namePrefix, dispatch.name.static !== undefined || dispatch.name.expr !== undefined ? dispatch.name : undefined);
  const site: Site = {
    kind: "execute-tool",
    sdk: "custom",
    operation: "execute_tool",
    callee: calleeText(fn),
    range: ctx.lines.range(call.startIndex, call.endIndex),
    status: "instrumentable",
    spanName: name.display,
  };
  if (isInstrumented(ctx, call, "execute-tool")) return { site: { ...site, status: "instrumented" } };
  const awaited = call.parent?.type === "await" ? call.parent : undefined;
  const value = awaited ?? call;
  const placement = place(ctx, value, ctx.options.recordOutputs);
  if ("reason" in placement) return { site: { ...site, status: "unsupported", reason: placement.reason } };
  const before: Attr[] = [staticAttr(ATTR.operationName, pyString("execute_tool"))];
  if (dispatch.name.static !== undefined) before.push(staticAttr(ATTR.toolName, pyString(dispatch.name.static)));
  else if (dispatch.name.expr !== undefined) before.push(dynamicAttr(ATTR.toolName, dispatch.name.expr));
  const args = callArguments(call);
  const input = dispatchInput(args);
  if (input) before.push(dynamicAttr(ATTR.toolInput, `_sentry_json(${input})`));
  const plan: StatementPlan = {
    type: "statement",
    site,
    identity,
    nameCode: name.code,
    before: keep(before, ctx.options),
    after: (result) => keep([dynamicAttr(ATTR.toolOutput, `_sentry_json(${result})`)], ctx.options),
    value: { start: value.startIndex, end: value.endIndex },
    ...placement,
    hoists: [],
    resultName: "_sentry_output",
    spanVar: spanVariable(ctx, placement.scopeNode, ["span", "gen_ai_span", "_sentry_span"]),
  };
  return { site, plan };
}

/** The tool input as an expression, when reading the arguments again is harmless. */
function dispatchInput(args: CallArguments): string | undefined {
  const list = args.list;
  if (!list) return undefined;
  const parts = named(list);
  if (!parts.length || !parts.every(isPure) || parts.some((part) => part.text.includes("\n"))) return undefined;
  if (parts.length === 1 && parts[0].type === "dictionary_splat") return named(parts[0])[0]?.text;
  if (parts.length === 1 && parts[0].type !== "keyword_argument" && parts[0].type !== "list_splat") return parts[0].text;
  if (parts.every((part) => part.type === "keyword_argument")) {
    return `{${parts.map((part) => `${pyString(field(part, "name")!.text)}: ${field(part, "value")!.text}`).join(", ")}}`;
  }
  return `[${parts.map((part) => part.text).join(", ")}]`;
}

// ------------------------------------------------------------------ hand-offs

function handoffSites(ctx: Context): Found<HandoffPlan>[] {
  const found: Found<HandoffPlan>[] = [];
  for (const call of collect(ctx.root, new Set(["call"]))) {
    const fn = field(call, "function");
    if (!fn || (fn.type !== "identifier" && fn.type !== "attribute")) continue;
    const callee = ctx.resolver.resolve(fn);
    if (callee?.t !== "entry" || callee.entry.how !== "construct" || !callee.entry.produces) continue;
    const kind = ctx.catalog.kind(callee.entry.produces)?.kind;
    if (!kind?.handoffsKeyword) continue;
    const args = callArguments(call);
    const list = args.keywords.get(kind.handoffsKeyword)?.value;
    if (!list) continue;
    const agent = ctx.resolver.asInstance(ctx.resolver.resolve(call));
    const nameNode = kind.nameAtCreation ? argumentNode(args, kind.nameAtCreation[0]) : undefined;
    const from = agent?.info.name !== undefined ? { static: agent.info.name } : nameNode && isPure(nameNode) && !nameNode.text.includes("\n") ? { expr: nameNode.text } : undefined;
    if (list.type !== "list") {
      found.push({
        site: {
          kind: "handoff",
          sdk: kind.framework ?? "openai-agents",
          operation: "handoff",
          callee: `${kind.handoffsKeyword}=${calleeText(list)}`,
          range: ctx.lines.range(list.startIndex, list.endIndex),
          status: "unsupported",
          reason: "the hand-off list is not written out in the `Agent(...)` call",
        },
      });
      continue;
    }
    for (const element of named(list)) found.push(handoffSite(ctx, element, from, kind.framework ?? "openai-agents"));
  }
  return found;
}

function handoffSite(ctx: Context, element: Node, from: { static?: string; expr?: string } | undefined, framework: string): Found<HandoffPlan> {
  const identity = spanIdentity("handoff", ctx.options.conventions);
  let target: Node | undefined = element;
  let form: HandoffPlan["form"] = "wrap";
  let insertAt = element.endIndex;
  const site: Site = {
    kind: "handoff",
    sdk: framework,
    operation: "handoff",
    callee: calleeText(element),
    range: ctx.lines.range(element.startIndex, element.endIndex),
    status: "instrumentable",
  };
  if (element.type === "call") {
    const fn = field(element, "function");
    const callee = fn && ctx.resolver.resolve(fn);
    if (callee?.t === "entry" && callee.entry.how === "handoff") {
      const args = callArguments(element);
      const onHandoff = args.keywords.get("on_handoff");
      if (onHandoff) {
        const instrumented = /_sentry_on_handoff\s*\(/.test(onHandoff.value.text);
        return {
          site: instrumented
            ? { ...site, status: "instrumented" }
            : { ...site, status: "unsupported", reason: "the hand-off has its own `on_handoff` callback; add the span inside it" },
        };
      }
      if (args.keywords.has("input_type")) return { site: { ...site, status: "unsupported", reason: "the hand-off declares `input_type` without `on_handoff`" } };
      target = argumentNode(args, { keyword: "agent", position: 0 });
      const all = args.list ? named(args.list) : [];
      if (!target || !all.length) return { site: { ...site, status: "unsupported", reason: "the hand-off target could not be read" } };
      form = "keyword";
      insertAt = all[all.length - 1].endIndex;
    }
  }
  const resolved = target ? ctx.resolver.asInstance(ctx.resolver.resolve(target)) : undefined;
  const to =
    resolved?.info.name !== undefined
      ? { static: resolved.info.name }
      : target && (target.type === "identifier" || target.type === "attribute")
        ? { expr: `${target.text}.name` }
        : undefined;
  if (!from || !to) {
    return { site: { ...site, status: "unsupported", reason: "the names of the agents could not be read" } };
  }
  const display = (side: { static?: string; expr?: string }) => side.static ?? `{${side.expr}}`;
  site.spanName = `${identity.namePrefix} from ${display(from)} to ${display(to)}`;
  site.autoInstrumentedBy = toolAuto("openai-agents");
  if (ctx.options.skipAutoInstrumented && site.autoInstrumentedBy) return { site: skipped(site, site.autoInstrumentedBy) };
  const code = (side: { static?: string; expr?: string }) => (side.static !== undefined ? pyString(side.static) : side.expr!);
  return {
    site,
    plan: {
      type: "handoff",
      site,
      element: { start: element.startIndex, end: element.endIndex },
      form,
      insertAt,
      fromCode: code(from),
      toCode: code(to),
    },
  };
}

export type { OperationName };
