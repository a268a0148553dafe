// Anthropic: messages.parse with zodOutputFormat; reads parsed_output.
import Anthropic from "@anthropic-ai/sdk";
import { zodOutputFormat } from "@anthropic-ai/sdk/helpers/zod";
import { z } from "zod";

const Sentiment = z.object({
  label: z.enum(["positive", "neutral", "negative"]),
  confidence: z.number(),
});

const anthropic = new Anthropic();

export async function scoreReview(review: string) {
  const message = await anthropic.messages.parse({
    model: "claude-haiku-4-5",
    max_tokens: 256,
    messages: [{ role: "user", content: review }],
    output_config: { format: zodOutputFormat(Sentiment) },
  });
  return message.parsed_output;
}
