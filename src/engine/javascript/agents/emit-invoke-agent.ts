import ts from "typescript";
import { ATTR, spanIdentity } from "../../../core/conventions";
import type { TextEdit } from "../../../core/text/edits";
import type { AgentResultShape } from "../../../sdks/types/agents";
import type { EmitContext } from "../emit-context";
import { declaredResultType } from "../declared-type";
import { moveNode, type Replacement } from "../move-code";
import { isTypeScriptFile } from "../parse";
import { isPure, skipTypeWrappers } from "../purity";
import { callbackOptions } from "../streaming/stream-callbacks";
import { readPath } from "../read-path";
import { contentGateCall } from "../content-gate";
import { type RenderedAttribute, spanOptionsLines } from "../render-span";
import { isRecorded, runTimeContentKind } from "../../../core/content-recording";
import { recordInputAt } from "../record-input";
import { usageAttributes, usageForMajor } from "../span-attributes";
import { renderStreamSpan } from "../streaming/emit-stream-span";
import { AttributeList, expressionSpanSetup, json, nameCode, renderCallSpan, valueCode } from "./agent-span-parts";
import { renderAgentStreamSpan } from "./emit-agent-stream";
import type { InvokeAgentSite } from "./sites";

/** `gen_ai.invoke_agent`: the run call moves into a span that records the agent, its input, its reply and usage. */

export function emitInvokeAgent(site: InvokeAgentSite, context: EmitContext): TextEdit {
  const { sourceFile, options } = context;
  const { local, quote, start, layout, inner, identity, attributes } = expressionSpanSetup(
    site.node,
    context,
    "invoke_agent",
  );
  if (site.agentName) attributes.add(ATTR.agentName, valueCode(site.agentName, context));
  if (site.model) attributes.add(ATTR.requestModel, quote(site.model));
  if (site.tools) attributes.add(ATTR.availableTools, quote(JSON.stringify(site.tools.map((name) => ({ name })))));

  if (site.streamCallbacks)
    return emitStreamedRun(site, site.streamCallbacks, context, { quote, start, layout, attributes });

  // The input stays in the call, recorded where it is (record-input.ts): evaluated once, with the SDK's typing.
  const spanName = local.allocate("span", ["aiSpan", "genAiSpan"]);
  const replacements = recordedInput(site, spanName, context);
  const argumentsMayThrow = replacements.length > 0 && !!site.input && !isPure(site.input.node);
  if (site.streamSpan) {
    // A streamed run: the span stays open until the stream ends, as a streamed LLM call's (streaming/).
    const move = (node: ts.Node, indent: string, splices: Replacement[] = []): string =>
      moveNode(node, sourceFile, [...editsIn(replacements, node), ...splices], indent);
    const text = renderStreamSpan(site, site.streamSpan, layout, {
      sentry: context.sentry,
      op: quote(identity.op),
      name: nameCode(identity.namePrefix, site.agentName, context),
      attributes: [...attributes.start, { key: quote(ATTR.responseStreaming), code: "true" }],
      spanName,
      hoists: [],
      argumentsMayThrow,
      lateAttributes: attributes.late,
      move,
      readResponse: () => [],
      resultName: local.allocate("stream", ["runStream"]),
      names: local,
      usedHelpers: context.streamHelpers,
      recordOutputs: options.recordOutputs,
      outputsGate: runTimeContentKind(ATTR.responseText, options)
        ? () => contentGateCall("outputs", context)
        : undefined,
      quote: context.style.quote,
    });
    return { start, end: site.node.end, text };
  }
  const resultName = local.allocate("response", ["result", "agentResult", "runResult"]);
  const resultAttributes = agentResultAttributes(site.result, resultName, context);
  if (site.streamEnd) {
    attributes.add(ATTR.responseStreaming, "true");
    context.streamHelpers.add("endSpanWhenRunSettles");
    const text = renderAgentStreamSpan(layout, {
      sentry: context.sentry,
      op: quote(identity.op),
      name: nameCode(identity.namePrefix, site.agentName, context),
      attributes: attributes.start,
      spanName,
      argumentsMayThrow,
      lateAttributes: attributes.late,
      call: (indent) => moveNode(site.node, sourceFile, replacements, indent),
      resultName,
      settledBy: site.streamEnd.settledBy,
      cancelledBy: site.streamEnd.cancelledBy,
      resultAttributes,
      errorName: local.allocate("error", ["spanError"]),
      quote: context.style.quote,
    });
    return { start, end: site.node.end, text };
  }
  const text = renderCallSpan(layout, inner, {
    sentry: context.sentry,
    op: quote(identity.op),
    name: nameCode(identity.namePrefix, site.agentName, context),
    attributes,
    hoists: [],
    call: moveNode(site.node, sourceFile, replacements, inner),
    isAsync: site.isAsync,
    spanName,
    resultName,
    resultType: site.isAsync ? declaredResultType(site.node, sourceFile) : undefined,
    resultAttributes,
  });
  return { start, end: site.node.end, text };
}

/** The edits that record the run's input where the call passes it; none when inputs are not recorded. */
function recordedInput(site: InvokeAgentSite, spanName: string, context: EmitContext): Replacement[] {
  const { options } = context;
  if (!site.input || !options.recordInputs || !isRecorded(ATTR.requestMessages, options)) return [];
  const gated = runTimeContentKind(ATTR.requestMessages, options) === "inputs";
  return recordInputAt(site.input.node, ATTR.requestMessages, spanName, context, gated);
}

/** The edits that fall inside `node` (the whole node's text is moved with them). */
function editsIn(edits: readonly Replacement[], node: ts.Node): Replacement[] {
  const start = node.getStart(node.getSourceFile());
  return edits.filter((edit) => edit.start >= start && edit.end <= node.end);
}

function agentResultAttributes(result: AgentResultShape, root: string, context: EmitContext): RenderedAttribute[] {
  const attributes = new AttributeList(context);
  const quote = context.style.quote;
  if (result.textIsResult) attributes.add(ATTR.responseText, json(context, `[${root}]`));
  else if (result.text) attributes.add(ATTR.responseText, json(context, `[${readPath(root, result.text, quote)}]`));
  else if (result.lastOf) {
    attributes.add(
      ATTR.responseText,
      json(context, `[${readPath(root, result.lastOf.list, quote)}?.at(-1)?.${result.lastOf.field}]`),
    );
  }
  // The installed major of the module that names the older usage fields (AI SDK v4 results say `usage.promptTokens`).
  const older = result.usageBeforeMajor;
  const usage = usageForMajor(result.usage, older, older && context.project.sdkMajors[older.module]);
  for (const attribute of usage ? usageAttributes(root, usage, quote) : [])
    attributes.add(attribute.key, attribute.code);
  return attributes.start;
}

/**
 * A streamed run (`agent.stream({ ... })`): `Sentry.startSpanManual`, with the span's callbacks in the run's
 * options (as for AI SDK `streamText`); the result is read from the `onFinish` event. A run that fails before
 * its stream exists (its promise rejects) ends the span errored through `endSpanOnRejection`.
 */
function emitStreamedRun(
  site: InvokeAgentSite,
  plan: NonNullable<InvokeAgentSite["streamCallbacks"]>,
  context: EmitContext,
  setup: Pick<ReturnType<typeof expressionSpanSetup>, "quote" | "start" | "layout" | "attributes">,
): TextEdit {
  const { sourceFile, options } = context;
  const { quote, start, layout, attributes } = setup;
  const identity = spanIdentity("invoke_agent", options.conventions);
  attributes.add(ATTR.responseStreaming, "true");
  const local = context.names.fork();
  const spanName = local.allocate("span", ["aiSpan", "genAiSpan"]);
  const inputEdits = recordedInput(site, spanName, context);
  const { unit, eol } = layout;
  const one = layout.base + unit;
  const two = one + unit;
  const three = two + unit;
  const optionsNode = skipTypeWrappers(site.node.arguments[0]!) as ts.ObjectLiteralExpression;
  context.streamHelpers.add("endSpanOnRejection");
  // The call sits one level deeper than a streamText call: inside `endSpanOnRejection(span, ...)`.
  const call = callbackOptions(
    { call: site.node, options: optionsNode, spread: !!plan.untypedOptions && isTypeScriptFile(sourceFile.fileName) },
    plan,
    { ...layout, base: one },
    {
      spanName,
      names: local,
      usedHelpers: context.streamHelpers,
      quote: context.style.quote,
      move: (node, indent, splices = []) =>
        moveNode(node, sourceFile, [...editsIn(inputEdits, node), ...splices], indent),
      readResponse: (root) => agentResultAttributes(site.result, root, context),
    },
  );
  const lines = spanOptionsLines("startSpanManual", layout, {
    sentry: context.sentry,
    op: quote(identity.op),
    name: nameCode(identity.namePrefix, site.agentName, context),
    attributes: attributes.start,
  });
  lines.push(
    `${one}(${spanName}) =>`,
    `${two}endSpanOnRejection(`,
    `${three}${spanName},`,
    `${three}${call},`,
    `${two}),`,
    `${layout.base})`,
  );
  return { start, end: site.node.end, text: lines.join(eol) };
}
