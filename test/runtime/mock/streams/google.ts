// Gemini `streamGenerateContent?alt=sse`: each event a GenerateContentResponse holding one text piece.
import { MockCall } from "../route";
import { MOCK_USAGE } from "../usage";
import { SseStream, textDeltas } from "./sse";

/**
 * Every chunk carries the model version and response id; the first a partial usage (prompt only), the
 * last the finish reason and the final usage. A reader must keep the last usage it saw, not the first.
 */
export function generateContentStream(call: MockCall): SseStream {
  const deltas = textDeltas(call.replyText);
  const events = deltas.map((text, index) => {
    const last = index === deltas.length - 1;
    return {
      data: {
        candidates: [
          { content: { role: "model", parts: [{ text }] }, index: 0, ...(last && { finishReason: "STOP" }) },
        ],
        ...(index === 0 && {
          usageMetadata: {
            promptTokenCount: MOCK_USAGE.google.promptTokenCount,
            totalTokenCount: MOCK_USAGE.google.promptTokenCount,
          },
        }),
        ...(last && { usageMetadata: MOCK_USAGE.google }),
        modelVersion: call.responseModel,
        responseId: `google-mock-${call.hash}`,
      },
    };
  });
  return { events };
}
