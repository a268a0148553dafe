// Formatting: a multi-line template literal in the messages; its content (odd indentation included) must not be re-indented.
import OpenAI from "openai";

const openai = new OpenAI();

export async function writeSql(schema: string, question: string) {
  if (question.length > 0) {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o",
      messages: [
        {
          role: "system",
          content: `You write PostgreSQL queries.
Rules:
  - SELECT statements only
      - always end with LIMIT 100
Schema:
${schema}`,
        },
        { role: "user", content: question },
      ],
    });
    return completion.choices[0].message.content;
  }
  return null;
}
