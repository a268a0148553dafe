// OpenAI: responses.parse with zodTextFormat; reads output_parsed.
import OpenAI from "openai";
import { zodTextFormat } from "openai/helpers/zod";
import { z } from "zod";

const Invoice = z.object({
  vendor: z.string(),
  total: z.number(),
  currency: z.string(),
});

const client = new OpenAI();

export async function parseInvoice(ocrText: string) {
  const response = await client.responses.parse({
    model: "gpt-4o-2024-08-06",
    input: [
      { role: "system", content: "Extract the invoice fields." },
      { role: "user", content: ocrText },
    ],
    text: { format: zodTextFormat(Invoice, "invoice") },
  });
  return response.output_parsed;
}
