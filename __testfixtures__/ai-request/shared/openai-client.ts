// Helper for the receiver-imported-* cases: the project's shared OpenAI client.
import OpenAI from "openai";

export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, maxRetries: 2 });

export default openai;
