// Streaming: @google/genai models.generateContentStream: the span ends when the async generator is done.
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
