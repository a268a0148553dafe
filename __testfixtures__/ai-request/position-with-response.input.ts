// Position: `.withResponse()` chained on the call; result fields are read from `.data`.
import OpenAI from "openai";

const openai = new OpenAI();

export async function answerWithRequestId(question: string) {
  const result = await openai.chat.completions
    .create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: question }],
    })
    .withResponse();
  console.log("openai request id", result.request_id, result.response.status);
  return result.data.choices[0].message.content;
}
