// LlamaIndex TS with @llamaindex/ollama and @llamaindex/mistral: chat, complete and Ollama embeddings.
import { MistralAI } from "@llamaindex/mistral";
import { Ollama, OllamaEmbedding, ollama } from "@llamaindex/ollama";

const local = new Ollama({ model: "llama3.2", config: { host: "http://localhost:11434" } });
const embedModel = new OllamaEmbedding({ model: "nomic-embed-text" });
const mistralLlm = new MistralAI({ model: "mistral-small-latest", temperature: 0 });

export async function ask(question: string) {
  const response = await local.chat({ messages: [{ role: "user", content: question }] });
  return response.message.content;
}

export async function finish(prompt: string) {
  const completion = await ollama({ model: "qwen3" }).complete({ prompt });
  return completion.text;
}

export async function embed(text: string) {
  return embedModel.getTextEmbedding(text);
}

export async function askMistral(question: string) {
  const response = await mistralLlm.chat({ messages: [{ role: "user", content: question }] });
  return response.message.content;
}

export async function finishMistral(prompt: string) {
  const completion = await mistralLlm.complete({ prompt });
  return completion.text;
}
