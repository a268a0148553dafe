// Position: `const x = await call(...)` as a statement in the middle of a function body.
import OpenAI from "openai";

const openai = new OpenAI();

export async function suggestReply(thread: string) {
  const started = Date.now();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Suggest a reply to:\n${thread}` }],
  });
  console.log(`suggestion took ${Date.now() - started}ms`);
  return completion.choices[0].message.content;
}
