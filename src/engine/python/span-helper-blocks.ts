import type { ResponseShape } from "../../sdks/types/calls";
import { attrLine, CONTENT_GATE, contentKind, keep, responseAttrs } from "./emit";
import {
  CHUNKS_BASE,
  chunksBaseLines,
  reindent,
  STREAM_CONTENT_KEYS,
  streamBlockHelperLines,
  streamHelpers,
} from "./stream-helpers";
import { coroutineHelperLines, runStreamHelperLines } from "./run-helpers";
import type { RewriteContext } from "./rewrite-context";
import { pyString } from "./text";

/** The helpers the file's stream, run and coroutine spans call, with the SDKs' collectors and recorders. */

/** Each block's text in the file's indentation; `defined`: names the module defines already, left out. */
export function spanHelperBlocks(ctx: RewriteContext, defined: Set<string>): string[] {
  const { layout, api, uses } = ctx;
  const blocks: string[] = [];
  const add = (lines: string[]) => blocks.push(reindent(lines, layout.fileUnit, layout.newline));
  // stream helpers and the SDKs' collectors
  const collectors = [...uses.streamShapes.values()].map((shape) => shape.collector);
  const extendsBase = collectors.some((collector) => collector.source.includes(`(${CHUNKS_BASE}):`));
  // a file written by an earlier version has the `_SentryStream` class: its plumbing stays as it is
  if (uses.streamShapes.size && !defined.has("_SentryStream")) {
    for (const helper of streamHelper(ctx)) if (!defined.has(helper.name)) add(helper.lines);
  }
  // the collectors' base first: a class statement reads its base when it runs
  if (extendsBase && !defined.has(CHUNKS_BASE)) add(chunksBaseLines());
  for (const { name, source } of collectors) if (!defined.has(name)) add(source.split("\n"));
  for (const helper of ["_sentry_stream_block", "_sentry_stream_block_async"]) {
    if (uses.blockHelpers.has(helper) && !defined.has(helper))
      add(streamBlockHelperLines(helper === "_sentry_stream_block_async"));
  }
  for (const [name, shape] of uses.blockShapes) {
    if (defined.has(name)) continue;
    const { snapshotAttribute, snapshot, partialSnapshotAttribute: partial } = shape;
    const read = (attribute: string) => `_sentry_field(stream, ${attribute.split(".").map(pyString).join(", ")})`;
    add(
      recorderLines(ctx, {
        name,
        parameter: "stream",
        doc: partial
          ? `What the stream accumulated (\`stream.${snapshotAttribute}\`, else \`stream.${partial}\`), read like a response.`
          : `What the stream accumulated (\`stream.${snapshotAttribute}\`), read like a response.`,
        reads: [
          partial
            ? `    snapshot = ${read(snapshotAttribute)} or ${read(partial)}`
            : `    snapshot = stream.${snapshotAttribute}`,
        ],
        shape: snapshot,
        variable: "snapshot",
        namesSpan: shape.namesSpan,
      }),
    );
  }
  if (uses.runShapes.size && !defined.has("_SentryRunStream")) add(runStreamHelperLines(api));
  for (const [name, shape] of uses.runShapes) {
    if (defined.has(name)) continue;
    const doc = "What a finished run's result says, read like a response.";
    add(recorderLines(ctx, { name, parameter: "result", doc, reads: [], shape: shape.result, variable: "result" }));
  }
  if (uses.coroutine && !defined.has("_sentry_coroutine_in_span")) add(coroutineHelperLines(api));
  return blocks;
}

/**
 * The stream plumbing, the same text in every file for the same options: the outputs gate names every
 * response content key (a collector returns response data), not only those of the collectors the file has
 * now, so a stream call added by a later run (google-genai's tool calls) is gated too.
 */
function streamHelper(ctx: RewriteContext): Array<{ name: string; lines: string[] }> {
  const { options } = ctx;
  const keys = STREAM_CONTENT_KEYS;
  // the collectors' response content: left out (never), or recorded when the app's Sentry settings allow it (auto)
  const outputs = !options.recordOutputs
    ? { keys }
    : contentKind(keys[0], options)
      ? { keys, gate: CONTENT_GATE }
      : undefined;
  return streamHelpers({ awaited: ctx.uses.awaitedStream, outputs }, ctx.api);
}

/** A generated function that sets a span's response attributes from what `<parameter>` holds. */
interface Recorder {
  name: string;
  parameter: string;
  doc: string;
  /** Lines that read `variable` from the parameter. */
  reads: string[];
  shape: ResponseShape;
  variable: string;
  /** The request named no model: the recorder names the span `<namesSpan> <model>` from the response's model. */
  namesSpan?: string;
}

/** `def <name>(span, <parameter>):` setting the attributes the shape reads from `<variable>`. */
function recorderLines(ctx: RewriteContext, recorder: Recorder): string[] {
  const { name, parameter, doc, reads, shape, variable, namesSpan } = recorder;
  const record = keep(responseAttrs(shape, variable, namesSpan), ctx.options).map(
    (attr) => `    ${attrLine(attr, "span", ctx.api)}`,
  );
  const body = [...reads, ...record];
  return [`def ${name}(span, ${parameter}):`, `    """${doc}"""`, ...(body.length ? body : ["    pass"])];
}
