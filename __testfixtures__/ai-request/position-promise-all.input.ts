// Position: two calls as elements of Promise.all([...]) (different SDKs).
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";

const openai = new OpenAI();
const anthropic = new Anthropic();

export async function secondOpinion(question: string) {
  const [gpt, claude] = await Promise.all([
    openai.chat.completions.create({
      model: "gpt-4o",
      messages: [{ role: "user", content: question }],
    }),
    anthropic.messages.create({
      model: "claude-sonnet-4-5",
      max_tokens: 1024,
      messages: [{ role: "user", content: question }],
    }),
  ]);
  return { gpt: gpt.choices[0].message.content, claude: claude.content };
}
