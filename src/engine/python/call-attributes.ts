import { ATTR, REQUEST_PARAM_ATTRIBUTES, SPAN_KIND_OF_OPERATION } from "../../core/conventions";
import type { PyArgument } from "../../sdks/types/python";
import { argumentNode, field, literalText, named, type CallArguments, type Node, stringValue } from "./ast";
import { type Attr, dynamicAttr, staticAttr } from "./emit";
import { systemFromModel } from "./resolve";
import { pyString } from "./text";
import type { Context, StatementPlan } from "./plans";
import type { CallMatch } from "./call-match";
import { fieldRead } from "./field-reads";
import { argumentCode, mappingRead, type RecordedValue } from "./argument-code";
import { namedAgent } from "./agent-names";

/** What an LLM call's or agent run's span records before the call, read from the call's arguments. */

export interface CallAttributes {
  before: Attr[];
  /** What the span's name names: the model, or the agent. */
  nameSubject?: { static?: string; expr?: string };
}

/** `hoists`: gets the arguments moved into variables before the call so that the span can read them. */
export function callAttributes(
  ctx: Context,
  call: Node,
  match: CallMatch,
  args: CallArguments,
  hoists: StatementPlan["hoists"],
): CallAttributes {
  const { op } = match;
  const record = (wanted: PyArgument | undefined) => recordArgument(call, args, wanted, hoists);
  const before: Attr[] = [staticAttr(ATTR.operationName, pyString(op.operation))];
  let nameSubject: CallAttributes["nameSubject"];
  if (SPAN_KIND_OF_OPERATION[op.operation] === "invoke-agent") {
    const agent = namedAgent(ctx, call, match, args, hoists);
    nameSubject = agent.name;
    if (agent.name?.static !== undefined) before.push(staticAttr(ATTR.agentName, pyString(agent.name.static)));
    else if (agent.nameCode) before.push(dynamicAttr(ATTR.agentName, agent.nameCode));
    if (agent.model) before.push(staticAttr(ATTR.requestModel, pyString(agent.model)));
  } else {
    nameSubject = modelAttributes(match, args, record(op.request.model), before);
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
  return { before, nameSubject };
}

/** The system, the model and the literal sampling parameters of an LLM call, added to `before`; the model named. */
function modelAttributes(
  match: CallMatch,
  args: CallArguments,
  model: RecordedValue | undefined,
  before: Attr[],
): CallAttributes["nameSubject"] {
  const { op } = match;
  let nameSubject: CallAttributes["nameSubject"];
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
  return nameSubject;
}

/** The argument the SDK data names (a keyword or a position, or a path into it), as the span records it. */
function recordArgument(
  call: Node,
  args: CallArguments,
  wanted: PyArgument | undefined,
  hoists: StatementPlan["hoists"],
): RecordedValue | undefined {
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
  const recorded = argumentCode(call, args, node, `_sentry_${spec.keyword}`, hoists);
  if (!recorded) return undefined;
  if (spec?.path) return recorded.code !== undefined ? { code: fieldRead(recorded.code, spec.path) } : undefined;
  return recorded;
}

function jsonOf(recorded: RecordedValue, options: { textAsIs?: boolean; textIsUserMessage?: boolean } = {}): string {
  const extra = options.textAsIs ? ", text_as_is=True" : "";
  if (options.textIsUserMessage && recorded.static !== undefined)
    return `_sentry_json([{"role": "user", "content": ${pyString(recorded.static)}}])`;
  const value = recorded.static !== undefined ? pyString(recorded.static) : (recorded.code ?? recorded.expr);
  if (options.textIsUserMessage) return `_sentry_json(_sentry_user_messages(${value}))`;
  return `_sentry_json(${value}${extra})`;
}
