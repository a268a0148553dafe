// Runtime-harness program (uninstrumented; see openai-chat.ts for the conventions).
import { CohereClientV2, CohereError } from "cohere-ai";

const cohere = new CohereClientV2({ token: "cohere-mock", environment: process.env.MOCK_LLM_URL, maxRetries: 0 });

export async function main(_baseUrl: string) {
  const response = await cohere.chat({
    model: "command-r-plus",
    messages: [{ role: "user", content: "Tell me about Cohere" }],
  });
  const first = response.message.content?.[0];

  let error: string;
  try {
    await cohere.chat({ model: "error-model", messages: [{ role: "user", content: "fail" }] });
    error = "no error";
  } catch (caught) {
    error = caught instanceof CohereError ? `CohereError ${caught.statusCode}` : String(caught);
  }
  return {
    id: response.id,
    finishReason: response.finishReason,
    text: first?.type === "text" ? first.text : undefined,
    usage: response.usage,
    error,
  };
}
