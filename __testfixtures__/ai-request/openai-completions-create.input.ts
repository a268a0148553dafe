// OpenAI: legacy completions.create with a prompt (text in choices[0].text).
import OpenAI from "openai";

const openai = new OpenAI();

export async function completeSnippet(prefix: string): Promise<string> {
  const completion = await openai.completions.create({
    model: "gpt-3.5-turbo-instruct",
    prompt: prefix,
    max_tokens: 64,
    stop: ["\n\n"],
  });
  return completion.choices[0].text;
}
