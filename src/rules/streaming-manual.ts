import type { RuleMeta } from "./types";

export const streamingManual: RuleMeta = {
  id: "streaming-manual",
  defaultSeverity: "warn",
  description:
    "A streaming LLM call whose span the tool cannot add (a tool runner's several model calls, a stream flag known only at " +
    "run time, an SDK whose chunks it has no reader for); the message says why. Other streams are wrapped by --fix.",
  help:
    "Start the span with `Sentry.startSpanManual` (op `gen_ai.chat`, name `chat <model>`), read the text and usage from the " +
    "chunks, and call `span.end()` after the last chunk, on an error and when the app stops reading early. Add " +
    "`// sentry-ai-codemod-ignore-next-line streaming-manual -- <reason>` to accept a call as it is.",
};
