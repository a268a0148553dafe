// Runtime-harness program (uninstrumented; see openai-chat.ts for the conventions).
// Legacy @google/generative-ai: the model lives on the model object, text() is a method.
import { GoogleGenerativeAI, GoogleGenerativeAIFetchError } from "@google/generative-ai";

const genAI = new GoogleGenerativeAI("gemini-mock");
const requestOptions = { baseUrl: process.env.MOCK_LLM_URL };
const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash", systemInstruction: "Be brief." }, requestOptions);
const embedder = genAI.getGenerativeModel({ model: "text-embedding-004" }, requestOptions);

export async function main(_baseUrl: string) {
  const result = await model.generateContent("Write a haiku about tests");
  const chat = model.startChat({
    history: [
      { role: "user", parts: [{ text: "Hi" }] },
      { role: "model", parts: [{ text: "Hello" }] },
    ],
  });
  const reply = await chat.sendMessage("How are you?");
  const embedding = await embedder.embedContent("embed me");

  let error: string;
  try {
    await genAI.getGenerativeModel({ model: "error-model" }, requestOptions).generateContent("fail");
    error = "no error";
  } catch (caught) {
    error = caught instanceof GoogleGenerativeAIFetchError ? `FetchError ${caught.status}` : String(caught);
  }
  return {
    text: result.response.text(),
    usage: result.response.usageMetadata,
    chatText: reply.response.text(),
    embedding: embedding.embedding.values,
    error,
  };
}
