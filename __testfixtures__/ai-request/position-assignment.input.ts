// Position: assignment to an existing variable (`completion = await ...`) inside an if block.
import OpenAI from "openai";

const openai = new OpenAI();

export async function answerOrFallback(question: string, allowModel: boolean) {
  let completion: OpenAI.Chat.Completions.ChatCompletion | undefined;
  if (allowModel) {
    completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: question }],
    });
  }
  return completion?.choices[0].message.content ?? "Please contact support.";
}
