import { siteWords } from "./site-words";
import type { SiteRule } from "./types";

/** A streaming call: its span must stay open until the stream is consumed, which `--fix` cannot add safely. */
export const streamingManual: SiteRule = {
  meta: {
    id: "streaming-manual",
    defaultSeverity: "warn",
    description: "A streaming LLM call needs a span that stays open until the stream is consumed; the tool cannot add it safely.",
    help:
      "Start the span with `Sentry.startSpanManual` (op `gen_ai.chat`, name `chat <model>`), and call `span.end()` " +
      "once the stream has been read to the end (set the response attributes there). Add " +
      "`// sentry-ai-codemod-ignore-next-line streaming-manual -- <reason>` to accept a call as it is.",
  },
  check(site, { conventions }) {
    if (site.status !== "streaming") return undefined;
    const { what, op } = siteWords(site, conventions);
    return {
      ruleId: "streaming-manual",
      range: site.range,
      fixable: false,
      // The engine's reason for a stream only restates this message, so it is left out.
      message:
        `Streaming ${what} needs a ${op} span that stays open until the stream is consumed, which --fix cannot add: ` +
        "start it with Sentry.startSpanManual and call span.end() after the last chunk.",
    };
  },
};
