import type { PyCatalog } from "../../sdks/registry-python";
import type { Analysis, HandoffPlan } from "./plans";
import type { ModuleImports } from "./module-imports";
import type { Edit, RewriteContext } from "./rewrite-context";

/** Hand-off targets given the callback that records the hand-off span, and the import of the SDK's wrapper. */

export interface HandoffEdits {
  edits: Edit[];
  /** The wrapper's import when the module imports nothing from its module yet: it goes with the new imports. */
  newImport?: string;
}

/** `target` -> `handoff(target, on_handoff=...)` (wrap), or `, on_handoff=...` added to `handoff(...)` (keyword). */
export function handoffEdits(
  ctx: RewriteContext,
  handoffs: HandoffPlan[],
  imports: ModuleImports,
  analysis: Analysis,
  catalog: PyCatalog,
): HandoffEdits {
  const edits: Edit[] = [];
  let handoffName = "handoff";
  let wrapperImport: { at: number; text: string } | undefined;
  const wrapped = handoffs.find((plan) => plan.form === "wrap");
  if (wrapped) {
    const { wrapper } = wrapped.handoffs;
    const resolved = imports.handoff(analysis, catalog, wrapper);
    handoffName = resolved.name;
    if (resolved.importText) {
      const { lines, newline } = ctx.layout;
      const anchor = imports.fromImports.get(wrapper.module);
      wrapperImport = anchor
        ? {
            at: lines.lineEnd(anchor.endIndex),
            text: `${newline}${lines.indentAt(anchor.startIndex)}${resolved.importText}`,
          }
        : { at: -1, text: resolved.importText };
    }
  }
  for (const plan of handoffs) {
    const callback = `${plan.handoffs.callbackKeyword}=_sentry_on_handoff(${plan.fromCode}, ${plan.toCode})`;
    if (plan.form === "wrap") {
      edits.push({ start: plan.element.start, end: plan.element.start, text: `${handoffName}(`, priority: 70 });
      edits.push({ start: plan.element.end, end: plan.element.end, text: `, ${callback})`, priority: 80 });
    } else {
      edits.push({ start: plan.insertAt, end: plan.insertAt, text: `, ${callback}`, priority: 80 });
    }
    ctx.generated.push(callback);
  }
  if (wrapperImport && wrapperImport.at < 0) return { edits, newImport: wrapperImport.text };
  // next to the module's first import from the wrapper's module
  if (wrapperImport)
    edits.push({ start: wrapperImport.at, end: wrapperImport.at, text: wrapperImport.text, priority: 0 });
  return { edits };
}
