// OpenAI: responses.create with instructions and a string input; reads output_text.
import OpenAI from "openai";

const client = new OpenAI();

export async function writeReleaseNote(changes: string): Promise<string> {
  const response = await client.responses.create({
    model: "gpt-4.1",
    instructions: "Write a short, friendly release note for end users.",
    input: changes,
    temperature: 0.4,
  });
  return response.output_text;
}
