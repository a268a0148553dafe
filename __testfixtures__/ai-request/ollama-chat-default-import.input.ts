// Ollama: the default instance from `import ollama from "ollama"`, ollama.chat.
import ollama from "ollama";

export async function explainError(stackTrace: string): Promise<string> {
  const response = await ollama.chat({
    model: "llama3.1",
    messages: [
      { role: "system", content: "Explain this stack trace to a junior developer." },
      { role: "user", content: stackTrace },
    ],
  });
  return response.message.content;
}
