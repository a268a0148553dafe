import { GoogleGenAI } from "@google/genai";

export interface ThreadMessage {
  from: "customer" | "agent";
  text: string;
  sentAt: Date;
}

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

/** One-paragraph summary shown when a ticket is escalated to a second-line engineer. */
export async function summarizeThread(thread: ThreadMessage[]): Promise<string> {
  const transcript = thread.map((m) => `[${m.sentAt.toISOString()}] ${m.from}: ${m.text}`).join("\n");

  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: transcript,
    config: {
      systemInstruction: "Summarize this support conversation for an engineer: the problem, what was tried, what is still open.",
      temperature: 0.2,
      maxOutputTokens: 400,
    },
  });

  return response.text ?? "";
}
