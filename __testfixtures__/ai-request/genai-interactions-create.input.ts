// @google/genai Interactions API: interactions.create with a model, a system instruction and an input; a streamed
// interaction is left for manual work.
import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

export async function ask(question: string) {
  const interaction = await ai.interactions.create({
    model: "gemini-2.5-flash",
    system_instruction: "Answer in one sentence.",
    input: question,
  });
  return interaction.output_text;
}

export async function askStreaming(question: string) {
  const events = await ai.interactions.create({ model: "gemini-2.5-flash", input: question, stream: true });
  for await (const event of events) console.log(event.event_type);
}
