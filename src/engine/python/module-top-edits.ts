import { spanIdentity } from "../../core/conventions";
import type { HandoffPlan } from "./plans";
import { helperSource, helpersUsedIn, HELPER_NAMES, type HelperName } from "./helpers";
import { isDefinition, isImport, type ModuleImports } from "./module-imports";
import type { Edit, RewriteContext } from "./rewrite-context";

/** What the new code needs at the top of the module: the imports it adds, then the `_sentry_*` helpers it calls. */

/**
 * `blocks`: the span helpers already written out (their own code is read for the helpers it calls);
 * `handoffImport`: the hand-off wrapper's import when it goes with the new imports.
 */
export function moduleTopEdits(
  ctx: RewriteContext,
  imports: ModuleImports,
  handoffs: HandoffPlan[],
  blocks: string[],
  handoffImport: string | undefined,
): Edit[] {
  const { layout } = ctx;
  const { lines, text, newline: nl } = layout;
  const edits: Edit[] = [];
  const helpers = usedHelpers(imports, [...ctx.generated, ...blocks]);
  const newImports: string[] = [];
  if (helpers.includes("_sentry_json") && imports.json === "missing") newImports.push("import json");
  if (!imports.sentryAlias) newImports.push("import sentry_sdk");
  if (handoffImport) newImports.push(handoffImport);
  const helperText = helpers
    .map((name) =>
      helperSource(name, layout.fileUnit, nl, ctx.api, imports.json !== "shadowed", {
        identity: spanIdentity("handoff", ctx.options.conventions),
        parameters: handoffs[0]?.handoffs.callbackParameters ?? [],
        callbackOf: handoffs[0] ? `${handoffs[0].site.sdk} ${handoffs[0].handoffs.callbackKeyword}` : "",
      }),
    )
    .concat(blocks)
    .join(nl + nl + nl);

  const importAt = imports.insertionPoint(lines, text);
  if (newImports.length) {
    let block = newImports.map((line) => line + nl).join("");
    if (imports.firstRegular && !isImport(imports.firstRegular))
      block += nl + (isDefinition(imports.firstRegular) ? nl : "");
    if (importAt.needsLeadingNewline) block = nl + block;
    edits.push({ start: importAt.offset, end: importAt.offset, text: block, priority: 0 });
  }
  if (!helperText) return edits;
  const lastImport = imports.lastLeadingImport;
  if (lastImport) {
    const at = lines.lineEnd(lastImport.endIndex);
    // two blank lines around the helpers, counting the blank lines already after the imports
    let blankAfter = 0;
    for (let lineNo = lines.lineOf(at) + 1; lineNo < lines.starts.length && blankAfter < 2; lineNo++) {
      if (!layout.blank(lineNo) || lines.starts[lineNo] >= text.length) break;
      blankAfter++;
    }
    const tail = imports.firstAfter(lastImport) ? nl.repeat(2 - blankAfter) : "";
    edits.push({ start: at, end: at, text: nl + nl + nl + helperText + tail, priority: 1 });
  } else {
    edits.push({
      start: importAt.offset,
      end: importAt.offset,
      text: (newImports.length ? nl : "") + helperText + nl + nl + nl,
      priority: 1,
    });
  }
  return edits;
}

/** The helpers the code calls that the module does not define yet, in their fixed order. */
function usedHelpers(imports: ModuleImports, code: string[]): HelperName[] {
  const used = new Set<HelperName>();
  for (const piece of code) for (const name of helpersUsedIn(piece)) used.add(name);
  for (const name of [...used]) if (imports.definedHelpers.has(name)) used.delete(name);
  return HELPER_NAMES.filter((name) => used.has(name));
}
