import { siteWords } from "./site-words";
import type { SiteRule } from "./types";

/** A stream --fix cannot follow: the engine's reason says why it is left to a person and what to write. */
export const streamingManual: SiteRule = {
  meta: {
    id: "streaming-manual",
    defaultSeverity: "warn",
    description:
      "A streaming LLM call whose span the tool cannot add (a tool runner's several model calls, a stream flag known only at " +
      "run time, an SDK whose chunks it has no reader for); the message says why. Other streams are wrapped by --fix.",
    help:
      "Start the span with `Sentry.startSpanManual` (op `gen_ai.chat`, name `chat <model>`; Python: " +
      "`span = sentry_sdk.start_span(...)` without `with`), read the text and usage from the chunks, and end the span " +
      "(`span.end()`, or `span.finish()` with sentry-sdk 2.x) after the last chunk, on an error and when the app stops reading early. Add " +
      "`// sentry-ai-codemod-ignore-next-line streaming-manual -- <reason>` (`#` in Python) to accept a call as it is.",
  },
  check(site, { conventions }) {
    if (site.status !== "streaming") return undefined;
    const { what, op } = siteWords(site, conventions);
    return {
      ruleId: "streaming-manual",
      range: site.range,
      fixable: false,
      message:
        `Streaming ${what} needs a ${op} span that stays open until the stream is consumed, which --fix cannot add here` +
        (site.reason
          ? ` (${site.reason}).`
          : ": start it with Sentry.startSpanManual and call span.end() after the last chunk."),
    };
  },
};
