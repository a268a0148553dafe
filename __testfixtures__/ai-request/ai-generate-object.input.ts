// Vercel AI SDK: generateObject with a zod schema; reads result.object.
import { openai } from "@ai-sdk/openai";
import { generateObject } from "ai";
import { z } from "zod";

const LeadSchema = z.object({
  company: z.string(),
  budget: z.number().nullable(),
  timeline: z.enum(["now", "this-quarter", "later"]),
});

export async function qualifyLead(email: string) {
  const result = await generateObject({
    model: openai("gpt-4o"),
    schema: LeadSchema,
    prompt: `Extract the lead details from this email:\n${email}`,
  });
  return result.object;
}
