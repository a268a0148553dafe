import { ATTR, spanIdentity, type SpanIdentity } from "../../core/conventions";
import type { PyArgument, PyToolDecorator } from "../../sdks/types/python";
import type { AutoIntegration } from "../../sdks/types/calls";
import type { Site } from "../../core/types";
import {
  argumentNode,
  callArguments,
  cleanDocstring,
  docstringNode,
  field,
  named,
  type CallArguments,
  type Node,
  stringValue,
} from "./ast";
import { type Attr, dynamicAttr, keep, spanNameCode, staticAttr } from "./emit";
import { isGenerator, ownReturns, parameterName, type Value } from "./resolve";
import { pyString } from "./text";
import { type Context, type Found, type BodyPlan, skipped } from "./plans";
import { bodyInstrumented, hasTraceTemplate, freeNames } from "./existing-spans";

/** Functions whose body becomes a span: decorated tools of a framework, and `run` of the project's own agent classes. */
export function decoratorTool(
  ctx: Context,
  decorator: Node,
): { tool: PyToolDecorator; framework: string; call?: Node; auto?: AutoIntegration } | undefined {
  const head = named(decorator)[0];
  if (!head) return undefined;
  const call = head.type === "call" ? head : undefined;
  const expression = call ? field(call, "function") : head;
  if (!expression) return undefined;
  const value = ctx.resolver.resolve(expression);
  if (value?.t === "entry" && value.entry.how === "tool-decorator" && value.entry.tool) {
    return { tool: value.entry.tool, framework: value.sdk.id, call, auto: value.entry.tool.autoInstrumentedBy };
  }
  if (expression.type === "attribute") {
    const object = field(expression, "object");
    const attribute = field(expression, "attribute")?.text;
    const instance = object ? ctx.resolver.asInstance(ctx.resolver.resolve(object)) : undefined;
    const tool = instance?.kind.toolDecorators?.find((candidate) => candidate.name === attribute);
    if (instance && tool)
      return { tool, framework: instance.kind.framework ?? instance.sdk.id, call, auto: tool.autoInstrumentedBy };
  }
  return undefined;
}

/** The first paragraphs of a docstring, before any `Args:`/`Returns:`/`:param` section. */
export function describe(docstring: string | undefined): string | undefined {
  if (!docstring) return undefined;
  const kept: string[] = [];
  for (const line of docstring.split("\n")) {
    if (
      /^\s*(Args|Arguments|Parameters|Params|Returns|Return|Raises|Yields|Examples?|Notes?|Attributes)\s*:?\s*$/.test(
        line,
      )
    )
      break;
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

export function toolSite(ctx: Context, definition: Node): Found | undefined {
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
  const description =
    (args && match.tool.toolDescription && stringOf(args, match.tool.toolDescription)) ??
    describe(docNode ? cleanDocstring(docNode) : undefined);
  const before: Attr[] = [
    staticAttr(ATTR.operationName, pyString("execute_tool")),
    staticAttr(ATTR.toolName, pyString(toolName)),
  ];
  if (description) before.push(staticAttr(ATTR.toolDescription, pyString(description)));
  const input = parametersDict(definition, match.tool.contextParams ?? 0, ctx.catalog.contextAnnotation);
  if (input) before.push(dynamicAttr(ATTR.toolInput, `_sentry_json(${input})`));
  return bodySite(
    ctx,
    definition,
    site,
    identity,
    spanNameCode(identity.namePrefix, { static: toolName }).code,
    before,
    {
      key: ATTR.toolOutput,
      asList: false,
    },
    ["span", "tool_span", "_sentry_tool_span"],
  );
}

export function stringOf(args: CallArguments, specs: PyArgument[]): string | undefined {
  for (const spec of specs) {
    const value = stringValue(argumentNode(args, spec));
    if (value !== undefined) return value;
  }
  return undefined;
}

/** `{"city": city, "days": days}` for the tool's own parameters (context parameters left out). */
export function parametersDict(
  definition: Node,
  contextParams: number,
  contextAnnotation?: RegExp,
): string | undefined {
  const parameters = field(definition, "parameters");
  if (!parameters) return undefined;
  const entries: string[] = [];
  const isMethod =
    definition.parent?.parent?.parent?.type === "class_definition" ||
    definition.parent?.parent?.type === "class_definition";
  named(parameters).forEach((param, index) => {
    const name = parameterName(param);
    if (!name) return;
    if (index < contextParams) return;
    if (index === 0 && isMethod && (name === "self" || name === "cls")) return;
    const type = field(param, "type") ?? named(param).find((part) => part.type === "type");
    if (type && contextAnnotation?.test(type.text)) return;
    entries.push(`${pyString(name)}: ${name}`);
  });
  return entries.length ? `{${entries.join(", ")}}` : undefined;
}

export function bodySite(
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
  if (bodyInstrumented(body, site.kind) || hasTraceTemplate(definition, site.kind))
    return { site: { ...site, status: "instrumented" } };
  if (ctx.options.skipAutoInstrumented && site.autoInstrumentedBy)
    return { site: skipped(site, site.autoInstrumentedBy) };
  const statements = named(body);
  const doc = docstringNode(body);
  const first = doc ? statements[1] : statements[0];
  if (!first)
    return { site: { ...site, status: "unsupported", reason: "the function has no statements besides its docstring" } };
  if (isGenerator(body))
    return {
      site: {
        ...site,
        status: "unsupported",
        reason: "a generator: a span around its body would stay open across `yield`s",
      },
    };
  if (
    ctx.lines.lineOf(body.startIndex) === ctx.lines.lineOf(field(definition, "name")!.startIndex) ||
    !ctx.lines.startsLine(first.startIndex)
  ) {
    return {
      site: { ...site, status: "unsupported", reason: "the body shares its line with the `def` or other code" },
    };
  }
  const recordOutput =
    output.key === ATTR.toolOutput || output.key === ATTR.responseText ? ctx.options.recordOutputs : true;
  const returns = recordOutput
    ? ownReturns(body)
        .map((ret) => ({ ret, value: named(ret)[0] }))
        .filter((entry): entry is { ret: Node; value: Node } => !!entry.value)
        .map(({ ret, value }) => ({
          start: ret.startIndex,
          valueStart: value.startIndex,
          valueEnd: value.endIndex,
          end: ret.endIndex,
        }))
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
export function customAgentSite(ctx: Context, definition: Node): Found | undefined {
  const name = field(definition, "name")?.text;
  if (!name || !ctx.catalog.custom.agentRunMethods.includes(name)) return undefined;
  const classBody = definition.parent?.type === "decorated_definition" ? definition.parent.parent : definition.parent;
  const classNode = classBody?.parent;
  if (classNode?.type !== "class_definition") return undefined;
  const cls = ctx.resolver.classOf(classNode);
  if (!cls || !ctx.catalog.agentClassName.test(cls.name)) return undefined;
  if (cls.bases.some((base) => isFrameworkValue(ctx.resolver.resolve(base)))) return undefined;
  const identity = spanIdentity("invoke_agent", ctx.options.conventions);
  const agentName =
    declaredAgentName(classNode, cls.methods.get("__init__"), ctx.catalog.custom.agentNameFields) ?? cls.name;
  const site: Site = {
    kind: "invoke-agent",
    sdk: "custom",
    operation: "invoke_agent",
    callee: `${cls.name}.${name}`,
    range: ctx.lines.range(definition.startIndex, field(definition, "name")!.endIndex),
    status: "instrumentable",
    spanName: `${identity.namePrefix} ${agentName}`,
  };
  const before: Attr[] = [
    staticAttr(ATTR.operationName, pyString("invoke_agent")),
    staticAttr(ATTR.agentName, pyString(agentName)),
  ];
  const input = parametersDict(definition, 0);
  if (input) before.push(dynamicAttr(ATTR.requestMessages, `_sentry_json(${input})`));
  return bodySite(
    ctx,
    definition,
    site,
    identity,
    spanNameCode(identity.namePrefix, { static: agentName }).code,
    before,
    {
      key: ATTR.responseText,
      asList: true,
    },
    ["span", "agent_span", "_sentry_agent_span"],
  );
}

/** `name = "Router Agent"` in the class body, else `def __init__(self, name="Router Agent")`: the agent's own name. */
function declaredAgentName(classNode: Node, init: Node | undefined, fields: string[]): string | undefined {
  const body = field(classNode, "body");
  for (const statement of body ? named(body) : []) {
    const assignment = statement.type === "expression_statement" ? named(statement)[0] : undefined;
    if (assignment?.type !== "assignment") continue;
    const left = field(assignment, "left");
    const value = stringValue(field(assignment, "right"));
    if (left?.type === "identifier" && fields.includes(left.text) && value !== undefined) return value;
  }
  const parameters = init && field(init, "parameters");
  for (const parameter of parameters ? named(parameters) : []) {
    if (parameter.type !== "default_parameter" && parameter.type !== "typed_default_parameter") continue;
    const parameterName = field(parameter, "name");
    const value = stringValue(field(parameter, "value"));
    if (parameterName && fields.includes(parameterName.text) && value !== undefined) return value;
  }
  return undefined;
}

export function isFrameworkValue(value: Value | undefined): boolean {
  return !!value && (value.t === "entry" || value.t === "inst" || value.t === "module" || value.t === "imported");
}
