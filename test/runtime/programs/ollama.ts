// Runtime-harness program (uninstrumented; see openai-chat.ts for the conventions).
import { Ollama } from "ollama";

const ollama = new Ollama({ host: process.env.MOCK_LLM_URL });

export async function main(_baseUrl: string) {
  const chat = await ollama.chat({ model: "llama3.2", messages: [{ role: "user", content: "Why is the sky blue?" }] });
  const generated = await ollama.generate({ model: "llama3.2", prompt: "Complete: roses are" });
  const embedded = await ollama.embed({ model: "nomic-embed-text", input: "vectorize" });
  let error: string;
  try {
    await ollama.chat({ model: "error-model", messages: [{ role: "user", content: "fail" }] });
    error = "no error";
  } catch (caught) {
    error =
      caught instanceof Error
        ? `${caught.name} ${String((caught as { status_code?: number }).status_code)}`
        : String(caught);
  }
  return {
    chat: {
      model: chat.model,
      text: chat.message.content,
      promptEvalCount: chat.prompt_eval_count,
      evalCount: chat.eval_count,
    },
    generate: { text: generated.response, evalCount: generated.eval_count },
    embeddings: embedded.embeddings,
    error,
  };
}
