import { OUTPUT_CONTENT_ATTRIBUTES, spanIdentity } from "../../core/conventions";
import type { PrioritizedEdit } from "../../core/text/edits";
import type { EngineOptions } from "../../core/types";
import type { HandoffPlan, StatementPlan } from "./analyze";
import { attrLine, CONTENT_GATE, contentKind, keep, responseAttrs } from "./emit";
import { helperSource, helpersUsedIn, HELPER_NAMES, type HelperName } from "./helpers";
import { isDefinition, isImport, type ModuleImports } from "./module-imports";
import { reindent, streamBlockHelperLines, streamHelperLines } from "./stream-helpers";
import type { Lines } from "./text";

/** What the rewrite of a file hands on once its spans are planned: the file, and what the spans use. */
export interface HelperInsertion {
  text: string;
  lines: Lines;
  options: EngineOptions;
  imports: ModuleImports;
  /** The file's indentation unit and newline. */
  fileUnit: string;
  nl: string;
  /** The file's name for the `sentry_sdk` module. */
  sentry: string;
  /** The stream collectors the file's stream spans use, by class name. */
  streamShapes: ReadonlyMap<string, NonNullable<StatementPlan["stream"]>["shape"]>;
  /** The stream-manager snapshots the file's `with` stream spans record, by recorder name. */
  blockShapes: ReadonlyMap<string, NonNullable<StatementPlan["streamBlock"]>["shape"]>;
  /** Every line of code the spans add: the helpers they call are looked up in it. */
  generated: string[];
  handoffs: HandoffPlan[];
  /** The import of the SDK's hand-off wrapper a wrapped hand-off needs, at an offset or (-1) with the new imports. */
  handoffImport?: { at: number; text: string };
  blank: (lineNo: number) => boolean;
}

/**
 * The edits that add what the file's new spans use and the file does not have yet: `import json`,
 * `import sentry_sdk`, the hand-off wrapper's import, the `_sentry_*` helpers and the stream collectors, each
 * once, after the leading imports and set off by two blank lines.
 */
export function helperAndImportEdits({
  text,
  lines,
  options,
  imports,
  fileUnit,
  nl,
  sentry,
  streamShapes,
  blockShapes,
  generated,
  handoffs,
  handoffImport,
  blank,
}: HelperInsertion): PrioritizedEdit[] {
  const edits: PrioritizedEdit[] = [];
  // stream helpers and the SDKs' collectors, then every helper they use in turn
  const streamBlocks: string[] = [];
  const firstStream = [...streamShapes.values()][0];
  if (firstStream && !imports.definedHelpers.has("_SentryStream")) {
    // the collectors' response content: left out (never), or recorded when the app's Sentry settings allow it (auto)
    const sources = [...streamShapes.values()].map((shape) => shape.collector.source);
    const content = [...OUTPUT_CONTENT_ATTRIBUTES]
      .filter((key) => sources.some((source) => source.includes(JSON.stringify(key))))
      .sort();
    const outputs = !content.length
      ? undefined
      : !options.recordOutputs
        ? { keys: content }
        : contentKind(content[0], options)
          ? { keys: content, gate: CONTENT_GATE }
          : undefined;
    streamBlocks.push(reindent(streamHelperLines(firstStream.iteratorAttribute, outputs), fileUnit, nl));
  }
  for (const [name, shape] of streamShapes) {
    if (!imports.definedHelpers.has(name))
      streamBlocks.push(reindent(shape.collector.source.split("\n"), fileUnit, nl));
  }
  if (blockShapes.size && !imports.definedHelpers.has("_sentry_stream_block"))
    streamBlocks.push(reindent(streamBlockHelperLines(), fileUnit, nl));
  for (const [name, shape] of blockShapes) {
    if (imports.definedHelpers.has(name)) continue;
    const record = keep(responseAttrs(shape.snapshot, "snapshot"), options).map(
      (attr) => `    ${attrLine(attr, "span")}`,
    );
    const lines = [
      `def ${name}(span, stream):`,
      `    """What the stream accumulated (\`stream.${shape.snapshotAttribute}\`), read like a response."""`,
      `    snapshot = stream.${shape.snapshotAttribute}`,
      ...record,
    ];
    streamBlocks.push(reindent(lines, fileUnit, nl));
  }
  generated.push(...streamBlocks);
  const used = new Set<HelperName>();
  for (const code of generated) for (const name of helpersUsedIn(code)) used.add(name);
  for (const name of [...used]) if (imports.definedHelpers.has(name)) used.delete(name);
  const helpers = HELPER_NAMES.filter((name) => used.has(name));
  const needJsonImport = helpers.includes("_sentry_json") && imports.json === "missing";
  const newImports: string[] = [];
  if (needJsonImport) newImports.push("import json");
  if (!imports.sentryAlias) newImports.push("import sentry_sdk");
  if (handoffImport && handoffImport.at < 0) newImports.push(handoffImport.text);
  else if (handoffImport)
    edits.push({ start: handoffImport.at, end: handoffImport.at, text: handoffImport.text, priority: 0 });
  const helperText = helpers
    .map((name) =>
      helperSource(name, fileUnit, nl, sentry, imports.json !== "shadowed", {
        identity: spanIdentity("handoff", options.conventions),
        parameters: handoffs[0]?.handoffs.callbackParameters ?? [],
        callbackOf: handoffs[0] ? `${handoffs[0].site.sdk} ${handoffs[0].handoffs.callbackKeyword}` : "",
      }),
    )
    .concat(streamBlocks)
    .join(nl + nl + nl);

  const importAt = imports.insertionPoint(lines, text);
  if (newImports.length) {
    let block = newImports.map((line) => line + nl).join("");
    if (imports.firstRegular && !isImport(imports.firstRegular))
      block += nl + (isDefinition(imports.firstRegular) ? nl : "");
    if (importAt.needsLeadingNewline) block = nl + block;
    edits.push({ start: importAt.offset, end: importAt.offset, text: block, priority: 0 });
  }
  if (helperText) {
    const lastImport = imports.lastLeadingImport;
    if (lastImport) {
      const at = lines.lineEnd(lastImport.endIndex);
      // two blank lines around the helpers, counting the blank lines already after the imports
      let blankAfter = 0;
      for (let lineNo = lines.lineOf(at) + 1; lineNo < lines.starts.length && blankAfter < 2; lineNo++) {
        if (!blank(lineNo) || lines.starts[lineNo] >= text.length) break;
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
  }
  return edits;
}
