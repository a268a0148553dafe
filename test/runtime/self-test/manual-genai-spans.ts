// Harness self-test: spans written by hand exactly the way the codemod will write them, around a
// real openai call, so the test can check that the harness sees op, name, attributes, nesting and
// error status as Sentry would receive them.
import * as Sentry from "@sentry/node";
import OpenAI from "openai";

const openai = new OpenAI({ apiKey: "sk-mock", baseURL: `${process.env.MOCK_LLM_URL}/v1`, maxRetries: 0 });

async function chat(model: string, question: string) {
  return Sentry.startSpan(
    {
      op: "gen_ai.chat",
      name: `chat ${model}`,
      attributes: { "gen_ai.operation.name": "chat", "gen_ai.request.model": model },
    },
    async (span) => {
      const response = await openai.chat.completions.create({ model, messages: [{ role: "user", content: question }] });
      span.setAttributes({
        "gen_ai.response.model": response.model,
        "gen_ai.response.id": response.id,
        "gen_ai.usage.input_tokens": response.usage?.prompt_tokens,
        "gen_ai.usage.output_tokens": response.usage?.completion_tokens,
        "gen_ai.usage.total_tokens": response.usage?.total_tokens,
      });
      return response;
    },
  );
}

export async function main(_baseUrl: string) {
  const completion = await chat("gpt-4o", "Hello?");
  let failure: string;
  try {
    await chat("error-model", "Fail please");
    failure = "no error";
  } catch (error) {
    failure = error instanceof OpenAI.APIError ? `APIError ${error.status}` : String(error);
  }
  return { text: completion.choices[0]?.message.content, failure };
}
