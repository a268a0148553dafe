// Position: the call is the receiver of a .then(...).catch(...) chain.
import OpenAI from "openai";

const openai = new OpenAI();

export function fetchHaiku(topic: string): Promise<string> {
  return openai.chat.completions
    .create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: `Write a haiku about ${topic}.` }],
    })
    .then((completion) => completion.choices[0].message.content ?? "")
    .catch(() => "");
}
