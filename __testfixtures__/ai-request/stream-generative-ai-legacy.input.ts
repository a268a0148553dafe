// @google/generative-ai (legacy): generateContentStream and a chat's sendMessageStream resolve to
// { stream, response }; one app reads the chunks, the other only awaits the aggregate. A handle made from a
// variable model is named from its `model` field, without the SDK's `models/` prefix.
import { GoogleGenerativeAI } from "@google/generative-ai";

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY ?? "");
const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash" });

export async function streamStory(topic: string, write: (text: string) => void) {
  const result = await model.generateContentStream(`A short story about ${topic}`);
  for await (const chunk of result.stream) write(chunk.text());
  return (await result.response).usageMetadata;
}

export async function reply(modelName: string, question: string) {
  const chat = genAI.getGenerativeModel({ model: modelName }).startChat();
  const { response } = await chat.sendMessageStream(question);
  return (await response).text();
}

export async function answer(modelName: string, question: string) {
  const handle = genAI.getGenerativeModel({ model: modelName });
  const result = await handle.generateContent(question);
  return result.response.text();
}
