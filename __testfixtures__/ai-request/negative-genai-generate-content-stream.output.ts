// Streaming (report only): @google/genai models.generateContentStream; not wrapped.
import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

export async function streamOutline(topic: string, write: (text: string) => void) {
  const stream = await ai.models.generateContentStream({
    model: "gemini-2.5-flash",
    contents: `Outline a talk about ${topic}.`,
  });
  for await (const chunk of stream) {
    write(chunk.text ?? "");
  }
}
