import type { RuleMeta } from "./types";

export const streamingManual: RuleMeta = {
  id: "streaming-manual",
  defaultSeverity: "warn",
  description: "A streaming LLM call needs a span that stays open until the stream is consumed; the tool cannot add it safely.",
  help:
    "Start the span with `Sentry.startSpanManual` (op `gen_ai.chat`, name `chat <model>`), and call `span.end()` " +
    "once the stream has been read to the end (set the response attributes there). Add " +
    "`// sentry-ai-codemod-ignore-next-line streaming-manual -- <reason>` to accept a call as it is.",
};
