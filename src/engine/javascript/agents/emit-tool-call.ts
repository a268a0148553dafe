import ts from "typescript";
import { ATTR } from "../../../core/conventions";
import type { TextEdit } from "../../../core/text/edits";
import type { EmitContext } from "../emit-context";
import { moveNode, type Replacement } from "../move-code";
import { isPure } from "../purity";
import { readPath } from "../read-path";
import { AttributeList, expressionSpanSetup, json, nameCode, renderCallSpan, valueCode } from "./agent-span-parts";
import type { ToolCallSite } from "./sites";

/** `gen_ai.execute_tool` at a hand-rolled dispatch call: the call moves into the span. */

export function emitToolCall(site: ToolCallSite, context: EmitContext): TextEdit {
  const { sourceFile, options } = context;
  const { local, quote, start, layout, inner, attributeIndent, identity, attributes } = expressionSpanSetup(
    site.node,
    context,
    "execute_tool",
  );
  attributes.add(ATTR.toolName, valueCode(site.toolName, context));
  for (const { key, value } of site.attributes ?? []) attributes.add(key, valueCode(value, context));

  const hoists: string[] = [];
  const replacements: Replacement[] = [];
  const args = site.node.arguments.filter((argument) => !ts.isSpreadElement(argument));
  if (site.input && options.recordInputs) {
    // One part of the call is the input (`arguments` of an MCP request): read in place, or evaluated once first.
    let code: string;
    let late = false;
    if ("code" in site.input) code = site.input.code;
    else if (isPure(site.input.node)) code = moveNode(site.input.node, sourceFile, [], attributeIndent);
    else {
      const name = local.allocate("input", ["toolInput", "args"]);
      hoists.push(`${inner}const ${name} = ${moveNode(site.input.node, sourceFile, [], inner)}${layout.semicolon}`);
      replacements.push({ start: site.input.node.getStart(sourceFile), end: site.input.node.end, text: name });
      code = name;
      late = true;
    }
    attributes.add(ATTR.toolInput, json(context, code), late);
  } else if (!site.input && options.recordInputs && args.length > 0 && args.length === site.node.arguments.length) {
    let late = false;
    const codes = args.map((argument) => {
      if (isPure(argument)) return moveNode(argument, sourceFile, [], attributeIndent);
      const name = local.allocate("input", ["toolInput", "args"]);
      hoists.push(`${inner}const ${name} = ${moveNode(argument, sourceFile, [], inner)}${layout.semicolon}`);
      replacements.push({ start: argument.getStart(sourceFile), end: argument.end, text: name });
      late = true;
      return name;
    });
    attributes.add(ATTR.toolInput, json(context, codes.length === 1 ? codes[0] : `[${codes.join(", ")}]`), late);
  }

  const spanName = local.allocate("span", ["toolSpan", "genAiSpan"]);
  const resultName = local.allocate("output", ["toolOutput", "result"]);
  const outputs = new AttributeList(context);
  outputs.add(ATTR.toolOutput, json(context, resultName));
  for (const { key, path, flag } of site.resultAttributes ?? []) {
    const read = readPath(resultName, path, context.style.quote);
    outputs.add(key, flag ? `${read} === true` : read);
  }
  const text = renderCallSpan(layout, inner, {
    sentry: context.sentry,
    op: quote(identity.op),
    name: nameCode(identity.namePrefix, site.toolName, context),
    attributes,
    hoists,
    call: moveNode(site.node, sourceFile, replacements, inner),
    isAsync: site.isAsync,
    spanName,
    resultName,
    resultAttributes: outputs.start,
  });
  return { start, end: site.node.end, text };
}
