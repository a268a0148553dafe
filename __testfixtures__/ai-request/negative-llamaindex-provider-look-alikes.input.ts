// Not LlamaIndex calls: the project's own `Anthropic` and `Gemini` classes, and a static helper of the real
// `@llamaindex/ollama` class that calls no model.
import { Ollama } from "@llamaindex/ollama";
import type { BaseTool } from "@llamaindex/core/llms";
import { Anthropic, Gemini } from "./local-providers";

export async function run(add: BaseTool) {
  const reply = await new Anthropic().chat({ messages: ["hi"] });
  const text = await new Gemini().complete({ prompt: "hi" });
  const ollamaTool = Ollama.toTool(add);
  return { reply, text, ollamaTool };
}
