// Position: a call returned as is to a caller in the file that reads `.withResponse()` on it. The span would
// return a plain Promise without `.withResponse()`, so the call is left alone and check reports it.
import OpenAI from "openai";

const openai = new OpenAI();

export function ask(question: string) {
  return openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
}

export async function askWithRequestId(question: string) {
  const { data, response } = await ask(question).withResponse();
  return { answer: data.choices[0]?.message.content, requestId: response.headers.get("x-request-id") };
}
