// Streaming: @mistralai/mistralai chat.stream, an event stream of `{ data: chunk }`.
import { Mistral } from "@mistralai/mistralai";

const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

export async function streamReply(question: string) {
  const result = await mistral.chat.stream({ model: "mistral-small-latest", messages: [{ role: "user", content: question }] });
  let text = "";
  for await (const event of result) {
    const content = event.data.choices[0]?.delta.content;
    if (typeof content === "string") text += content;
  }
  return text;
}
