// Position: the method chain is split across lines (client.chat.completions / .create) with a comment in between.
import OpenAI from "openai";

const client = new OpenAI();

export async function proposeTestNames(functionSource: string) {
  const completion = await client.chat.completions
    // one request per function under test
    .create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: `Propose unit test names for:\n${functionSource}` }],
    });
  return completion.choices[0].message.content;
}
