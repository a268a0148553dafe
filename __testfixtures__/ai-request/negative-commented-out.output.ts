// Negative: model calls that exist only in comments (line and block) are left unchanged.
import OpenAI from "openai";

const openai = new OpenAI();

export async function greet(name: string): Promise<string> {
  // TODO: re-enable once the AI budget is approved.
  // const completion = await openai.chat.completions.create({
  //   model: "gpt-4o",
  //   messages: [{ role: "user", content: `Write a greeting for ${name}` }],
  // });
  // return completion.choices[0].message.content ?? "";

  /*
  const response = await openai.responses.create({ model: "gpt-4.1", input: `Greet ${name}` });
  return response.output_text;
  */
  return `Hello, ${name}!`;
}

export { openai };
