// AI SDK: a template prompt and a system string are recorded where they are written (the prompt as one user message).
import { generateObject } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";

export async function recipe(dish: string) {
  const { object } = await generateObject({
    model: openai("gpt-4o"),
    schema: z.object({ name: z.string() }),
    system: "You cook.",
    prompt: `A recipe for ${dish}`,
  });
  return object;
}
