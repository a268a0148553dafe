// Position: arrow function whose expression body is the call.
import OpenAI from "openai";

const openai = new OpenAI();

export const embedText = (text: string) =>
  openai.embeddings.create({ model: "text-embedding-3-small", input: text });

export const embedAll = (texts: string[]) => Promise.all(texts.map(embedText));
