// OpenAI-compatible provider: the openai client pointed at DeepSeek (baseURL without /v1).
import OpenAI from "openai";

const deepseek = new OpenAI({
  baseURL: "https://api.deepseek.com",
  apiKey: process.env.DEEPSEEK_API_KEY,
});

export async function reviewDiff(diff: string) {
  const completion = await deepseek.chat.completions.create({
    model: "deepseek-chat",
    messages: [
      { role: "system", content: "You are a careful code reviewer. List concrete problems only." },
      { role: "user", content: diff },
    ],
  });
  return completion.choices[0].message.content;
}
