// Formatting: a multi-line template literal in the messages; its content (odd indentation included) must not be re-indented.
import OpenAI from "openai";
import * as Sentry from "@sentry/node";

const openai = new OpenAI();

export async function writeSql(schema: string, question: string) {
  if (question.length > 0) {
    const completion = await Sentry.startSpan(
      {
        op: "gen_ai.chat",
        name: "chat gpt-4o",
        attributes: {
          "gen_ai.operation.name": "chat",
          "gen_ai.system": "openai",
          "gen_ai.request.model": "gpt-4o",
          "gen_ai.request.messages": toSpanJson([
            {
              role: "system",
              content: `You write PostgreSQL queries.
Rules:
  - SELECT statements only
      - always end with LIMIT 100
Schema:
${schema}`,
            },
            { role: "user", content: question },
          ]),
        },
      },
      async (span) => {
        const response = await openai.chat.completions.create({
          model: "gpt-4o",
          messages: [
            {
              role: "system",
              content: `You write PostgreSQL queries.
Rules:
  - SELECT statements only
      - always end with LIMIT 100
Schema:
${schema}`,
            },
            { role: "user", content: question },
          ],
        });
        span.setAttributes({
          "gen_ai.response.model": response?.model,
          "gen_ai.response.id": response?.id,
          "gen_ai.response.text": toSpanJson(response?.choices?.map((choice) => choice?.message?.content)),
          "gen_ai.response.tool_calls": toSpanJson(response?.choices?.[0]?.message?.tool_calls),
          "gen_ai.response.finish_reasons": toSpanJson(response?.choices?.map((choice) => choice?.finish_reason)),
          "gen_ai.usage.input_tokens": response?.usage?.prompt_tokens,
          "gen_ai.usage.output_tokens": response?.usage?.completion_tokens,
          "gen_ai.usage.total_tokens": response?.usage?.total_tokens,
        });
        return response;
      },
    );
    return completion.choices[0].message.content;
  }
  return null;
}

/** JSON for a Sentry span attribute; never throws into the app, and records nothing for an empty value. */
function toSpanJson(value: unknown): string | undefined {
  try {
    if (value == null || (Array.isArray(value) && value.every((item) => item == null))) return undefined;
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
