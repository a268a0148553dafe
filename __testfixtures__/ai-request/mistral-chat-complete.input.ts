// Mistral: chat.complete (usage fields are camelCase in the TS SDK).
import { Mistral } from "@mistralai/mistralai";

const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY ?? "" });

export async function translateToFrench(text: string) {
  const response = await mistral.chat.complete({
    model: "mistral-small-latest",
    messages: [
      { role: "system", content: "Translate the user's text into French." },
      { role: "user", content: text },
    ],
    temperature: 0.1,
  });
  return response.choices[0]?.message?.content;
}
