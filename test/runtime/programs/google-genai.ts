// Runtime-harness program (uninstrumented; see openai-chat.ts for the conventions).
import { GoogleGenAI, Type } from "@google/genai";

const ai = new GoogleGenAI({ apiKey: "gemini-mock", httpOptions: { baseUrl: process.env.MOCK_LLM_URL } });

export async function main(_baseUrl: string) {
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: "Name three planets",
    config: { systemInstruction: "Be brief.", temperature: 0.1 },
  });

  const withTool = await ai.models.generateContent({
    model: "gemini-2.5-flash-tool",
    contents: [{ role: "user", parts: [{ text: "Turn on the lights" }] }],
    config: {
      tools: [
        {
          functionDeclarations: [
            {
              name: "set_lights",
              description: "Switch the lights",
              parameters: { type: Type.OBJECT, properties: { on: { type: Type.BOOLEAN } } },
            },
          ],
        },
      ],
    },
  });

  const embedding = await ai.models.embedContent({ model: "gemini-embedding-001", contents: ["hello", "world"] });

  let error: string;
  try {
    await ai.models.generateContent({ model: "error-model", contents: "fail" });
    error = "no error";
  } catch (caught) {
    error = caught instanceof Error ? caught.name : String(caught);
  }

  return {
    text: response.text,
    responseId: response.responseId,
    modelVersion: response.modelVersion,
    usage: response.usageMetadata,
    functionCalls: withTool.functionCalls?.map((call) => ({ name: call.name, args: call.args })),
    embeddings: embedding.embeddings?.map((item) => item.values),
    error,
  };
}
