// Cohere: CohereClientV2.chat with system + user messages.
import { CohereClientV2 } from "cohere-ai";

const cohere = new CohereClientV2({ token: process.env.CO_API_KEY });

export async function draftFaqAnswer(question: string) {
  const response = await cohere.chat({
    model: "command-a-03-2025",
    messages: [
      { role: "system", content: "Answer in two sentences using our FAQ tone." },
      { role: "user", content: question },
    ],
  });
  return response.message.content;
}
