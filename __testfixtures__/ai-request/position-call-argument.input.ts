// Position: the awaited call is an argument of another call (`logCompletion(await ...)`).
import OpenAI from "openai";

const openai = new OpenAI();

function logCompletion(completion: OpenAI.Chat.Completions.ChatCompletion): string {
  console.log(`[${completion.model}] ${completion.usage?.total_tokens ?? 0} tokens`);
  return completion.choices[0].message.content ?? "";
}

export async function nameProject(description: string) {
  return logCompletion(
    await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: `Suggest a project name for: ${description}` }],
    }),
  );
}
