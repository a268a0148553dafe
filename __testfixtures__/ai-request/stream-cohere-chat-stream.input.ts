// Streaming: cohere-ai chatStream, v2 (`CohereClientV2`: content-delta / message-end events) and v1
// (`CohereClient`: text-generation / stream-end events).
import { CohereClient, CohereClientV2 } from "cohere-ai";

const cohere = new CohereClientV2({ token: process.env.COHERE_API_KEY });
const legacy = new CohereClient({ token: process.env.COHERE_API_KEY });

export async function streamReply(question: string) {
  const stream = await cohere.chatStream({ model: "command-a-03-2025", messages: [{ role: "user", content: question }] });
  let text = "";
  for await (const event of stream) {
    if (event.type === "content-delta") text += event.delta?.message?.content?.text ?? "";
  }
  return text;
}

export async function streamLegacyReply(question: string) {
  const stream = await legacy.chatStream({ model: "command-r-plus", message: question });
  let text = "";
  for await (const event of stream) {
    if (event.eventType === "text-generation") text += event.text;
  }
  return text;
}
