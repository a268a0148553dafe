import type { PyStreamBlockShape, PyStreamShape } from "../types/python";
import { CHAT_COMPLETION } from "./calls";
import { OPENAI_CHAT_CHUNKS } from "../openai-compatible-python";

/**
 * `chat.completions.create(stream=True)`: openai's `Stream` / `AsyncStream` iterate `self._iterator`. Text
 * accumulates per choice; usage comes in a last chunk only with `stream_options={"include_usage": True}`.
 */
export const CHAT_CHUNKS_STREAM: PyStreamShape = { iteratorAttribute: "_iterator", collector: OPENAI_CHAT_CHUNKS };

/** `with client.chat.completions.stream(...) as stream:`: `ChatCompletionStream` accumulates a completion. */
export const CHAT_COMPLETION_STREAM_BLOCK: PyStreamBlockShape = {
  snapshotAttribute: "current_completion_snapshot",
  snapshot: CHAT_COMPLETION,
  recorder: "_sentry_record_openai_completion",
};
