// The other file of position-return-to-with-response-caller-elsewhere: it reads the SDK promise's helpers on what
// `ask` and `summarize` return, and only awaits `translate`.
import * as chat from "./position-return-to-with-response-caller-elsewhere.input";
import { ask, translate } from "./position-return-to-with-response-caller-elsewhere.input";

export async function askWithRequestId(question: string) {
  const { data, response } = await ask(question).withResponse();
  return { answer: data.choices[0]?.message.content, requestId: response.headers.get("x-request-id") };
}

export async function summaryStatus(text: string) {
  const response = await chat.summarize(text).asResponse();
  return response.status;
}

export async function translated(text: string) {
  const completion = await translate(text);
  return completion.choices[0]?.message.content;
}
