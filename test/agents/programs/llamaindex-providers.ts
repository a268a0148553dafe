// Runtime program (uninstrumented): LlamaIndex TS LLMs of the Anthropic, Google and Ollama providers against the
// mock's routes for those APIs: a chat and a completion each. (@llamaindex/mistral builds its client without a
// server URL, so it cannot be pointed at the mock.)
import { Anthropic, AnthropicSession } from "@llamaindex/anthropic";
import { GEMINI_MODEL, Gemini } from "@llamaindex/google";
import { Ollama } from "@llamaindex/ollama";

const claude = new Anthropic({
  model: "claude-haiku-4-5",
  session: new AnthropicSession({ apiKey: "sk-ant-mock", baseURL: process.env.MOCK_LLM_URL, maxRetries: 0 }),
});
const gemini = new Gemini({
  model: GEMINI_MODEL.GEMINI_2_5_FLASH_LATEST,
  apiKey: "gemini-mock",
  httpOptions: { baseUrl: process.env.MOCK_LLM_URL },
});
const local = new Ollama({ model: "llama3.2", config: { host: process.env.MOCK_LLM_URL } });

export async function main(_baseUrl: string) {
  const claudeChat = await claude.chat({
    messages: [
      { role: "system", content: "Be brief." },
      { role: "user", content: "What is Claude?" },
    ],
  });
  const claudeCompletion = await claude.complete({ prompt: "Complete for Claude" });
  const geminiChat = await gemini.chat({ messages: [{ role: "user", content: "What is Gemini?" }] });
  const geminiCompletion = await gemini.complete({ prompt: "Complete for Gemini" });
  const ollamaChat = await local.chat({ messages: [{ role: "user", content: "What is Ollama?" }] });
  const ollamaCompletion = await local.complete({ prompt: "Complete for Ollama" });
  return {
    claude: [claudeChat.message.content, claudeCompletion.text],
    gemini: [geminiChat.message.content, geminiCompletion.text],
    ollama: [ollamaChat.message.content, ollamaCompletion.text],
  };
}
