// Position: the call inside a for...of loop body.
import OpenAI from "openai";

const openai = new OpenAI();

export async function summarizeChapters(chapters: string[]): Promise<string[]> {
  const summaries: string[] = [];
  for (const chapter of chapters) {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: `Summarize in one sentence:\n${chapter}` }],
    });
    summaries.push(completion.choices[0].message.content ?? "");
  }
  return summaries;
}
