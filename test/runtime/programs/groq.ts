// Runtime-harness program (uninstrumented; see openai-chat.ts for the conventions).
import Groq from "groq-sdk";

const groq = new Groq({ apiKey: "groq-mock", baseURL: process.env.MOCK_LLM_URL, maxRetries: 0 });

export async function main(_baseUrl: string) {
  const completion = await groq.chat.completions.create({
    model: "llama-3.3-70b-versatile",
    messages: [{ role: "user", content: "Explain Groq in five words" }],
  });
  let error: string;
  try {
    await groq.chat.completions.create({ model: "error-model", messages: [{ role: "user", content: "fail" }] });
    error = "no error";
  } catch (caught) {
    error = caught instanceof Groq.APIError ? `APIError ${caught.status}` : String(caught);
  }
  return {
    id: completion.id,
    model: completion.model,
    text: completion.choices[0]?.message.content,
    usage: completion.usage,
    error,
  };
}
