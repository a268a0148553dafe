// Runtime-harness program (uninstrumented; see openai-chat.ts for the conventions).
// Embeddings plus the legacy text-completions endpoint.
import OpenAI from "openai";

const openai = new OpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1`, maxRetries: 0 });

export async function main(_baseUrl: string) {
  const embeddings = await openai.embeddings.create({
    model: "text-embedding-3-small",
    input: ["first document", "second document"],
  });
  const completion = await openai.completions.create({
    model: "gpt-3.5-turbo-instruct",
    prompt: "Once upon a time",
    max_tokens: 20,
  });
  return {
    embeddings: {
      model: embeddings.model,
      vectors: embeddings.data.map((item) => item.embedding),
      usage: embeddings.usage,
    },
    completion: {
      id: completion.id,
      model: completion.model,
      text: completion.choices[0]?.text,
      usage: completion.usage,
    },
  };
}
