// Ollama: a configured `new Ollama({ host })` instance, generate with prompt + system.
import { Ollama } from "ollama";

const ollama = new Ollama({ host: "http://gpu-box.internal:11434" });

export async function writeCommitMessage(diff: string): Promise<string> {
  const response = await ollama.generate({
    model: "qwen2.5-coder:7b",
    system: "Write a conventional-commit message for this diff. One line.",
    prompt: diff,
  });
  return (response.response ?? "").trim();
}
