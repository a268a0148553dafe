// Position: destructuring the awaited result (`const { choices, usage } = await ...`).
import OpenAI from "openai";

const openai = new OpenAI();

export async function shortenHeadline(headline: string) {
  const { choices, usage } = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Shorten to under 60 characters: ${headline}` }],
  });
  console.log("tokens used", usage?.total_tokens);
  return choices[0].message.content;
}
