// Streaming: ollama chat({ stream: true }) and generate({ stream: true }), async iterables of NDJSON chunks.
import ollama, { Ollama } from "ollama";

const local = new Ollama({ host: "http://127.0.0.1:11434" });

export async function streamChat(question: string) {
  const stream = await ollama.chat({ model: "llama3.1", messages: [{ role: "user", content: question }], stream: true });
  let text = "";
  for await (const chunk of stream) text += chunk.message.content;
  return text;
}

export async function streamGenerate(prompt: string) {
  const stream = await local.generate({ model: "llama3.1", prompt, stream: true });
  let text = "";
  for await (const chunk of stream) {
    text += chunk.response;
    if (chunk.done) break;
  }
  return text;
}
