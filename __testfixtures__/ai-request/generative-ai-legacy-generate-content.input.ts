// @google/generative-ai (legacy): getGenerativeModel({ model }).generateContent(prompt); text() is a method.
import { GoogleGenerativeAI } from "@google/generative-ai";

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY ?? "");
const model = genAI.getGenerativeModel({
  model: "gemini-1.5-flash",
  systemInstruction: "Rewrite the text in plain English.",
});

export async function simplify(text: string): Promise<string> {
  const result = await model.generateContent(text);
  return result.response.text();
}
