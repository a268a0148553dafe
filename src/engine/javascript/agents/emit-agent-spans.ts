import type { TextEdit } from "../../../core/text/edits";
import type { EmitContext } from "../emit-context";
import { emitHandoff, emitTransfer } from "./emit-handoffs";
import { emitInvokeAgent } from "./emit-invoke-agent";
import { emitAgentTool } from "./emit-agent-tool";
import { emitToolBody } from "./emit-tool-body";
import { emitToolCall } from "./emit-tool-call";
import type { AgentSite } from "./sites";

export { AGENT_TOOL_SPAN_HELPER, agentToolSpanHelperEdit } from "./emit-agent-tool";
export { hasTopLevelFunction } from "../appended-helper";
export { TOOL_BODY_SPAN_HELPER, TOOL_SPAN_HELPER, toolSpanHelperEdit } from "./emit-tool-body";

/** The edit for one site (the caller decides when it is applied). */
export function emitAgentSite(site: AgentSite, context: EmitContext, helpers: Set<string>): TextEdit | undefined {
  switch (site.type) {
    case "invoke-agent":
      return emitInvokeAgent(site, context);
    case "tool-call":
      return emitToolCall(site, context);
    case "tool-body":
      if (site.fn) return emitToolBody(site, context, helpers);
      return site.toolObject ? emitAgentTool(site, context, helpers) : undefined;
    case "handoff":
      return emitHandoff(site, context);
    case "transfer":
      return emitTransfer(site, context);
  }
}
