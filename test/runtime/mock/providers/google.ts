// Gemini API as called by `@google/genai` and the legacy `@google/generative-ai`:
// POST /{version}/models/{model}:{method}, model in the URL rather than the body; and the Interactions API,
// POST /{version}/interactions with the model in the body.
import { arrayField } from "../json";
import { bodyModel, jsonReply, MockCall, MockReply, MockRequest, MockRoute, streamReply } from "../route";
import { generateContentStream } from "../streams/google";
import { MOCK_EMBEDDING, MOCK_USAGE } from "../usage";

const GOOGLE_PATH = /^\/v1(?:alpha|beta)?\/models\/([^/:]+):([A-Za-z]+)$/;

function googleRoute(method: string): Pick<MockRoute, "matches" | "model"> {
  return {
    matches: (request) => request.method === "POST" && GOOGLE_PATH.exec(request.path)?.[2] === method,
    model: (request: MockRequest) => decodeURIComponent(GOOGLE_PATH.exec(request.path)?.[1] ?? ""),
  };
}

function googleError(message: string): MockReply {
  return { status: 500, body: { error: { code: 500, message, status: "INTERNAL" } } };
}

function generateContentResponse(call: MockCall): object {
  const toolCall = call.toolCall;
  return {
    candidates: [
      {
        content: {
          role: "model",
          parts: toolCall
            ? [{ functionCall: { id: toolCall.id, name: toolCall.name, args: toolCall.arguments } }]
            : [{ text: call.replyText }],
        },
        finishReason: "STOP",
        index: 0,
      },
    ],
    usageMetadata: MOCK_USAGE.google,
    modelVersion: call.responseModel,
    responseId: `google-mock-${call.hash}`,
  };
}

/** A completed model interaction: one model output step with the reply text (the SDK derives `output_text`). */
function interactionResponse(call: MockCall): object {
  return {
    id: `interaction-mock-${call.hash}`,
    model: call.responseModel,
    status: "completed",
    steps: [{ type: "model_output", content: [{ type: "text", text: call.replyText }] }],
    usage: MOCK_USAGE.googleInteractions,
  };
}

export const googleRoutes: MockRoute[] = [
  {
    provider: "google",
    operation: "interactions",
    matches: (request) => request.method === "POST" && /^\/v1(?:alpha|beta)?\/interactions$/.test(request.path),
    model: bodyModel,
    reply: (call) => jsonReply(interactionResponse(call)),
    error: googleError,
  },
  {
    provider: "google",
    operation: "generateContent",
    ...googleRoute("generateContent"),
    reply: (call) => jsonReply(generateContentResponse(call)),
    error: googleError,
  },
  {
    // `models.generateContentStream` (always `?alt=sse`; the query string is not part of the matched path).
    provider: "google",
    operation: "streamGenerateContent",
    ...googleRoute("streamGenerateContent"),
    reply: (call) => streamReply(generateContentStream(call)),
    error: googleError,
  },
  {
    // Legacy SDK: one content in, one embedding out.
    provider: "google",
    operation: "embedContent",
    ...googleRoute("embedContent"),
    reply: () => jsonReply({ embedding: { values: MOCK_EMBEDDING } }),
    error: googleError,
  },
  {
    // @google/genai's models.embedContent on the Gemini API: one embedding per request item.
    provider: "google",
    operation: "batchEmbedContents",
    ...googleRoute("batchEmbedContents"),
    reply: (call) =>
      jsonReply({ embeddings: arrayField(call.request.body, "requests").map(() => ({ values: MOCK_EMBEDDING })) }),
    error: googleError,
  },
];
