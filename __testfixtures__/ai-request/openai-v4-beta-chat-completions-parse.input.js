// OpenAI: v4-era beta.chat.completions.parse (removed in openai v5+, so plain JS: not type-checked).
import OpenAI from "openai";

const openai = new OpenAI();

export async function extractContact(emailBody) {
  const completion = await openai.beta.chat.completions.parse({
    model: "gpt-4o-2024-08-06",
    messages: [
      { role: "system", content: "Extract the sender's name and phone number as JSON." },
      { role: "user", content: emailBody },
    ],
    response_format: { type: "json_object" },
  });
  return completion.choices[0].message.parsed;
}
