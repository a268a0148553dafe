// OpenAI-compatible provider: the openai client pointed at Groq through a literal baseURL.
import OpenAI from "openai";

const groq = new OpenAI({
  apiKey: process.env.GROQ_API_KEY,
  baseURL: "https://api.groq.com/openai/v1",
});

export async function quickAnswer(question: string) {
  const completion = await groq.chat.completions.create({
    model: "llama-3.3-70b-versatile",
    messages: [{ role: "user", content: question }],
  });
  return completion.choices[0].message.content;
}
