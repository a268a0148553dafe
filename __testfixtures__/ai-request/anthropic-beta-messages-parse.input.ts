// Anthropic: beta.messages.parse with zodOutputFormat.
import Anthropic from "@anthropic-ai/sdk";
import { zodOutputFormat } from "@anthropic-ai/sdk/helpers/zod";
import { z } from "zod";

const Recipe = z.object({
  title: z.string(),
  ingredients: z.array(z.string()),
});

const anthropic = new Anthropic();

export async function extractRecipe(page: string) {
  const message = await anthropic.beta.messages.parse({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    messages: [{ role: "user", content: page }],
    output_config: { format: zodOutputFormat(Recipe) },
  });
  return message.parsed_output;
}
