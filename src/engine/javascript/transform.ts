import * as path from "node:path";
import ts from "typescript";
import { ATTR, SPAN_KIND_OF_OPERATION, type SpanKind, spanIdentity, staticSpanName } from "../../core/conventions";
import { runTimeContentKind } from "../../core/content-recording";
import { automaticIntegrationFor } from "../project";
import type { SdkCatalog } from "../../sdks/registry";
import type { AgentFramework } from "../../sdks/types/agents";
import { applyEdits, type TextEdit } from "../../core/text/edits";
import { joinBom, splitBom } from "../../core/text/eol";
import { LineMap } from "../../core/text/lines";
import type { Diagnostic, EngineOptions, FileInput, FileResult, Site } from "../../core/types";
import { detectCodeStyle } from "./code-style";
import type { EmitContext } from "./emit-context";
import { emitRequestSpan } from "./emit-request-span";
import { findRequestSites, type RequestSite, staticModelOf } from "./find-request-sites";
import { hasJsonHelper, JSON_HELPER_NAME, jsonHelperEdit } from "./json-helper";
import { contentGateEdit, hasContentGate } from "./content-gate";
import { hasRecordInputHelper, recordInputHelperEdit } from "./record-input";
import { NameAllocator } from "./names";
import type { PromiseHelperCallIndex } from "./promise-helper-calls";
import { helperCallerElsewhere, returningFunction } from "./returned-sdk-promise";
import { streamHelpersEdit } from "./streaming/stream-helpers";
import { isTypeScriptFile, parseJavaScript } from "./parse";
import { type ModuleLoader, ReceiverResolver } from "./resolve";
import { addSentryImport, existingSentryNamespace } from "./sentry-import";
import { type AgentSite, agentSiteKind, agentSiteToPublic, emitAgentEdits, findAgentSites } from "./agents";

export interface JavaScriptServices {
  catalog: SdkCatalog;
  loader?: ModuleLoader;
  /** Only these kinds of span are written (the per-kind jscodeshift transforms); all when unset. */
  kinds?: ReadonlySet<SpanKind>;
  /** Agent and tool frameworks (default: the built-in ones). */
  agentFrameworks?: readonly AgentFramework[];
  /** The run's index of `.withResponse()` / `.asResponse()` callers in other project files; unset: not looked up. */
  promiseHelperCalls?: PromiseHelperCallIndex;
}

interface Analysis {
  sourceFile: ts.SourceFile;
  bom: boolean;
  lines: LineMap;
  requestSites: RequestSite[];
  agentSites: AgentSite[];
  sites: Site[];
  diagnostics: Diagnostic[];
}

function analyze(input: FileInput, options: EngineOptions, services: JavaScriptServices): Analysis | FileResult {
  const { bom, text } = splitBom(input.text);
  const { sourceFile, syntaxErrors } = parseJavaScript(input.path, text);
  const lines = new LineMap(text);
  if (syntaxErrors.length > 0) {
    // The first syntax error only: the ones after it are mostly the parser losing its place (one missing `)`
    // gives half a dozen), as the TypeScript compiler and ESLint report one parse error per file.
    const [error] = syntaxErrors;
    const diagnostic: Diagnostic = {
      severity: "error",
      message: ts.flattenDiagnosticMessageText(error.messageText, "\n"),
      range: { start: lines.position(error.start), end: lines.position(error.start + error.length) },
    };
    return { path: input.path, language: "javascript", sites: [], diagnostics: [diagnostic] };
  }
  const resolver = new ReceiverResolver(sourceFile, services.catalog, services.loader);
  const agentSites = findAgentSites(resolver, services.agentFrameworks, {
    toolLoopsAsAgents: options.aiSdkLoopsAsAgents,
  });
  // A tool loop found as an agent run gets the invoke_agent span, not the chat span as well.
  const agentCalls = new Set(
    agentSites.flatMap((site) => (site.type === "invoke-agent" && site.replacesRequestCall ? [site.node] : [])),
  );
  const requestSites = findRequestSites(resolver, services.catalog).filter((site) => !agentCalls.has(site.sdkCall));
  markNestedSites(requestSites);
  if (services.promiseHelperCalls)
    markReturnedToCallersElsewhere(requestSites, sourceFile, services.promiseHelperCalls, input.project.root);
  const sites = requestSites.map((site) => toPublicSite(site, sourceFile, lines, input, options));
  sites.forEach((site) => leaveAloneIfIgnored(site, text, input));
  // A skipped site (auto-instrumented) must not be rewritten either.
  requestSites.forEach((site, index) => {
    if (sites[index].status !== site.status) site.status = sites[index].status;
  });
  for (const site of agentSites) {
    const publicSite = agentSiteToPublic(site, sourceFile, lines, options, input.project);
    if (leaveAloneIfIgnored(publicSite, text, input)) site.status = "ignored";
    sites.push(publicSite);
  }
  return { sourceFile, bom, lines, requestSites, agentSites, sites, diagnostics: [] };
}

/** A site the user's ignore comments suppress is reported as ignored, and not rewritten. */
function leaveAloneIfIgnored(site: Site, text: string, input: FileInput): boolean {
  if (site.status !== "instrumentable" || !input.leftAlone?.(text, site.range.start)) return false;
  site.status = "ignored";
  site.reason = "an ignore comment suppresses its missing-span finding";
  return true;
}

/** Sites and problems of a JS/TS file, without rewriting it (check mode). */
export function analyzeJavaScript(input: FileInput, options: EngineOptions, services: JavaScriptServices): FileResult {
  const analysis = analyze(input, options, services);
  if (!("sourceFile" in analysis)) return analysis;
  return { path: input.path, language: "javascript", sites: analysis.sites, diagnostics: analysis.diagnostics };
}

/** Sites of a JS/TS file and, when any is instrumentable, the rewritten text. */
export function transformJavaScript(
  input: FileInput,
  options: EngineOptions,
  services: JavaScriptServices,
  passesLeft = 4,
): FileResult {
  const analysis = analyze(input, options, services);
  if (!("sourceFile" in analysis)) return analysis;
  const { sourceFile, requestSites, sites } = analysis;
  const result: FileResult = { path: input.path, language: "javascript", sites, diagnostics: analysis.diagnostics };
  const wanted = (kind: SpanKind): boolean => !services.kinds || services.kinds.has(kind);
  const toWrap = requestSites.filter((site) => site.status === "instrumentable" && wanted("ai-request"));
  const agentsToWrap = analysis.agentSites.filter(
    (site) => site.status === "instrumentable" && wanted(agentSiteKind(site)),
  );
  if (toWrap.length === 0 && agentsToWrap.length === 0) return result;

  const style = detectCodeStyle(sourceFile);
  const names = new NameAllocator(sourceFile);
  const edits: TextEdit[] = [];
  let sentry = existingSentryNamespace(sourceFile);
  if (!sentry) {
    const sentryPackage = options.sentryPackage ?? input.project.sentryPackage;
    const added = addSentryImport(sourceFile, sentryPackage, style, names);
    sentry = added.name;
    edits.push(added.edit);
    if (input.project.sentryPackageDeclared === false) result.sentryPackageToInstall = sentryPackage;
  }
  const context: EmitContext = {
    sourceFile,
    style,
    sentry,
    names,
    options,
    project: input.project,
    catalog: services.catalog,
    jsonHelper: JSON_HELPER_NAME,
    usesJsonHelper: false,
    streamHelpers: new Set(),
  };
  for (const site of toWrap) edits.push(emitRequestSpan(site, context));
  const agentEdits = emitAgentEdits(agentsToWrap, context, edits);
  edits.push(...agentEdits.edits);
  // Appended after toSpanJson: of two insertions at one offset, the one listed first ends up last.
  const streamHelpers = streamHelpersEdit(
    sourceFile,
    context.streamHelpers,
    style,
    isTypeScriptFile(input.path),
    sentry,
  );
  if (streamHelpers) edits.push(streamHelpers);
  if (context.usesRecordInput && !hasRecordInputHelper(sourceFile)) {
    const gated = runTimeContentKind(ATTR.requestMessages, options) === "inputs";
    edits.push(recordInputHelperEdit(sourceFile, sentry, style, isTypeScriptFile(input.path), gated));
  }
  if (context.usesJsonHelper && !hasJsonHelper(sourceFile)) {
    edits.push(jsonHelperEdit(sourceFile, style, isTypeScriptFile(input.path)));
  }
  if (context.usesContentGate && !hasContentGate(sourceFile)) {
    edits.push(contentGateEdit(sourceFile, sentry, style, isTypeScriptFile(input.path)));
  }
  result.output = joinBom(analysis.bom, applyEdits(sourceFile.text, edits));
  // Sites nested in code this pass rewrote are wrapped by another pass over the rewritten text.
  if (agentEdits.deferred > 0 && passesLeft > 0) {
    const next = transformJavaScript({ ...input, text: result.output }, options, services, passesLeft - 1);
    if (next.output !== undefined && next.diagnostics.length === 0) result.output = next.output;
  }
  return result;
}

/**
 * A call returned as is from an exported function that another project file calls with `.withResponse()` /
 * `.asResponse()` keeps the SDK's promise: it is left alone, with that caller in the reason (returned-sdk-promise.ts).
 */
function markReturnedToCallersElsewhere(
  sites: RequestSite[],
  sourceFile: ts.SourceFile,
  calls: PromiseHelperCallIndex,
  projectRoot: string,
): void {
  for (const site of sites) {
    if (site.status !== "instrumentable") continue;
    const returning = returningFunction(site.node);
    const caller = returning && helperCallerElsewhere(sourceFile, returning, calls, projectRoot);
    if (!caller) continue;
    site.status = "unsupported";
    site.reason =
      `its exported function returns the SDK's promise to a caller in ${path.relative(projectRoot, caller.file)} ` +
      `that reads \`${caller.helper}()\` on it (line ${caller.line}), which the span's plain Promise does not have; ` +
      "wrap the caller's call instead";
  }
}

/** A call inside another call's arguments moves with it; it is left for a second run rather than half-wrapped. */
function markNestedSites(sites: RequestSite[]): void {
  for (const site of sites) {
    if (site.status !== "instrumentable") continue;
    const outer = sites.find(
      (other) =>
        other !== site &&
        other.status === "instrumentable" &&
        other.node.pos <= site.node.pos &&
        other.node.end >= site.node.end,
    );
    if (outer) {
      site.status = "unsupported";
      site.reason = "inside the arguments of another LLM call; run the tool again to wrap it";
    }
  }
}

function toPublicSite(
  site: RequestSite,
  sourceFile: ts.SourceFile,
  lines: LineMap,
  input: FileInput,
  options: EngineOptions,
): Site {
  const start = site.sdkCall.getStart(sourceFile);
  const automatic = site.status === "unresolved" ? undefined : automaticIntegrationFor(site.operation, input.project);
  let status = site.status;
  let reason = site.reason;
  if (automatic && options.skipAutoInstrumented && status === "instrumentable") {
    status = "skipped";
    reason = `Sentry's ${automatic.integration} already creates this span`;
  }
  const identity = spanIdentity(site.operation.operation, options.conventions);
  return {
    kind: SPAN_KIND_OF_OPERATION[site.operation.operation],
    sdk: site.sdk.id,
    operation: site.operation.operation,
    callee: site.callee,
    range: { start: lines.position(start), end: lines.position(site.sdkCall.end) },
    status,
    reason,
    autoInstrumentedBy: automatic,
    spanName: site.status === "unresolved" ? undefined : staticSpanName(identity, staticModelOf(site)),
  };
}
