// OpenAI: chat.completions.parse with a zodResponseFormat structured output.
import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

const CalendarEvent = z.object({
  name: z.string(),
  date: z.string(),
  participants: z.array(z.string()),
});

const openai = new OpenAI();

export async function extractEvent(text: string) {
  const completion = await openai.chat.completions.parse({
    model: "gpt-4o-2024-08-06",
    messages: [
      { role: "system", content: "Extract the event information." },
      { role: "user", content: text },
    ],
    response_format: zodResponseFormat(CalendarEvent, "event"),
  });
  return completion.choices[0].message.parsed;
}
