// Streaming: @google/genai chats.create(...).sendMessageStream: the model comes from the chat's creation.
import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({});

export async function streamTurn(message: string) {
  const chat = ai.chats.create({ model: "gemini-2.5-pro" });
  const stream = await chat.sendMessageStream({ message });
  let text = "";
  for await (const chunk of stream) text += chunk.text ?? "";
  return text;
}
