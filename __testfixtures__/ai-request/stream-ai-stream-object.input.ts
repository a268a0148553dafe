// Streaming: AI SDK streamObject with a schema: the span ends in onFinish or onError (streamObject has no onAbort).
import { openai } from "@ai-sdk/openai";
import { streamObject } from "ai";
import { z } from "zod";

const Recipe = z.object({ name: z.string(), steps: z.array(z.string()) });

export async function streamRecipe(dish: string) {
  const result = streamObject({ model: openai("gpt-4o"), schema: Recipe, prompt: `A recipe for ${dish}` });
  for await (const partial of result.partialObjectStream) {
    console.log(partial.name);
  }
  return result.object;
}
