// Already instrumented: the call is inside a hand-written Sentry.startSpan gen_ai.chat span; left unchanged.
import * as Sentry from "@sentry/node";
import OpenAI from "openai";

const openai = new OpenAI();

export async function answer(question: string) {
  return Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: "chat gpt-4o",
      attributes: { "gen_ai.operation.name": "chat", "gen_ai.system": "openai", "gen_ai.request.model": "gpt-4o" },
    },
    async (span) => {
      const completion = await openai.chat.completions.create({
        model: "gpt-4o",
        messages: [{ role: "user", content: question }],
      });
      span.setAttribute("gen_ai.usage.input_tokens", completion.usage?.prompt_tokens ?? 0);
      span.setAttribute("gen_ai.usage.output_tokens", completion.usage?.completion_tokens ?? 0);
      return completion.choices[0].message.content;
    },
  );
}
