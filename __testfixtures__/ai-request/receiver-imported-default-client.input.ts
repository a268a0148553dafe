// Receiver: default-exported client imported from another project file under a different local name.
import aiClient from "./shared/openai-client";

export async function embedProductName(name: string) {
  const response = await aiClient.embeddings.create({
    model: "text-embedding-3-small",
    input: name,
  });
  return response.data[0].embedding;
}
