import type { PyStreamBlockShape, PyStreamShape } from "../types/python";
import { CHAT_COMPLETION, RESPONSES } from "./calls";
import { OPENAI_CHAT_CHUNKS } from "../openai-compatible-python";

/**
 * `chat.completions.create(stream=True)`: openai's `Stream` / `AsyncStream` iterate `self._iterator` (the
 * collector's `in_place`). Text accumulates per choice; usage comes in a last chunk only with
 * `stream_options={"include_usage": True}`.
 */
export const CHAT_CHUNKS_STREAM: PyStreamShape = { collector: OPENAI_CHAT_CHUNKS };

/** `with client.chat.completions.stream(...) as stream:`: `ChatCompletionStream` accumulates a completion. */
export const CHAT_COMPLETION_STREAM_BLOCK: PyStreamBlockShape = {
  snapshotAttribute: "current_completion_snapshot",
  snapshot: CHAT_COMPLETION,
  recorder: "_sentry_record_openai_completion",
};

/**
 * `with client.responses.stream(...) as stream:`: `ResponseStream` keeps its state in `_state`: the parsed
 * final response once `response.completed` arrived, else (the block left early) the snapshot being built,
 * whose `status` is then still `in_progress` and which has no usage.
 */
export const RESPONSE_STREAM_BLOCK: PyStreamBlockShape = {
  snapshotAttribute: "_state._completed_response",
  partialSnapshotAttribute: "_state._ResponseStreamState__current_snapshot",
  // the text parts rather than `output_text`, which is "" in a snapshot left before its first text
  snapshot: { ...RESPONSES, text: "output[type=message].content[type=output_text].text" },
  recorder: "_sentry_record_openai_response",
};
