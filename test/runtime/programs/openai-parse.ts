// Runtime-harness program (uninstrumented; see openai-chat.ts for the conventions): chat.completions.parse
// with a zodResponseFormat structured output. Its span is the create span; `message.parsed` is not recorded
// apart from the text it is parsed from.
import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

const openai = new OpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1`, maxRetries: 0 });

const Event = z.object({ name: z.string(), city: z.string() });

export async function main(_baseUrl: string) {
  const completion = await openai.chat.completions.parse({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: "Extract: launch party in Paris" }],
    response_format: zodResponseFormat(Event, "event"),
  });
  return { id: completion.id, parsed: completion.choices[0].message.parsed };
}
