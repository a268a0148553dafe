// Runtime-harness program (uninstrumented; see openai-chat.ts for the conventions): the @google/genai
// Interactions API, a model interaction with a system instruction.
import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({ apiKey: "gemini-mock", httpOptions: { baseUrl: process.env.MOCK_LLM_URL } });

export async function main(_baseUrl: string) {
  const interaction = await ai.interactions.create({
    model: "gemini-2.5-flash",
    system_instruction: "Be brief.",
    input: "When did interactions start?",
  });
  return { id: interaction.id, status: interaction.status, text: interaction.output_text, usage: interaction.usage?.total_tokens };
}
