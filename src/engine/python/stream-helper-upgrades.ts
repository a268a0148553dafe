import type { Node } from "./ast";
import type { Edit, RewriteContext } from "./rewrite-context";
import { streamOutputsTest, STREAM_CONTENT_KEYS } from "./stream-helpers";

/**
 * The lines in which the stream plumbing an earlier version wrote per file differs from today's, replaced
 * when the file gets a new stream call: its `_sentry_stream` / `_sentry_stream_async` handed every stream to
 * `_sentry_observed_chunks` when the file had no SDK stream object to keep (an openai stream added later
 * became a generator), its `_sentry_stream_end` gated only the response text, and its collectors did not
 * name their SDK's in-place attribute (`in_place = ("_iterator",)`, added after the class's docstring). Only
 * those exact lines change; a helper whose line the app edited by hand is left as it is.
 */
const UPGRADES: Array<{ helper: string; was: string; now: string }> = [
  ...["_sentry_stream", "_sentry_stream_async"].map((helper) => ({
    helper,
    was: "return _sentry_observed_chunks(stream, span, collect",
    now: "return _sentry_observed_stream(stream, span, collect",
  })),
  {
    helper: "_sentry_stream_end",
    was: 'if key != "gen_ai.response.text"',
    now: streamOutputsTest(STREAM_CONTENT_KEYS),
  },
];

/** `definitions`: the module's `_sentry_*` functions and `_Sentry*` classes by name. */
export function streamHelperUpgrades(ctx: RewriteContext, definitions: Map<string, Node>): Edit[] {
  const edits: Edit[] = [];
  for (const { helper, was, now } of UPGRADES) {
    const definition = definitions.get(helper);
    const at = definition?.text.indexOf(was) ?? -1;
    if (!definition || at < 0 || definition.text.indexOf(was, at + 1) >= 0) continue;
    const start = definition.startIndex + at;
    edits.push({ start, end: start + was.length, text: now, priority: 0 });
  }
  for (const { collector } of ctx.uses.streamShapes.values()) {
    const inPlace = /^ {4}(in_place = .*)$/m.exec(collector.source)?.[1];
    const definition = definitions.get(collector.name);
    const docstring = definition && /^class .*:\r?\n[ \t]+"""[^\n]*"""/.exec(definition.text)?.[0];
    if (!inPlace || !docstring || /^\s+in_place =/m.test(definition.text)) continue;
    const at = definition.startIndex + docstring.length;
    edits.push({ start: at, end: at, text: ctx.layout.newline + ctx.layout.fileUnit + inPlace, priority: 0 });
  }
  return edits;
}
