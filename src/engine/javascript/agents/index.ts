import type ts from "typescript";
import { type SpanKind, spanIdentity, staticSpanName } from "../../../core/conventions";
import type { TextEdit } from "../../../core/text/edits";
import type { LineMap } from "../../../core/text/lines";
import type { EngineOptions, ProjectInfo, Site } from "../../../core/types";
import type { OperationShape } from "../../../sdks/types/calls";
import { automaticIntegrationFor } from "../../project";
import type { EmitContext } from "../emit-context";
import { isTypeScriptFile } from "../parse";
import {
  AGENT_TOOL_SPAN_HELPER,
  agentToolSpanHelperEdit,
  emitAgentSite,
  hasTopLevelFunction,
  TOOL_BODY_SPAN_HELPER,
  TOOL_SPAN_HELPER,
  toolSpanHelperEdit,
} from "./emit-agent-spans";
import type { AgentSite } from "./sites";

export { findAgentSites } from "./find-agent-sites";
export type { AgentSite } from "./sites";

/** The span kind an agent site produces. */
export function agentSiteKind(site: AgentSite): SpanKind {
  switch (site.type) {
    case "invoke-agent":
      return "invoke-agent";
    case "handoff":
    case "transfer":
      return "handoff";
    default:
      return "execute-tool";
  }
}

/** The site as the reports show it. */
export function agentSiteToPublic(
  site: AgentSite,
  sourceFile: ts.SourceFile,
  lines: LineMap,
  options: EngineOptions,
  project: ProjectInfo,
): Site {
  const automatic =
    site.autoInstrumentedBy &&
    automaticIntegrationFor({ autoInstrumentedBy: site.autoInstrumentedBy } as OperationShape, project);
  if (automatic && options.skipAutoInstrumented && site.status === "instrumentable") {
    // Not rewritten either: the status is shared with the emitter.
    site.status = "skipped";
    site.reason = `Sentry's ${automatic.integration} already creates this span`;
  }
  const kind = agentSiteKind(site);
  const operation = kind === "invoke-agent" ? "invoke_agent" : kind === "handoff" ? "handoff" : "execute_tool";
  const identity = spanIdentity(operation, options.conventions);
  let subject: string | undefined;
  if (site.type === "invoke-agent" && site.agentName && "text" in site.agentName) subject = site.agentName.text;
  if ((site.type === "tool-body" || site.type === "tool-call") && site.toolName && "text" in site.toolName)
    subject = site.toolName.text;
  const label = (value: { text: string } | { code: string }): string =>
    "text" in value ? value.text : `\${${value.code}}`;
  const spanName =
    site.type === "handoff"
      ? `handoff from ${site.fromName ?? site.agentVariable} to …`
      : site.type === "transfer"
        ? `handoff from ${label(site.from)} to ${label(site.to)}`
        : staticSpanName(identity, subject);
  return {
    kind,
    sdk: site.framework,
    operation,
    callee: site.callee,
    range: { start: lines.position(site.reportNode.getStart(sourceFile)), end: lines.position(site.reportNode.end) },
    status: site.status,
    reason: site.reason,
    autoInstrumentedBy: automatic,
    spanName,
  };
}

/**
 * Edits for the sites, innermost first. A site whose edit would overlap another edit of this pass (a tool body
 * holding an LLM call, a tool defined inside a `generateText` call...) is deferred: the caller runs the file
 * again, and the next pass wraps it around (or inside) the code this pass wrote.
 */
export function emitAgentEdits(
  sites: readonly AgentSite[],
  context: EmitContext,
  otherEdits: readonly TextEdit[],
): { edits: TextEdit[]; deferred: number } {
  const helpers = new Set<string>();
  const planned = sites
    .filter((site) => site.status === "instrumentable")
    .map((site) => emitAgentSite(site, context, helpers))
    .filter((edit): edit is TextEdit => !!edit)
    .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  const kept: TextEdit[] = [];
  let deferred = 0;
  for (const edit of planned) {
    if ([...otherEdits, ...kept].some((other) => overlaps(edit, other))) deferred++;
    else kept.push(edit);
  }
  const toolHelpers = {
    body: helpers.has(TOOL_BODY_SPAN_HELPER) && !hasTopLevelFunction(context.sourceFile, TOOL_BODY_SPAN_HELPER),
    wrapper: helpers.has(TOOL_SPAN_HELPER) && !hasTopLevelFunction(context.sourceFile, TOOL_SPAN_HELPER),
  };
  if (toolHelpers.body || toolHelpers.wrapper) {
    kept.push(toolSpanHelperEdit(context, isTypeScriptFile(context.sourceFile.fileName), toolHelpers));
  }
  const agentTool = sites.find(
    (site) => site.type === "tool-body" && site.toolObject && site.status === "instrumentable",
  );
  if (
    agentTool?.type === "tool-body" &&
    helpers.has(AGENT_TOOL_SPAN_HELPER) &&
    !hasTopLevelFunction(context.sourceFile, AGENT_TOOL_SPAN_HELPER)
  ) {
    kept.push(
      agentToolSpanHelperEdit(context, agentTool.toolObject!.shape, isTypeScriptFile(context.sourceFile.fileName)),
    );
  }
  return { edits: kept, deferred };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return false;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}
