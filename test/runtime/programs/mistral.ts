// Runtime-harness program (uninstrumented; see openai-chat.ts for the conventions).
import { Mistral } from "@mistralai/mistralai";

const mistral = new Mistral({
  apiKey: "mistral-mock",
  serverURL: process.env.MOCK_LLM_URL,
  retryConfig: { strategy: "none" },
});

export async function main(_baseUrl: string) {
  const response = await mistral.chat.complete({
    model: "mistral-small-latest",
    messages: [
      { role: "system", content: "Reply briefly." },
      { role: "user", content: "What is Mistral?" },
    ],
  });
  const choice = response.choices[0];

  let error: string;
  try {
    await mistral.chat.complete({ model: "error-model", messages: [{ role: "user", content: "fail" }] });
    error = "no error";
  } catch (caught) {
    error =
      caught instanceof Error
        ? `${caught.name} ${String((caught as { statusCode?: number }).statusCode)}`
        : String(caught);
  }
  return {
    id: response.id,
    model: response.model,
    text: choice?.message?.content,
    finishReason: choice?.finishReason,
    usage: response.usage,
    error,
  };
}
