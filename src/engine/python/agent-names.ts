import { argumentNode, type CallArguments, type Node } from "./ast";
import type { Context, StatementPlan } from "./plans";
import type { CallMatch } from "./call-match";
import { argumentCode } from "./argument-code";
import { fieldRead } from "./field-reads";

/** The agent an agent run's span names: its name and model, read from the source or at run time. */

export interface AgentIdentity {
  name?: { static?: string; expr?: string };
  nameCode?: string;
  model?: string;
}

/**
 * The agent's identity; an agent made in the call (`Runner.run(build_agent(model), q)`) whose name the tool
 * cannot read is hoisted into a variable, so that the span records its `name` at run time.
 */
export function namedAgent(
  ctx: Context,
  call: Node,
  match: CallMatch,
  args: CallArguments,
  hoists: StatementPlan["hoists"],
): AgentIdentity {
  const agent = agentIdentity(ctx, match, args);
  if (agent.name || agent.nameCode || !match.op.request.agent) return agent;
  const agentNode = argumentNode(args, match.op.request.agent);
  const hoisted = agentNode && argumentCode(call, args, agentNode, "_sentry_agent", hoists);
  if (!hoisted?.code) return agent;
  // The hoisted value exists only once the span has started: the agent's name is recorded, the span keeps
  // the bare operation name.
  return { nameCode: fieldRead(hoisted.code, "name"), model: agent.model };
}

function agentIdentity(ctx: Context, match: CallMatch, args: CallArguments): AgentIdentity {
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
