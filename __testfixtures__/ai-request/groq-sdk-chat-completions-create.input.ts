// groq-sdk: Groq client with the OpenAI-shaped chat.completions.create.
import Groq from "groq-sdk";

const groq = new Groq({ apiKey: process.env.GROQ_API_KEY });

export async function tagArticle(article: string): Promise<string[]> {
  const completion = await groq.chat.completions.create({
    model: "llama-3.1-8b-instant",
    messages: [
      { role: "system", content: "Return up to five comma-separated topic tags." },
      { role: "user", content: article },
    ],
    temperature: 0,
  });
  return (completion.choices[0].message.content ?? "").split(",").map((t) => t.trim());
}
