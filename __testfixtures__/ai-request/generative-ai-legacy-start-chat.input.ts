// @google/generative-ai (legacy): model.startChat({ history }) then chat.sendMessage(text).
import { GoogleGenerativeAI } from "@google/generative-ai";

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY ?? "");

export async function continueConversation(previousQuestion: string, previousAnswer: string, next: string) {
  const model = genAI.getGenerativeModel({ model: "gemini-1.5-pro" });
  const chat = model.startChat({
    history: [
      { role: "user", parts: [{ text: previousQuestion }] },
      { role: "model", parts: [{ text: previousAnswer }] },
    ],
  });
  const result = await chat.sendMessage(next);
  return result.response.text();
}
