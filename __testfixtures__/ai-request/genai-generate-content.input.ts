// @google/genai: models.generateContent with a config.systemInstruction; reads the .text getter.
import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

export async function suggestTitle(draft: string): Promise<string> {
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: draft,
    config: {
      systemInstruction: "Suggest one concise title for this blog post draft.",
      temperature: 0.7,
    },
  });
  return response.text ?? "";
}
