// Receiver: named client imported from another project file (./shared/openai-client).
import { openai } from "./shared/openai-client";

export async function generateAltText(imageDescription: string) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Write alt text of at most 125 characters." },
      { role: "user", content: imageDescription },
    ],
  });
  return completion.choices[0].message.content;
}
